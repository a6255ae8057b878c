namespace EigenPlan.Core.Insights;

/// <summary>One counter: how often <see cref="Metric"/> (with <see cref="Key"/>) happened in a municipality in a week.</summary>
public sealed record InsightCount(string MunicipalityId, InsightWeek Week, InsightMetric Metric, string Key, long Count);

/// <summary>
/// The counters, one per (municipality, week, metric, key), increased in place. No event is ever stored, so there is
/// nothing to join back to a plan: no plan id, no text, no time finer than the week, no order.
/// </summary>
public interface IInsightStore
{
    /// <summary>Adds each count to its counter (creating it at zero), all in one transaction.</summary>
    Task AddAsync(IReadOnlyCollection<InsightCount> increments, CancellationToken cancellationToken = default);

    /// <summary>Every counter of one municipality.</summary>
    Task<IReadOnlyList<InsightCount>> ReadAsync(string municipalityId, CancellationToken cancellationToken = default);

    /// <summary>Every counter of every municipality (for the metrics).</summary>
    Task<IReadOnlyList<InsightCount>> ReadAllAsync(CancellationToken cancellationToken = default);
}

/// <summary>
/// Where the app reports that something happened. Quick and never failing for the caller: counts are gathered in memory
/// and written in batches (which also blurs their order), so a page never waits for it.
/// </summary>
public interface IInsightCounter
{
    void Count(string municipalityId, InsightMetric metric, string key = "");
}
