using EigenPlan.Content.Mapping;
using EigenPlan.Content.Schema;
using EigenPlan.Content.Yaml;
using EigenPlan.Core.Languages;

namespace EigenPlan.Content.Translations;

/// <summary>Turns a checked translation tree into <see cref="FormatWords"/>. An empty (null) word is left out.</summary>
internal static class TranslationMapper
{
    public static FormatWords Map(YamlMapping root) => new(
        Read.Text(root, TranslationKeys.Format),
        PlanLanguage.FromCode(Read.Text(root, TranslationKeys.Language)),
        root[TranslationKeys.Checked] is YamlScalar { Value: var flag } && SchemaValidator.ParseBoolean(flag) == true,
        Read.OptionalText(root, TranslationKeys.Note),
        Read.OptionalText(root, FormatKeys.Name),
        ById(root, FormatKeys.Questions, q => new QuestionWords(Read.OptionalText(q, FormatKeys.Question.Label), Read.OptionalText(q, FormatKeys.Question.Hint))),
        ById(root, FormatKeys.Smileys, s => Read.OptionalText(s, FormatKeys.Smiley.Label)),
        ById(root, FormatKeys.Houses, MapHouse));

    private static HouseWords MapHouse(YamlMapping house) => new(
        Read.OptionalText(house, FormatKeys.House.Title),
        Read.OptionalText(house, FormatKeys.House.Intro),
        ById(house, FormatKeys.House.Topics, MapTopic));

    private static TopicWords MapTopic(YamlMapping topic) => new(
        Read.OptionalText(topic, FormatKeys.Topic.Title),
        Read.OptionalText(topic, FormatKeys.Topic.Essence),
        OptionalTexts(topic, FormatKeys.Topic.Suggestions),
        OptionalTexts(topic, FormatKeys.Topic.DeepeningQuestions));

    private static Dictionary<string, T> ById<T>(YamlMapping mapping, string key, Func<YamlMapping, T> map) =>
        Read.Groups(mapping, key).ToDictionary(item => Read.Text(item, FormatKeys.Id), map, StringComparer.Ordinal);

    private static string[]? OptionalTexts(YamlMapping mapping, string key) =>
        mapping[key] is YamlSequence ? Read.Texts(mapping, key) : null;
}
