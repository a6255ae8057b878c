using EigenPlan.Core.Content;
using EigenPlan.Core.Insights;

namespace EigenPlan.Web.Insights;

/// <summary>
/// Builds a municipality's <see cref="InsightReport"/> for the staff page and the CSV: stores what was counted so far
/// (<see cref="InsightFlusher.FlushAsync"/>), reads the counters, and names every key in words staff know (house,
/// topic, smiley, Sociale Kaart entry). Every house, topic and entry of the content is shown, also at zero.
/// </summary>
public sealed class InsightReports(IInsightStore store, InsightFlusher flusher, TimeProvider time)
{
    public async Task<InsightReport> BuildAsync(Municipality municipality, Format format, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        ArgumentNullException.ThrowIfNull(format);
        await flusher.FlushAsync(cancellationToken);
        var counts = await store.ReadAsync(municipality.Id, cancellationToken);
        var known = new Dictionary<InsightMetric, IReadOnlyList<string>>
        {
            [InsightMetric.HouseWorkedOn] = format.Houses.Select(h => h.Id).ToList(),
            [InsightMetric.TopicWorkedOn] = format.Topics.Select(t => t.Key).ToList(),
            [InsightMetric.SocialMapEntryChosen] = municipality.SocialMap.Select(e => e.Id).ToList(),
            [InsightMetric.BookletPrinted] = [InsightKeys.OwnBooklet, InsightKeys.BlankBooklet],
        };
        return InsightReport.Build(municipality.Id, counts, InsightWeek.Of(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)), known);
    }

    /// <summary>The key in words: a house's or topic's title, "topic: smiley", an entry's name; the key itself when unknown (removed from the content).</summary>
    public static string Label(InsightCell cell, Municipality municipality, Format format)
    {
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentNullException.ThrowIfNull(municipality);
        ArgumentNullException.ThrowIfNull(format);
        return cell.Metric switch
        {
            InsightMetric.HouseWorkedOn => format.FindHouse(cell.Key)?.Title ?? cell.Key,
            InsightMetric.TopicWorkedOn => format.FindTopic(cell.Key)?.Title ?? cell.Key,
            InsightMetric.SmileyChosen when cell.Key.Split('/') is [var topic, var smiley] =>
                $"{format.FindTopic(topic)?.Title ?? topic}: {format.FindSmiley(smiley)?.Label ?? smiley}",
            InsightMetric.SocialMapEntryChosen => municipality.SocialMap.FirstOrDefault(e => e.Id == cell.Key)?.Name ?? cell.Key,
            InsightMetric.BookletPrinted => cell.Key == InsightKeys.BlankBooklet ? "leeg boekje" : "boekje met eigen plan",
            _ => cell.Week?.ToString() ?? "",
        };
    }
}
