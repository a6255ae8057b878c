using EigenPlan.Core.Content;

namespace EigenPlan.Core.Plans;

/// <summary>
/// What the "Mijn plan" page shows: per house the notes and every topic with its smiley, the answers that have text,
/// the chosen Sociale Kaart entries and at most one gentle note; the topics to talk about first, the topics not filled
/// in, and then and now after an earlier round. Built from the plan; never stored.
/// </summary>
public sealed record PlanSummary(IReadOnlyList<HouseSummary> Houses)
{
    /// <summary>The gentle question for a sad smiley with nothing under "Wat heb ik nog nodig?".</summary>
    public const string SadWithoutNeedNote = "Wil je hier later nog naar kijken?";
    /// <summary>The gentle question when "Wat wil ik?" has text but none of the later questions do.</summary>
    public const string WishWithoutStepsNote = "Je weet wat je wilt. Wil je later nog bedenken wat je nodig hebt om dat te bereiken?";

    public static PlanSummary Build(PlanContent plan, Format format, Municipality municipality)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(municipality);
        var houses = format.Houses
            .Select(house => new HouseSummary(
                house,
                plan.Houses.GetValueOrDefault(house.Id) ?? new HouseNotes(),
                house.Topics.Select(t => BuildTopic(t, plan, format, municipality)).ToList()))
            .ToList();
        return new PlanSummary(houses) { Rounds = plan.Rounds.Count + 1, HandedIn = plan.HandedIn };
    }

    /// <summary>Which round this is: 1 for a plan never looked at again, 2 after the first <i>Opnieuw kijken</i>, …</summary>
    public int Rounds { get; init; } = 1;

    /// <summary>The resident's note that they handed in this round's plan, or null.</summary>
    public HandInRecord? HandedIn { get; init; }

    /// <summary>Every topic, house by house in booklet order.</summary>
    public IEnumerable<TopicSummary> Topics => Houses.SelectMany(h => h.Topics);

    /// <summary>The topics flagged "Hier wil ik over praten", in booklet order: pages and the booklet show these first.</summary>
    public IReadOnlyList<TopicSummary> TalkAboutFirst => [.. Topics.Where(t => t.TalkAbout)];

    /// <summary>The topics skipped or left empty (<see cref="PlanAttention.NotFilledIn"/>), each with its neutral note.</summary>
    public IReadOnlyList<TopicSummary> NotFilledIn => [.. Topics.Where(t => t.NotFilledIn is not null)];

    private static TopicSummary BuildTopic(Topic topic, PlanContent plan, Format format, Municipality municipality)
    {
        var stored = plan.Topics.GetValueOrDefault(topic.Key);
        var answers = stored ?? new TopicAnswers();
        var smiley = answers.SmileyId is null ? null : format.FindSmiley(answers.SmileyId);
        var lines = format.Questions
            .Where(q => TopicRules.HasText(answers.Answer(q.Id)))
            .Select(q => new AnswerLine(q, answers.Answer(q.Id)))
            .ToList();
        var entries = answers.ChosenEntries
            .Distinct(StringComparer.Ordinal)
            .Select(id => new ChosenEntry(id, municipality.FindEntry(id)))
            .ToList();
        return new TopicSummary(topic, TopicRules.StateOf(answers, format), smiley, lines, entries, NoteFor(answers, smiley, format))
        {
            TalkAbout = answers.TalkAbout,
            NotFilledIn = PlanAttention.NotFilledInFor(topic, stored, format),
            ThenAndNow = ThenAndNow.ForTopic(plan, format, topic.Key),
        };
    }

    /// <summary>
    /// At most one note per topic, only ever a question: a sad smiley without anything under "nog nodig" (a chosen
    /// Sociale Kaart entry counts as something), or a wish without any of the later questions. Skipped topics get none.
    /// </summary>
    private static string? NoteFor(TopicAnswers answers, Smiley? smiley, Format format)
    {
        if (answers.Skipped)
        {
            return null;
        }
        bool Filled(QuestionRole role) =>
            format.Questions.Where(q => q.Role == role).Any(q => TopicRules.HasText(answers.Answer(q.Id)));
        var needFilled = Filled(QuestionRole.Need) || answers.ChosenEntries.Count > 0;
        if (smiley is { IsSad: true } && !needFilled)
        {
            return SadWithoutNeedNote;
        }
        var laterFilled = Filled(QuestionRole.Approach) || Filled(QuestionRole.OwnStrength) || Filled(QuestionRole.Network) || needFilled;
        return Filled(QuestionRole.Wish) && !laterFilled ? WishWithoutStepsNote : null;
    }
}

/// <summary>One house on the "Mijn plan" page.</summary>
public sealed record HouseSummary(House House, HouseNotes Notes, IReadOnlyList<TopicSummary> Topics)
{
    public bool HasNotes => TopicRules.HasText(Notes.GoingWell) || TopicRules.HasText(Notes.NotGoingWell)
        || TopicRules.HasText(Notes.FreeText) || !Notes.Drawing.IsEmpty;
}

/// <summary>One topic on the "Mijn plan" page. <see cref="Note"/> is a gentle question, never an error.</summary>
public sealed record TopicSummary(
    Topic Topic,
    TopicState State,
    Smiley? Smiley,
    IReadOnlyList<AnswerLine> Answers,
    IReadOnlyList<ChosenEntry> Entries,
    string? Note)
{
    public bool HasContent => Smiley is not null || Answers.Count > 0 || Entries.Count > 0;

    /// <summary>"Hier wil ik over praten" is on.</summary>
    public bool TalkAbout { get; init; }

    /// <summary>Set when the topic is skipped or empty: show its <see cref="NotFilledInTopic.Note"/>, neutrally.</summary>
    public NotFilledInTopic? NotFilledIn { get; init; }

    /// <summary>The previous round's smiley next to the current one; null in the first round.</summary>
    public TopicThenAndNow? ThenAndNow { get; init; }
}

/// <summary>A question with the resident's (non-empty) answer.</summary>
public sealed record AnswerLine(Question Question, string Text)
{
    public string Label => Question.Label;
}

/// <summary>
/// A Sociale Kaart entry the resident chose. <see cref="Entry"/> is null when the municipality removed it since;
/// the page then shows <see cref="MissingLabel"/> instead of failing.
/// </summary>
public sealed record ChosenEntry(string EntryId, SocialMapEntry? Entry)
{
    public const string MissingLabel = "niet meer op de Sociale Kaart";

    public bool IsMissing => Entry is null;

    public string DisplayName => Entry?.Name ?? MissingLabel;
}
