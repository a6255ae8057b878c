namespace EigenPlan.Core.Content;

/// <summary>Who offers the help.</summary>
public enum EntryKind
{
    Professioneel,
    Vrijwilligers,
    Informeel,
}

/// <summary>
/// The words for each <see cref="EntryKind"/>, written once: what residents read (the topic page, the booklet, the
/// term name in an HSDS export) and the code that content files and exports use.
/// </summary>
public static class EntryKinds
{
    /// <summary>The kind in plain words for residents (B1), such as "Hulp van mensen om je heen".</summary>
    public static string Label(this EntryKind kind) => kind switch
    {
        EntryKind.Professioneel => "Professionele hulp",
        EntryKind.Vrijwilligers => "Vrijwilligers",
        EntryKind.Informeel => "Hulp van mensen om je heen",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The machine-facing word: <c>soort:</c> in a content file and the term code in an HSDS export.</summary>
    public static string Code(this EntryKind kind) => kind switch
    {
        EntryKind.Professioneel => "professioneel",
        EntryKind.Vrijwilligers => "vrijwilligers",
        EntryKind.Informeel => "informeel",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Every code, in the order of the enum (for the schema's list of allowed words).</summary>
    public static IReadOnlyList<string> Codes { get; } = [.. Enum.GetValues<EntryKind>().Select(Code)];

    /// <summary>The kind with this code (upper or lower case), or null for a word that is not a code.</summary>
    public static EntryKind? FromCode(string? code)
    {
        foreach (var kind in Enum.GetValues<EntryKind>())
        {
            if (string.Equals(kind.Code(), code, StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }

        return null;
    }
}
