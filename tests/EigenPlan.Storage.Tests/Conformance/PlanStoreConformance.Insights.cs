using EigenPlan.Core.Insights;

namespace EigenPlan.Storage.Tests.Conformance;

// Insight counters: added in place, read per municipality, on every provider.
public abstract partial class PlanStoreConformance
{
    protected IInsightStore Insights => Stores.Insights;

    [Fact]
    public async Task Insights_AddedTwice_AreOneCounter_PerMunicipalityWeekMetricAndKey()
    {
        var week = new InsightWeek(2026, 10);
        await Insights.AddAsync([new("almere", week, InsightMetric.PlanStarted, "", 3), new("almere", week, InsightMetric.HouseWorkedOn, "wonen", 1)]);
        await Insights.AddAsync([new("almere", week, InsightMetric.PlanStarted, "", 4), new("lelystad", week, InsightMetric.PlanStarted, "", 1)]);

        var almere = await Insights.ReadAsync("almere");

        Assert.Equal(7, Assert.Single(almere, c => c.Metric == InsightMetric.PlanStarted).Count);
        Assert.Equal(2, almere.Count);
        Assert.Equal(3, (await Insights.ReadAllAsync()).Count);
    }

    [Fact]
    public async Task Insights_SurviveARestart()
    {
        await Insights.AddAsync([new("almere", new InsightWeek(2026, 10), InsightMetric.BookletPrinted, "leeg", 2)]);

        Stores.Restart();

        Assert.Equal(2, Assert.Single(await Insights.ReadAsync("almere")).Count);
    }
}
