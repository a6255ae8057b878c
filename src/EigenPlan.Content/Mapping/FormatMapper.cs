using System.Globalization;
using EigenPlan.Content.Yaml;
using EigenPlan.Core.Content;

namespace EigenPlan.Content.Mapping;

/// <summary>Turns a checked format tree into the Core <see cref="Format"/> record.</summary>
internal static class FormatMapper
{
    public static Format Map(YamlMapping root) => new()
    {
        Id = Read.Text(root, "id"),
        Name = Read.Text(root, "naam"),
        Questions = Read.Groups(root, "vragen").Select(MapQuestion).ToArray(),
        Smileys = Read.Groups(root, "smileys").Select(MapSmiley).ToArray(),
        Houses = Read.Groups(root, "huizen").Select(MapHouse).ToArray(),
    };

    private static Question MapQuestion(YamlMapping node) => new()
    {
        Id = Read.Text(node, "id"),
        Role = Read.Text(node, "rol") switch
        {
            "huidig" => QuestionRole.Current,
            "wens" => QuestionRole.Wish,
            "aanpak" => QuestionRole.Approach,
            "zelf" => QuestionRole.OwnStrength,
            "netwerk" => QuestionRole.Network,
            "nodig" => QuestionRole.Need,
            var other => throw new InvalidOperationException($"Unchecked role '{other}'."),
        },
        ParentId = Read.OptionalText(node, "hoort_bij"),
        Label = Read.Text(node, "label"),
        Hint = Read.Text(node, "hint"),
    };

    private static Smiley MapSmiley(YamlMapping node) => new()
    {
        Id = Read.Text(node, "id"),
        Label = Read.Text(node, "label"),
        ZrmLevel = Read.OptionalText(node, "zrm") is { } level ? int.Parse(level, CultureInfo.InvariantCulture) : null,
    };

    private static House MapHouse(YamlMapping node)
    {
        var houseId = Read.Text(node, "id");
        return new House
        {
            Id = houseId,
            Title = Read.Text(node, "titel"),
            Color = Read.Text(node, "kleur").ToUpperInvariant(),
            Icon = Enum.Parse<HouseIcon>(Read.Text(node, "icoon"), ignoreCase: true),
            Intro = Read.Text(node, "intro"),
            Topics = Read.Groups(node, "onderwerpen").Select(topic => MapTopic(topic, houseId)).ToArray(),
        };
    }

    private static Topic MapTopic(YamlMapping node, string houseId) => new()
    {
        Id = Read.Text(node, "id"),
        HouseId = houseId,
        Title = Read.Text(node, "titel"),
        Essence = Read.Text(node, "kern"),
        Suggestions = Read.Texts(node, "suggesties"),
        DeepeningQuestions = Read.Texts(node, "verdiepende_vragen"),
        ZrmDomains = Read.Texts(node, "zrm"),
    };
}
