using EigenPlan.Core.Content;

namespace EigenPlan.Core.Plans;

/// <summary>How a topic's smiley moved from the previous round to now, for colours or arrows next to the words.</summary>
public enum SmileyChange
{
    /// <summary>One of the two is missing or "Niet van toepassing": no direction.</summary>
    NotComparable,
    Worse,
    Same,
    Better,
}

/// <summary>
/// One topic then and now: the smiley of the previous round (<see cref="ThenDate"/>) and the current one, and the same
/// in words for pages, the booklet and screen readers (<see cref="Words"/>: "Toen: Gaat slecht. Nu: Gaat goed.").
/// </summary>
public sealed record TopicThenAndNow(Topic Topic, DateOnly ThenDate, Smiley? Then, Smiley? Now)
{
    /// <summary>Said instead of a smiley's label when none was chosen.</summary>
    public const string NothingChosen = "niets gekozen";

    /// <summary>"Toen: Gaat slecht. Nu: Gaat goed." — always in words, never only a colour.</summary>
    public string Words => $"Toen: {Then?.Label ?? NothingChosen}. Nu: {Now?.Label ?? NothingChosen}.";

    /// <summary>The direction, from the faces' order (the resident never sees the levels behind it).</summary>
    public SmileyChange Change => (Then?.ZrmLevel, Now?.ZrmLevel) switch
    {
        (int then, int now) when now > then => SmileyChange.Better,
        (int then, int now) when now < then => SmileyChange.Worse,
        (int, int) => SmileyChange.Same,
        _ => SmileyChange.NotComparable,
    };
}

/// <summary>A smiley at one moment: an earlier round's date (or the current round's), and the smiley or none.</summary>
public sealed record SmileyAt(DateOnly? Date, Smiley? Smiley, bool IsNow);

/// <summary>
/// The "then and now" query of <i>Opnieuw kijken hoe het gaat</i>: compares each topic with the latest earlier round.
/// Empty for a plan that has had only one round. Computed; never stored.
/// </summary>
public static class ThenAndNow
{
    /// <summary>Every topic of the format, in booklet order, compared with the latest earlier round; empty when there is none.</summary>
    public static IReadOnlyList<TopicThenAndNow> Compare(PlanContent plan, Format format)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(format);
        if (plan.Rounds.Count == 0)
        {
            return [];
        }
        var then = plan.Rounds[^1];
        return [.. format.Topics.Select(topic => Build(topic, then, plan, format))];
    }

    /// <summary>One topic compared with the latest earlier round; null when there is no earlier round or no such topic.</summary>
    public static TopicThenAndNow? ForTopic(PlanContent plan, Format format, string topicKey)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(format);
        return plan.Rounds.Count == 0 || format.FindTopic(topicKey) is not { } topic ? null : Build(topic, plan.Rounds[^1], plan, format);
    }

    /// <summary>All rounds of one topic, oldest first, ending with now (the whole distance travelled).</summary>
    public static IReadOnlyList<SmileyAt> History(PlanContent plan, Format format, string topicKey)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(format);
        return
        [
            .. plan.Rounds.Select(r => new SmileyAt(r.Date, Find(format, r.SmileyOf(topicKey)), IsNow: false)),
            new SmileyAt(plan.About.Date, Find(format, plan.Topics.GetValueOrDefault(topicKey)?.SmileyId), IsNow: true),
        ];
    }

    private static TopicThenAndNow Build(Topic topic, PlanRound then, PlanContent plan, Format format) =>
        new(topic, then.Date, Find(format, then.SmileyOf(topic.Key)), Find(format, plan.Topics.GetValueOrDefault(topic.Key)?.SmileyId));

    private static Smiley? Find(Format format, string? smileyId) => smileyId is null ? null : format.FindSmiley(smileyId);
}
