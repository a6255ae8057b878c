using System.Globalization;
using EigenPlan.Content.Schema;
using EigenPlan.Content.Yaml;
using EigenPlan.Core.Content;

namespace EigenPlan.Content.Mapping;

/// <summary>Turns a checked format tree into the Core <see cref="Format"/> record.</summary>
internal static class FormatMapper
{
    public static Format Map(YamlMapping root) => new()
    {
        Id = Read.Text(root, FormatKeys.Id),
        Name = Read.Text(root, FormatKeys.Name),
        Questions = Read.Groups(root, FormatKeys.Questions).Select(MapQuestion).ToArray(),
        Smileys = Read.Groups(root, FormatKeys.Smileys).Select(MapSmiley).ToArray(),
        Houses = Read.Groups(root, FormatKeys.Houses).Select(MapHouse).ToArray(),
    };

    private static Question MapQuestion(YamlMapping node) => new()
    {
        Id = Read.Text(node, FormatKeys.Question.Id),
        Role = ContentSchemas.QuestionRoleCodes.Single(r => r.Code == Read.Text(node, FormatKeys.Question.Role)).Role,
        ParentId = Read.OptionalText(node, FormatKeys.Question.Parent),
        Label = Read.Text(node, FormatKeys.Question.Label),
        Hint = Read.Text(node, FormatKeys.Question.Hint),
    };

    private static Smiley MapSmiley(YamlMapping node) => new()
    {
        Id = Read.Text(node, FormatKeys.Smiley.Id),
        Label = Read.Text(node, FormatKeys.Smiley.Label),
        ZrmLevel = Read.OptionalText(node, FormatKeys.Smiley.Zrm) is { } level ? int.Parse(level, CultureInfo.InvariantCulture) : null,
    };

    private static House MapHouse(YamlMapping node)
    {
        var houseId = Read.Text(node, FormatKeys.House.Id);
        return new House
        {
            Id = houseId,
            Title = Read.Text(node, FormatKeys.House.Title),
            Color = Read.Text(node, FormatKeys.House.Color).ToUpperInvariant(),
            Icon = Enum.Parse<HouseIcon>(Read.Text(node, FormatKeys.House.Icon), ignoreCase: true),
            Intro = Read.Text(node, FormatKeys.House.Intro),
            Topics = Read.Groups(node, FormatKeys.House.Topics).Select(topic => MapTopic(topic, houseId)).ToArray(),
        };
    }

    private static Topic MapTopic(YamlMapping node, string houseId) => new()
    {
        Id = Read.Text(node, FormatKeys.Topic.Id),
        HouseId = houseId,
        Title = Read.Text(node, FormatKeys.Topic.Title),
        Essence = Read.Text(node, FormatKeys.Topic.Essence),
        Suggestions = Read.Texts(node, FormatKeys.Topic.Suggestions),
        DeepeningQuestions = Read.Texts(node, FormatKeys.Topic.DeepeningQuestions),
        ZrmDomains = Read.Texts(node, FormatKeys.Topic.ZrmDomains),
    };
}
