using EigenPlan.Core.Insights;

namespace EigenPlan.Core.Tests.Insights;

/// <summary>What staff see: every number under ten suppressed, weeks without gaps, totals per key.</summary>
public sealed class InsightReportTests
{
    private static readonly InsightWeek W10 = new(2026, 10);

    private static InsightCount Count(InsightMetric metric, InsightWeek week, long count, string key = "") => new("almere", week, metric, key, count);

    [Theory]
    [InlineData(0, "< 10", true)]
    [InlineData(1, "< 10", true)]
    [InlineData(9, "< 10", true)]
    [InlineData(10, "10", false)]
    [InlineData(1234, "1.234", false)]
    public void Cell_UnderTen_IsSuppressed(long count, string display, bool suppressed)
    {
        var cell = new InsightCell(InsightMetric.PlanStarted, W10, "", count);

        Assert.Equal(display, cell.Display);
        Assert.Equal(suppressed, cell.Suppressed);
        Assert.Equal(suppressed ? null : count, cell.Shown);
    }

    [Fact]
    public void Weekly_RunsFromTheFirstCountedWeekToThisWeek_WithoutGaps()
    {
        var report = InsightReport.Build("almere", [Count(InsightMetric.PlanStarted, new InsightWeek(2026, 8), 12)], W10);

        Assert.Equal([new InsightWeek(2026, 8), new InsightWeek(2026, 9), W10], report.Weeks);
        Assert.Equal([12L, 0L, 0L], report.WeeklyOf(InsightMetric.PlanStarted).Select(c => c.Count));
        Assert.Equal(["12", "< 10", "< 10"], report.WeeklyOf(InsightMetric.PlanStarted).Select(c => c.Display));
    }

    [Fact]
    public void Totals_AddUpTheWeeksPerKey_AndShowKnownKeysAtZero()
    {
        var report = InsightReport.Build("almere",
            [Count(InsightMetric.HouseWorkedOn, new InsightWeek(2026, 9), 6, "wonen"), Count(InsightMetric.HouseWorkedOn, W10, 5, "wonen")],
            W10, new Dictionary<InsightMetric, IReadOnlyList<string>> { [InsightMetric.HouseWorkedOn] = ["geldzaken", "wonen"] });

        var houses = report.TotalsOf(InsightMetric.HouseWorkedOn);
        Assert.Equal(["geldzaken", "wonen"], houses.Select(c => c.Key));
        Assert.Equal([0L, 11L], houses.Select(c => c.Count));
    }

    [Fact]
    public void OtherMunicipalities_AreLeftOut()
    {
        var report = InsightReport.Build("almere", [new InsightCount("lelystad", W10, InsightMetric.PlanStarted, "", 50)], W10);

        Assert.All(report.AllCells, c => Assert.Equal(0, c.Count));
    }

    [Fact]
    public void Weeks_AreIsoWeeks_AndParseBack()
    {
        var week = InsightWeek.Of(new DateOnly(2026, 12, 31));

        Assert.Equal("2026-W53", week.ToString());
        Assert.True(InsightWeek.TryParse("2026-W53", out var parsed));
        Assert.Equal(week, parsed);
        Assert.Equal(new InsightWeek(2027, 1), week.Next());
        Assert.False(InsightWeek.TryParse("2025-W53", out _));
    }
}
