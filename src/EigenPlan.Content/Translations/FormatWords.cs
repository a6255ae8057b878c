using EigenPlan.Core.Languages;

namespace EigenPlan.Content.Translations;

/// <summary>
/// The words of one checked translation file, by the ids of the Dutch format. Kept apart from the <see
/// cref="Core.Content.Format"/> they are applied to, so the last good words still apply after the Dutch file changed.
/// A null word, and an id that is not here, mean "keep the Dutch word".
/// </summary>
internal sealed record FormatWords(
    string FormatId,
    PlanLanguage Language,
    bool Checked,
    string? Note,
    string? Name,
    IReadOnlyDictionary<string, QuestionWords> Questions,
    IReadOnlyDictionary<string, string?> Smileys,
    IReadOnlyDictionary<string, HouseWords> Houses);

/// <summary>A question's translated label and hint.</summary>
internal sealed record QuestionWords(string? Label, string? Hint);

/// <summary>A house's translated title and intro, and its topics by id.</summary>
internal sealed record HouseWords(string? Title, string? Intro, IReadOnlyDictionary<string, TopicWords> Topics);

/// <summary>A topic's translated words; a list replaces the Dutch list as a whole.</summary>
internal sealed record TopicWords(string? Title, string? Essence, IReadOnlyList<string>? Suggestions, IReadOnlyList<string>? DeepeningQuestions);
