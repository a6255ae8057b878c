using EigenPlan.Content.Yaml;

namespace EigenPlan.Content.Mapping;

/// <summary>
/// Typed access to a tree that has already passed the schema check, so a missing or mistyped value here is a bug,
/// not a content mistake. Text is trimmed because block scalars (<c>|</c>, <c>&gt;</c>) end with a line break.
/// </summary>
internal static class Read
{
    public static string Text(YamlMapping mapping, string key) => ((YamlScalar)mapping[key]!).Value.Trim();

    public static string? OptionalText(YamlMapping mapping, string key) =>
        mapping[key] is YamlScalar { IsNull: false } scalar && scalar.Value.Trim() is { Length: > 0 } text ? text : null;

    public static YamlMapping Group(YamlMapping mapping, string key) => (YamlMapping)mapping[key]!;

    public static IEnumerable<YamlMapping> Groups(YamlMapping mapping, string key) =>
        mapping[key] is YamlSequence sequence ? sequence.Items.Cast<YamlMapping>() : [];

    public static string[] Texts(YamlMapping mapping, string key) =>
        ((YamlSequence)mapping[key]!).Items.Select(item => ((YamlScalar)item).Value.Trim()).ToArray();
}
