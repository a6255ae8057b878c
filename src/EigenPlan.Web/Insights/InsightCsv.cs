using System.Text;
using EigenPlan.Content.Hsds;
using EigenPlan.Core.Content;
using EigenPlan.Core.Insights;

namespace EigenPlan.Web.Insights;

/// <summary>
/// The report as CSV (UTF-8, comma, CRLF): <c>metric,week,key,label,count</c>, one row per cell the page shows, with
/// the same suppression (<c>&lt; 10</c>), and cells that could run as a spreadsheet formula neutralised.
/// </summary>
public static class InsightCsv
{
    public static string Write(InsightReport report, Municipality municipality, Format format)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new StringBuilder("metric,week,key,label,count\r\n");
        foreach (var cell in report.AllCells)
        {
            string[] row = [cell.Metric.Name(), cell.Week?.ToString() ?? "", cell.Key, InsightReports.Label(cell, municipality, format), cell.Display];
            csv.Append(string.Join(',', row.Select(Quote))).Append("\r\n");
        }
        return csv.ToString();
    }

    private static string Quote(string value)
    {
        var safe = CsvCells.Neutralise(value);
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : safe;
    }
}
