using EigenPlan.Core.Content;
using EigenPlan.Core.Plans;

namespace EigenPlan.Core.Insights;

/// <summary>
/// What a plan shows about its progress, reduced to ids: per topic its state, smiley and chosen entries. Taken before
/// and after an edit, the difference says what to count (<see cref="InsightRules"/>); nothing of it is kept.
/// </summary>
public sealed record PlanFacts(IReadOnlyDictionary<string, TopicFacts> Topics, IReadOnlyDictionary<string, string> HouseOfTopic)
{
    public static PlanFacts Of(PlanContent plan, Format format)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(format);
        var topics = new Dictionary<string, TopicFacts>(StringComparer.Ordinal);
        foreach (var topic in format.Topics)
        {
            var answers = plan.Topics.GetValueOrDefault(topic.Key);
            topics[topic.Key] = new TopicFacts(TopicRules.StateOf(answers, format), answers?.SmileyId,
                answers?.ChosenEntries.ToHashSet(StringComparer.Ordinal) ?? []);
        }
        return new PlanFacts(topics, format.Topics.ToDictionary(t => t.Key, t => t.HouseId, StringComparer.Ordinal));
    }

    /// <summary>Every topic is done or skipped (and the format has topics).</summary>
    public bool Finished => Topics.Count > 0 && Topics.Values.All(t => t.State is TopicState.Done or TopicState.Skipped);

    public bool Started(string topicKey) => Topics.TryGetValue(topicKey, out var t) && t.State != TopicState.NotStarted;

    public bool HouseStarted(string houseId) => HouseOfTopic.Where(p => p.Value == houseId).Any(p => Started(p.Key));
}

/// <summary>One topic's state, smiley and chosen Sociale Kaart entries.</summary>
public sealed record TopicFacts(TopicState State, string? SmileyId, IReadOnlySet<string> ChosenEntries);
