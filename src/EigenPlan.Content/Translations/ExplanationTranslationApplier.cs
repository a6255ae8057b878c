using EigenPlan.Core.Content;

namespace EigenPlan.Content.Translations;

/// <summary>
/// Puts translated texts on the Dutch uitlegboekje: ids, names' order, smileys and which topics have examples stay as
/// in Dutch, and a text the translation lacks stays Dutch. Texts for keys the Dutch file no longer has are not used.
/// </summary>
internal static class ExplanationTranslationApplier
{
    public static FormatExplanation Apply(FormatExplanation dutch, ExplanationWords words) => dutch with
    {
        Language = words.Language,
        Translation = new FormatTranslation { Checked = words.Checked, Note = words.Note },
        Intro = words.Intro ?? dutch.Intro,
        HousesText = words.HousesText ?? dutch.HousesText,
        Questions = Merge(dutch.Questions, words.Questions),
        Residents = [.. dutch.Residents.Select(r => words.Residents.GetValueOrDefault(r.Id) is { } w ? Apply(r, w) : r)],
    };

    private static ExampleResident Apply(ExampleResident dutch, ResidentWords words) => dutch with
    {
        Name = words.Name ?? dutch.Name,
        About = words.About ?? dutch.About,
        Houses = dutch.Houses.ToDictionary(
            h => h.Key,
            h => words.Houses.GetValueOrDefault(h.Key) is { } w
                ? new ExampleHouseNotes(h.Value.GoingWell is null ? null : w.GoingWell ?? h.Value.GoingWell, h.Value.NotGoingWell is null ? null : w.NotGoingWell ?? h.Value.NotGoingWell)
                : h.Value,
            StringComparer.Ordinal),
        Topics = dutch.Topics.ToDictionary(
            t => t.Key,
            t => words.Topics.GetValueOrDefault(t.Key) is { } w ? Merge(t.Value, w) : t.Value,
            StringComparer.Ordinal),
    };

    /// <summary>The Dutch keys, each with the translated text when there is one.</summary>
    private static Dictionary<string, string> Merge(IReadOnlyDictionary<string, string> dutch, IReadOnlyDictionary<string, string> translated) =>
        dutch.ToDictionary(d => d.Key, d => translated.GetValueOrDefault(d.Key) ?? d.Value, StringComparer.Ordinal);
}
