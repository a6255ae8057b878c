using EigenPlan.Content.Mapping;
using EigenPlan.Content.Schema;
using EigenPlan.Content.Yaml;
using EigenPlan.Core.Content;
using EigenPlan.Core.Languages;

namespace EigenPlan.Content.Translations;

/// <summary>Turns a checked uitlegboekje translation tree into <see cref="ExplanationWords"/>. An empty text is left out.</summary>
internal static class ExplanationTranslationMapper
{
    public static ExplanationWords Map(YamlMapping root)
    {
        var texts = root[ExplanationKeys.Explanation] as YamlMapping;
        return new ExplanationWords(
            Read.Text(root, ExplanationKeys.Format),
            PlanLanguage.FromCode(Read.Text(root, TranslationKeys.Language)),
            root[TranslationKeys.Checked] is YamlScalar { Value: var flag } && SchemaValidator.ParseBoolean(flag) == true,
            Read.OptionalText(root, TranslationKeys.Note),
            texts is null ? null : Read.OptionalText(texts, ExplanationKeys.Texts.Intro),
            texts is null ? null : Read.OptionalText(texts, ExplanationKeys.Texts.Houses),
            TextMap(texts?[ExplanationKeys.Texts.Questions] as YamlMapping),
            (root[ExplanationKeys.Residents] as YamlSequence)?.Items.OfType<YamlMapping>()
                .ToDictionary(r => Read.Text(r, ExplanationKeys.Resident.Id), MapResident, StringComparer.Ordinal)
                ?? new Dictionary<string, ResidentWords>(StringComparer.Ordinal));
    }

    private static ResidentWords MapResident(YamlMapping node) => new(
        Read.OptionalText(node, ExplanationKeys.Resident.Name),
        Read.OptionalText(node, ExplanationKeys.Resident.About),
        Entries(node[ExplanationKeys.Resident.Houses] as YamlMapping).ToDictionary(
            e => e.Key.Value,
            e => e.Value is YamlMapping notes
                ? new ExampleHouseNotes(Read.OptionalText(notes, ExplanationKeys.HouseNotes.GoingWell), Read.OptionalText(notes, ExplanationKeys.HouseNotes.NotGoingWell))
                : new ExampleHouseNotes(null, null),
            StringComparer.Ordinal),
        Entries(node[ExplanationKeys.Resident.Topics] as YamlMapping).ToDictionary(
            e => e.Key.Value,
            e => (IReadOnlyDictionary<string, string>)TextMap(e.Value as YamlMapping),
            StringComparer.Ordinal));

    private static IEnumerable<KeyValuePair<YamlScalar, YamlNode>> Entries(YamlMapping? mapping) =>
        mapping?.Entries.Select(e => KeyValuePair.Create(e.Key, e.Value)) ?? [];

    /// <summary>Key: text, trimmed; an empty (null) text is left out, so the Dutch one stays.</summary>
    private static Dictionary<string, string> TextMap(YamlMapping? mapping) =>
        (mapping?.Entries ?? [])
            .Where(e => e.Value is YamlScalar { IsNull: false })
            .ToDictionary(e => e.Key.Value, e => ((YamlScalar)e.Value).Value.Trim(), StringComparer.Ordinal);
}
