using EigenPlan.Core.Content;
using EigenPlan.Core.Plans;

namespace EigenPlan.Core.SharedPlans;

/// <summary>
/// Copies the topics the owner chose to share out of the private Eigen Plan: title, smiley, "Hier wil ik over praten" and
/// the answers with text. Only these copies reach invited people; the Eigen Plan itself stays under the owner's key.
/// </summary>
public static class SharedTopicSnapshot
{
    public static IReadOnlyList<SharedTopic> From(PlanContent plan, Format format, IEnumerable<string> topicKeys)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(topicKeys);
        var wanted = topicKeys.ToHashSet(StringComparer.Ordinal);
        return format.Houses
            .SelectMany(house => house.Topics.Select(topic => (house, topic)))
            .Where(x => wanted.Contains(x.topic.Key))
            .Select(x =>
            {
                var answers = plan.Topics.GetValueOrDefault(x.topic.Key) ?? new TopicAnswers();
                return new SharedTopic
                {
                    TopicKey = x.topic.Key,
                    HouseTitle = x.house.Title,
                    TopicTitle = x.topic.Title,
                    SmileyLabel = answers.SmileyId is { } id ? format.FindSmiley(id)?.Label : null,
                    SmileyId = answers.SmileyId is { } chosen && format.FindSmiley(chosen) is not null ? chosen : null,
                    TalkAbout = answers.TalkAbout,
                    Answers = format.Questions.Where(q => TopicRules.HasText(answers.Answer(q.Id)))
                        .Select(q => new SharedAnswer { Label = q.Label, Text = answers.Answer(q.Id) }).ToList(),
                };
            })
            .ToList();
    }

    /// <summary>The shared topics with those flagged "Hier wil ik over praten" first; otherwise in the order they were shared.</summary>
    public static IReadOnlyList<SharedTopic> TalkAboutFirst(IEnumerable<SharedTopic> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        return [.. topics.OrderBy(t => t.TalkAbout ? 0 : 1)];
    }
}
