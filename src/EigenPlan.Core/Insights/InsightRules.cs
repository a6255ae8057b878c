namespace EigenPlan.Core.Insights;

/// <summary>
/// What one edit of a plan adds to the counts, from the plan's facts before and after it. Counted when it happens,
/// from the change alone, so nothing about the plan is kept to count it:
/// <list type="bullet">
/// <item>a topic goes from "nog niet begonnen" to anything else: <see cref="InsightMetric.TopicWorkedOn"/>;</item>
/// <item>the first topic of a house does: <see cref="InsightMetric.HouseWorkedOn"/>;</item>
/// <item>a topic gets a smiley it did not have: <see cref="InsightMetric.SmileyChosen"/>;</item>
/// <item>an entry is marked "Dit wil ik proberen": <see cref="InsightMetric.SocialMapEntryChosen"/>;</item>
/// <item>the plan reaches "every topic done or skipped": <see cref="InsightMetric.PlanFinished"/>.</item>
/// </list>
/// Because nothing is remembered, undoing and doing again counts again (a topic emptied and filled, a tip unmarked and
/// marked, a plan reopened and finished). The privacy page says so.
/// </summary>
public static class InsightRules
{
    public static IReadOnlyList<(InsightMetric Metric, string Key)> Changes(PlanFacts before, PlanFacts after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<(InsightMetric, string)>();
        foreach (var (key, now) in after.Topics)
        {
            var then = before.Topics.GetValueOrDefault(key);
            if (!before.Started(key) && after.Started(key))
            {
                changes.Add((InsightMetric.TopicWorkedOn, key));
            }
            if (now.SmileyId is { } smiley && smiley != then?.SmileyId)
            {
                changes.Add((InsightMetric.SmileyChosen, $"{key}/{smiley}"));
            }
            foreach (var entry in now.ChosenEntries.Where(e => then is null || !then.ChosenEntries.Contains(e)).Order(StringComparer.Ordinal))
            {
                changes.Add((InsightMetric.SocialMapEntryChosen, entry));
            }
        }
        foreach (var house in after.HouseOfTopic.Values.Distinct(StringComparer.Ordinal))
        {
            if (!before.HouseStarted(house) && after.HouseStarted(house))
            {
                changes.Add((InsightMetric.HouseWorkedOn, house));
            }
        }
        if (!before.Finished && after.Finished)
        {
            changes.Add((InsightMetric.PlanFinished, ""));
        }
        return changes;
    }

    /// <summary>Counts what <see cref="Changes"/> finds.</summary>
    public static void CountChanges(this IInsightCounter counter, string municipalityId, PlanFacts before, PlanFacts after)
    {
        ArgumentNullException.ThrowIfNull(counter);
        foreach (var (metric, key) in Changes(before, after))
        {
            counter.Count(municipalityId, metric, key);
        }
    }
}
