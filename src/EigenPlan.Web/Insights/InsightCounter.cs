using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using EigenPlan.Core.Insights;

namespace EigenPlan.Web.Insights;

/// <summary>
/// <see cref="IInsightCounter"/> that adds up in memory per (municipality, week, metric, key) and hands the sums to the
/// store in batches (<see cref="InsightFlusher"/>): a page never waits for it, and what reaches the database is already
/// summed, so not even the order of events within a batch is kept. Each count also goes to the <c>EigenPlan</c>
/// <see cref="Meter"/> (one counter per metric, tagged with municipality and key only) for an operator's metrics.
/// </summary>
public sealed class InsightCounter : IInsightCounter
{
    /// <summary>The meter's name, for <c>dotnet-counters</c> or an OpenTelemetry exporter.</summary>
    public const string MeterName = "EigenPlan";

    private readonly ConcurrentDictionary<(string Municipality, InsightWeek Week, InsightMetric Metric, string Key), long> _pending = new();
    private readonly Dictionary<InsightMetric, Counter<long>> _counters;
    private readonly TimeProvider _time;

    public InsightCounter(IMeterFactory meters, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _time = time;
        var meter = meters.Create(MeterName);
        _counters = Enum.GetValues<InsightMetric>().ToDictionary(m => m,
            m => meter.CreateCounter<long>($"eigenplan.{m.Name()}", unit: "{count}", description: m.Label()));
    }

    public void Count(string municipalityId, InsightMetric metric, string key = "")
    {
        var week = InsightWeek.Of(DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime));
        _pending.AddOrUpdate((municipalityId, week, metric, key), 1, (_, n) => n + 1);
        _counters[metric].Add(1, new KeyValuePair<string, object?>("municipality", municipalityId), new KeyValuePair<string, object?>("key", key));
    }

    /// <summary>Takes what was counted since the last call (each sum once, even while others keep counting).</summary>
    public IReadOnlyList<InsightCount> Take()
    {
        var taken = new List<InsightCount>();
        foreach (var slot in _pending.Keys)
        {
            if (_pending.TryRemove(slot, out var count) && count > 0)
            {
                taken.Add(new InsightCount(slot.Municipality, slot.Week, slot.Metric, slot.Key, count));
            }
        }
        return taken;
    }

    /// <summary>Puts sums back that could not be stored, to try again with the next batch.</summary>
    public void PutBack(IEnumerable<InsightCount> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        foreach (var c in counts)
        {
            _pending.AddOrUpdate((c.MunicipalityId, c.Week, c.Metric, c.Key), c.Count, (_, n) => n + c.Count);
        }
    }
}
