using System.Globalization;

namespace EigenPlan.Core.Insights;

/// <summary>
/// One number as staff, the CSV and the metrics show it: below <see cref="Threshold"/> (ten) it is suppressed, shown as
/// "&lt; 10", so no small group — and no single resident — can be picked out.
/// </summary>
/// <param name="Metric">What was counted.</param>
/// <param name="Week">The week for a weekly figure; null for a total over all weeks.</param>
/// <param name="Key">The house, topic, smiley or entry; empty when the metric has none.</param>
/// <param name="Count">The true number (only <see cref="Display"/> and <see cref="Shown"/> leave the server).</param>
public sealed record InsightCell(InsightMetric Metric, InsightWeek? Week, string Key, long Count)
{
    public const int Threshold = 10;

    public const string SuppressedText = "< 10";

    public bool Suppressed => Count < Threshold;

    /// <summary>The number when it may be shown; null when suppressed.</summary>
    public long? Shown => Suppressed ? null : Count;

    public string Display => Suppressed ? SuppressedText : Count.ToString("N0", CultureInfo.GetCultureInfo("nl-NL"));
}

/// <summary>
/// The figures of one municipality, in the shapes staff see them: plans started, plans finished and shared plans made
/// <b>per week</b>, and everything else as a <b>total per key</b> (house, topic, smiley per topic, entry, kind of
/// booklet). Each raw counter feeds exactly one shown cell, and no totals of shown cells are given, so a suppressed
/// cell cannot be worked out by subtracting one shown number from another. The page, the CSV and the metrics all use
/// these same cells.
/// </summary>
public sealed record InsightReport(string MunicipalityId, IReadOnlyList<InsightWeek> Weeks,
    IReadOnlyDictionary<InsightMetric, IReadOnlyList<InsightCell>> Weekly,
    IReadOnlyDictionary<InsightMetric, IReadOnlyList<InsightCell>> Totals)
{
    /// <summary>The metrics shown week by week; the others are totals.</summary>
    public static readonly IReadOnlyList<InsightMetric> WeeklyMetrics = [InsightMetric.PlanStarted, InsightMetric.PlanFinished, InsightMetric.SharedPlanCreated];

    /// <summary>How many weeks back the weekly figures go at most (a year).</summary>
    public const int MaxWeeks = 52;

    /// <param name="municipalityId">The municipality.</param>
    /// <param name="counts">The municipality's counters.</param>
    /// <param name="thisWeek">The current week: the weekly figures run up to it.</param>
    /// <param name="knownKeys">Keys to show even when nothing was counted (every house and topic of the format), per metric.</param>
    public static InsightReport Build(string municipalityId, IEnumerable<InsightCount> counts, InsightWeek thisWeek,
        IReadOnlyDictionary<InsightMetric, IReadOnlyList<string>>? knownKeys = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var mine = counts.Where(c => c.MunicipalityId == municipalityId).ToList();
        var first = mine.Where(c => WeeklyMetrics.Contains(c.Metric)).Select(c => c.Week).DefaultIfEmpty(thisWeek).Min();
        var weeks = new List<InsightWeek>();
        for (var week = first; week.CompareTo(thisWeek) <= 0; week = week.Next())
        {
            weeks.Add(week);
        }
        weeks = weeks.TakeLast(MaxWeeks).ToList();
        var weekly = WeeklyMetrics.ToDictionary(m => m, m => (IReadOnlyList<InsightCell>)weeks
            .Select(w => new InsightCell(m, w, "", mine.Where(c => c.Metric == m && c.Week == w).Sum(c => c.Count)))
            .ToList());
        var totals = Enum.GetValues<InsightMetric>().Where(m => !WeeklyMetrics.Contains(m)).ToDictionary(m => m, m =>
        {
            var known = knownKeys?.GetValueOrDefault(m) ?? [];
            var keys = known.Concat(mine.Where(c => c.Metric == m).Select(c => c.Key).Order(StringComparer.Ordinal)).Distinct(StringComparer.Ordinal);
            return (IReadOnlyList<InsightCell>)keys
                .Select(k => new InsightCell(m, null, k, mine.Where(c => c.Metric == m && c.Key == k).Sum(c => c.Count)))
                .ToList();
        });
        return new InsightReport(municipalityId, weeks, weekly, totals);
    }

    /// <summary>Every cell, weekly ones first, in a stable order (for the CSV and the metrics).</summary>
    public IEnumerable<InsightCell> AllCells =>
        WeeklyMetrics.SelectMany(m => Weekly[m]).Concat(Totals.OrderBy(t => t.Key).SelectMany(t => t.Value));

    public IReadOnlyList<InsightCell> WeeklyOf(InsightMetric metric) => Weekly.GetValueOrDefault(metric) ?? [];

    public IReadOnlyList<InsightCell> TotalsOf(InsightMetric metric) => Totals.GetValueOrDefault(metric) ?? [];
}
