namespace EigenPlan.Content;

/// <summary>
/// Bounds that keep a hostile or broken file from exhausting memory, stack or time.
/// Real content files stay far below all of them.
/// </summary>
public sealed record YamlLimits
{
    /// <summary>Largest file size in bytes (1 MB).</summary>
    public long MaxFileBytes { get; init; } = 1024 * 1024;

    /// <summary>Deepest nesting of lists and groups.</summary>
    public int MaxDepth { get; init; } = 32;

    /// <summary>Most values, lists and groups in one file.</summary>
    public int MaxNodes { get; init; } = 100_000;

    public static YamlLimits Default { get; } = new();
}
