namespace EigenPlan.Content.Yaml;

/// <summary>
/// A node of our own small YAML tree. We build it from the parser's event stream instead of using
/// YamlDotNet's representation model, so limits (depth, size, aliases) are enforced while reading.
/// </summary>
internal abstract class YamlNode(int line, int column)
{
    /// <summary>1-based line where the node starts.</summary>
    public int Line { get; } = line;

    /// <summary>1-based column where the node starts.</summary>
    public int Column { get; } = column;

    /// <summary>What a person would call this kind of node, for messages like "hier staat een lijst".</summary>
    public abstract string Description { get; }
}

/// <summary>A single value: text, a number, true/false or empty.</summary>
internal sealed class YamlScalar(int line, int column, string value, bool isPlain) : YamlNode(line, column)
{
    public string Value { get; } = value;

    /// <summary>Plain (unquoted) values may mean null, true/false or a number; quoted values are always text.</summary>
    public bool IsPlain { get; } = isPlain;

    /// <summary>An empty value (<c>naam:</c>), <c>~</c> or <c>null</c> without quotes.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Description => IsNull ? "niets" : "tekst";
}

/// <summary>One <c>key: value</c> pair, keeping the key's own position for messages about the key.</summary>
internal readonly record struct YamlEntry(YamlScalar Key, YamlNode Value);

/// <summary>A group of <c>key: value</c> pairs, in file order.</summary>
internal sealed class YamlMapping(int line, int column) : YamlNode(line, column)
{
    public List<YamlEntry> Entries { get; } = [];

    public override string Description => "een groep velden (sleutel: waarde)";

    /// <summary>The entry with this key, or null. A linear scan: mappings here hold a handful of keys.</summary>
    public YamlEntry? Find(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key.Value == key)
            {
                return entry;
            }
        }

        return null;
    }

    public YamlNode? this[string key] => Find(key)?.Value;
}

/// <summary>A list of nodes.</summary>
internal sealed class YamlSequence(int line, int column) : YamlNode(line, column)
{
    public List<YamlNode> Items { get; } = [];

    public override string Description => "een lijst";
}
