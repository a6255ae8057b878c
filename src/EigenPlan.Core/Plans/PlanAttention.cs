using EigenPlan.Core.Content;

namespace EigenPlan.Core.Plans;

/// <summary>
/// What deserves attention in the conversation, for the overview, <i>Mijn plan</i>, the summary, the shared plan and
/// the booklet alike: the topics the resident wants to talk about first, and the topics left empty or skipped. The
/// study found that a part left empty can itself be worth talking about, so this is said neutrally, never as a failure.
/// </summary>
public static class PlanAttention
{
    /// <summary>The words of the flag a resident sets per topic.</summary>
    public const string TalkAboutLabel = "Hier wil ik over praten";

    /// <summary>Next to a topic with nothing in it.</summary>
    public const string NotFilledInNote = "Hier heb je niets ingevuld. Misschien is dit iets om over te praten.";

    /// <summary>Next to a topic the resident skipped after writing something (the words are kept, so "niets" would be untrue).</summary>
    public const string SkippedNote = "Dit onderwerp heb je overgeslagen. Misschien is dit iets om over te praten.";

    /// <summary>The topics flagged "Hier wil ik over praten", in booklet order: show these first.</summary>
    public static IReadOnlyList<Topic> TalkAboutFirst(PlanContent plan, Format format)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(format);
        return [.. format.Topics.Where(t => plan.Topics.GetValueOrDefault(t.Key)?.TalkAbout == true)];
    }

    /// <summary>
    /// Every topic of the format, in booklet order, that is skipped or has nothing in it: no smiley, no answer with
    /// text and no chosen Sociale Kaart entry. "Niet van toepassing" is an answer, so such a topic is not listed
    /// (unless it was skipped). A plan just started lists every topic; a page decides when that is worth showing.
    /// </summary>
    public static IReadOnlyList<NotFilledInTopic> NotFilledIn(PlanContent plan, Format format)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(format);
        return [.. format.Topics.Select(t => NotFilledInFor(t, plan.Topics.GetValueOrDefault(t.Key), format)).OfType<NotFilledInTopic>()];
    }

    /// <summary>
    /// The notes worth showing while the plan is still being made (the overview): topics skipped, and topics left empty
    /// that lie before the last topic the resident worked on (something in it, skipped or marked done). Topics still
    /// ahead are left out: in a plan just started every topic is empty, and that says nothing yet.
    /// </summary>
    public static IReadOnlyList<NotFilledInTopic> NotFilledInSoFar(PlanContent plan, Format format)
    {
        var empty = NotFilledIn(plan, format).ToDictionary(n => n.Topic.Key);
        var topics = format.Topics.ToList();
        var lastWorkedOn = topics.FindLastIndex(t =>
            !empty.TryGetValue(t.Key, out var note) || note.Skipped || plan.Topics.GetValueOrDefault(t.Key)?.MarkedDone == true);
        return [.. topics.Select((topic, index) => (Note: empty.GetValueOrDefault(topic.Key), Index: index))
            .Where(x => x.Note is not null && (x.Note.Skipped || x.Index < lastWorkedOn))
            .Select(x => x.Note!)];
    }

    /// <summary>The note for one topic, or null when it has something in it and was not skipped.</summary>
    public static NotFilledInTopic? NotFilledInFor(Topic topic, TopicAnswers? answers, Format format)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(format);
        var empty = answers is null
            || (answers.SmileyId is null && answers.ChosenEntries.Count == 0 && !format.Questions.Any(q => TopicRules.HasText(answers.Answer(q.Id))));
        var skipped = answers?.Skipped == true;
        return empty || skipped ? new NotFilledInTopic(topic, skipped, empty) : null;
    }
}

/// <summary>A topic that is skipped or empty, with the neutral note to show next to it.</summary>
public sealed record NotFilledInTopic(Topic Topic, bool Skipped, bool IsEmpty)
{
    /// <summary><see cref="PlanAttention.NotFilledInNote"/>, or <see cref="PlanAttention.SkippedNote"/> when words were written.</summary>
    public string Note => IsEmpty ? PlanAttention.NotFilledInNote : PlanAttention.SkippedNote;
}
