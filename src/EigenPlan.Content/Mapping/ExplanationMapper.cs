using EigenPlan.Content.Schema;
using EigenPlan.Content.Yaml;
using EigenPlan.Core.Content;

namespace EigenPlan.Content.Mapping;

/// <summary>Turns a checked uitlegboekje tree into the Core <see cref="FormatExplanation"/> record.</summary>
internal static class ExplanationMapper
{
    public static FormatExplanation Map(YamlMapping root)
    {
        var texts = Read.Group(root, ExplanationKeys.Explanation);
        return new FormatExplanation
        {
            FormatId = Read.Text(root, ExplanationKeys.Format),
            Intro = Read.Text(texts, ExplanationKeys.Texts.Intro),
            HousesText = Read.Text(texts, ExplanationKeys.Texts.Houses),
            Questions = TextMap(Read.Group(texts, ExplanationKeys.Texts.Questions)),
            Residents = [.. Read.Groups(root, ExplanationKeys.Residents).Select(MapResident)],
        };
    }

    private static ExampleResident MapResident(YamlMapping node) => new()
    {
        Id = Read.Text(node, ExplanationKeys.Resident.Id),
        Name = Read.Text(node, ExplanationKeys.Resident.Name),
        About = Read.Text(node, ExplanationKeys.Resident.About),
        Houses = Read.Group(node, ExplanationKeys.Resident.Houses).Entries.ToDictionary(
            e => e.Key.Value,
            e => new ExampleHouseNotes(
                Read.OptionalText((YamlMapping)e.Value, ExplanationKeys.HouseNotes.GoingWell),
                Read.OptionalText((YamlMapping)e.Value, ExplanationKeys.HouseNotes.NotGoingWell)),
            StringComparer.Ordinal),
        Smileys = TextMap(Read.Group(node, ExplanationKeys.Resident.Smileys)),
        Topics = Read.Group(node, ExplanationKeys.Resident.Topics).Entries.ToDictionary(
            e => e.Key.Value,
            e => (IReadOnlyDictionary<string, string>)TextMap((YamlMapping)e.Value),
            StringComparer.Ordinal),
    };

    /// <summary>A checked group of key: text, texts trimmed like every other text (block scalars end with a line break).</summary>
    private static Dictionary<string, string> TextMap(YamlMapping mapping) =>
        mapping.Entries.ToDictionary(e => e.Key.Value, e => ((YamlScalar)e.Value).Value.Trim(), StringComparer.Ordinal);
}
