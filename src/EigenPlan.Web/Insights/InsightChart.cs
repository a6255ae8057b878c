using System.Globalization;
using EigenPlan.Core.Insights;

namespace EigenPlan.Web.Insights;

/// <summary>
/// The geometry of the staff page's two pictures, in SVG user units, so the Razor only draws: a horizontal bar per key
/// and a line per weekly metric. A suppressed cell has no bar length and no height of its own: it is drawn inside a
/// shaded band labelled "&lt; 10", so the picture never shows more than the table.
/// </summary>
public static class InsightChart
{
    public const double Width = 640;
    public const double LabelWidth = 200;
    public const double BarHeight = 22;
    public const double RowHeight = 32;
    public const double LineHeight = 220;
    public const double Margin = 36;

    /// <summary>One bar: where it starts, how long it is, and its text.</summary>
    public sealed record Bar(string Label, double Y, double Length, string Value, bool Suppressed);

    public static IReadOnlyList<Bar> Bars(IEnumerable<(string Label, InsightCell Cell)> rows)
    {
        var list = rows.ToList();
        var max = Math.Max(InsightCell.Threshold, list.Select(r => r.Cell.Shown ?? 0).DefaultIfEmpty(0).Max());
        var room = Width - LabelWidth - 60;
        return list.Select((r, i) => new Bar(r.Label, i * RowHeight, r.Cell.Shown is { } n ? room * n / max : 0, r.Cell.Display, r.Cell.Suppressed))
            .ToList();
    }

    public static double BarsHeight(int rows) => Math.Max(1, rows) * RowHeight;

    /// <summary>A line through the weeks: its points (x, y) and whether each was suppressed.</summary>
    public sealed record Line(InsightMetric Metric, IReadOnlyList<(double X, double Y, bool Suppressed, string Value)> Points)
    {
        public string PointsAttribute => string.Join(' ', Points.Select(p => $"{Num(p.X)},{Num(p.Y)}"));
    }

    /// <summary>The top of the "&lt; 10" band and the y of its middle, for the axis and suppressed points.</summary>
    public sealed record LineScale(long Max, double BandTop, double Bottom, double Step);

    public static (LineScale Scale, IReadOnlyList<Line> Lines) Lines(InsightReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var weekly = InsightReport.WeeklyMetrics.Select(report.WeeklyOf).ToList();
        var max = Math.Max(InsightCell.Threshold * 2, weekly.SelectMany(c => c).Select(c => c.Shown ?? 0).DefaultIfEmpty(0).Max());
        var bottom = LineHeight - Margin;
        var top = 12.0;
        double Y(double value) => bottom - (bottom - top) * value / max;
        var step = report.Weeks.Count > 1 ? (Width - LabelWidth / 2 - Margin) / (report.Weeks.Count - 1) : 0;
        var scale = new LineScale(max, Y(InsightCell.Threshold), bottom, step);
        var lines = weekly.Select((cells, m) => new Line(InsightReport.WeeklyMetrics[m], cells.Select((c, i) =>
                (Margin + i * step, c.Shown is { } n ? Y(n) : Y(InsightCell.Threshold / 2.0), c.Suppressed, c.Display)).ToList()))
            .ToList();
        return (scale, lines);
    }

    public static string Num(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
