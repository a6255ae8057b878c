using EigenPlan.Core.Content;
using EigenPlan.Core.Languages;

namespace EigenPlan.Content.Translations;

/// <summary>
/// The texts of one checked uitlegboekje translation, by the keys and ids of the Dutch file. Kept apart from the Dutch
/// <see cref="FormatExplanation"/> they are applied to (as <see cref="FormatWords"/> for a format), so the last good
/// texts still apply after the Dutch file changed. A missing text means "keep the Dutch text".
/// </summary>
internal sealed record ExplanationWords(
    string FormatId,
    PlanLanguage Language,
    bool Checked,
    string? Note,
    string? Intro,
    string? HousesText,
    IReadOnlyDictionary<string, string> Questions,
    IReadOnlyDictionary<string, ResidentWords> Residents);

/// <summary>One example resident's translated texts; by house id and by topic key and question id.</summary>
internal sealed record ResidentWords(
    string? Name,
    string? About,
    IReadOnlyDictionary<string, ExampleHouseNotes> Houses,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Topics);
