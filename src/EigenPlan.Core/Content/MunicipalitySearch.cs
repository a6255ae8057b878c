using System.Text;

namespace EigenPlan.Core.Content;

/// <summary>What a search on municipality names found: the first few to show, and how many matched in all.</summary>
/// <param name="Shown">At most the limit asked for, best first.</param>
/// <param name="Total">Every match, also those not shown.</param>
public sealed record MunicipalityMatches(IReadOnlyList<Municipality> Shown, int Total)
{
    /// <summary>No search text, or nothing matched.</summary>
    public static MunicipalityMatches None { get; } = new([], 0);

    /// <summary>True when more matched than are shown: the resident should type a few more letters.</summary>
    public bool IsCut => Total > Shown.Count;
}

/// <summary>
/// Finds municipalities by (part of) their name, the way residents type it: case and accents do not matter, nor do
/// spaces, hyphens, dots and apostrophes ("s hertogenbosch" finds 's-Hertogenbosch, "sud west" finds Súdwest-Fryslân).
/// Names that start with the text come first, then names with a word that starts with it, then the rest; each group by
/// name. Plain C#, so it works the same for the page before and after the live connection.
/// </summary>
public static class MunicipalitySearch
{
    /// <summary>How many matches a page shows at most: enough to choose from, short enough to read on a phone.</summary>
    public const int DefaultLimit = 8;

    /// <summary>Search text longer than this is not a municipality name: it finds nothing.</summary>
    public const int MaxQueryLength = 60;

    /// <summary>The municipalities whose name matches <paramref name="query"/>; none for empty text.</summary>
    public static MunicipalityMatches Find(IReadOnlyList<Municipality> municipalities, string? query, int limit = DefaultLimit)
    {
        ArgumentNullException.ThrowIfNull(municipalities);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (string.IsNullOrWhiteSpace(query) || query.Length > MaxQueryLength)
        {
            return MunicipalityMatches.None;
        }

        var needle = Fold(query);
        if (needle.Length == 0)
        {
            return MunicipalityMatches.None;
        }

        var matches = municipalities
            .Select(m => (Municipality: m, Rank: Rank(m.Name, needle)))
            .Where(x => x.Rank >= 0)
            .OrderBy(x => x.Rank)
            .ThenBy(x => x.Municipality.Name, StringComparer.InvariantCultureIgnoreCase)
            .Select(x => x.Municipality)
            .ToList();
        return new([.. matches.Take(limit)], matches.Count);
    }

    /// <summary>The one municipality whose name is exactly the text (ignoring case, accents and punctuation), if any.</summary>
    public static Municipality? Exact(IReadOnlyList<Municipality> municipalities, string? query)
    {
        ArgumentNullException.ThrowIfNull(municipalities);
        if (string.IsNullOrWhiteSpace(query) || query.Length > MaxQueryLength)
        {
            return null;
        }

        var needle = Fold(query);
        var exact = municipalities.Where(m => Fold(m.Name) == needle).Take(2).ToList();
        return exact.Count == 1 ? exact[0] : null;
    }

    /// <summary>0: the name starts with the text; 1: a later word does; 2: it is inside the name; -1: no match.</summary>
    private static int Rank(string name, string needle)
    {
        var folded = Fold(name);
        if (folded.StartsWith(needle, StringComparison.Ordinal))
        {
            return 0;
        }

        var words = name.Split([' ', '-', '\''], StringSplitOptions.RemoveEmptyEntries);
        if (words.Skip(1).Any(w => Fold(w).StartsWith(needle, StringComparison.Ordinal)))
        {
            return 1;
        }

        return folded.Contains(needle, StringComparison.Ordinal) ? 2 : -1;
    }

    /// <summary>Lower case, without accents, letters and digits only.</summary>
    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
