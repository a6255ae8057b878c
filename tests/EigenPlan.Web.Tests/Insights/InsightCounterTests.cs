using System.Diagnostics.Metrics;
using EigenPlan.Core.Insights;
using EigenPlan.Web.Insights;
using Microsoft.Extensions.DependencyInjection;

namespace EigenPlan.Web.Tests.Insights;

/// <summary>The in-memory counter: sums per week before storing, and a meter whose tags are municipality and key only.</summary>
public sealed class InsightCounterTests
{
    private static InsightCounter NewCounter(ServiceProvider services) =>
        new(services.GetRequiredService<IMeterFactory>(), new FixedClock(new DateTimeOffset(2026, 3, 4, 10, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void Counts_AreSummedPerCounter_AndTakenOnce()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var counter = NewCounter(services);

        counter.Count("almere", InsightMetric.PlanStarted);
        counter.Count("almere", InsightMetric.PlanStarted);
        counter.Count("almere", InsightMetric.HouseWorkedOn, "wonen");

        var taken = counter.Take();
        Assert.Equal(2, taken.Single(c => c.Metric == InsightMetric.PlanStarted).Count);
        Assert.All(taken, c => Assert.Equal(new InsightWeek(2026, 10), c.Week));
        Assert.Empty(counter.Take());
    }

    [Fact]
    public void Meter_EigenPlan_CountsEachEvent_TaggedWithMunicipalityAndKeyOnly()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var counter = NewCounter(services);
        var seen = new List<(string Instrument, long Value, string[] Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == InsightCounter.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            seen.Add((instrument.Name, value, tags.ToArray().Select(t => $"{t.Key}={t.Value}").ToArray())));
        listener.Start();

        counter.Count("almere", InsightMetric.SocialMapEntryChosen, "schuldhulp");

        var measured = Assert.Single(seen);
        Assert.Equal("eigenplan.social_map_entry_chosen", measured.Instrument);
        Assert.Equal(1, measured.Value);
        Assert.Equal(["municipality=almere", "key=schuldhulp"], measured.Tags);
    }

    [Fact]
    public void Csv_ShowsUnderTenAsLessThanTen_AndNeutralisesFormulas()
    {
        var week = new InsightWeek(2026, 10);
        var report = InsightReport.Build("almere",
            [new("almere", week, InsightMetric.PlanStarted, "", 12), new("almere", week, InsightMetric.SocialMapEntryChosen, "=1+1", 3)], week);

        var csv = InsightCsv.Write(report, RealisticContent.Almere, RealisticContent.Format).Split("\r\n");

        Assert.Contains("plan_started,2026-W10,,2026-W10,12", csv);
        Assert.Contains("social_map_entry_chosen,,'=1+1,'=1+1,< 10", csv);
    }
}
