namespace EigenPlan.Content.Problems;

/// <summary>Finds the known word a person probably meant, for "bedoel je 'naam'?".</summary>
internal static class Suggestions
{
    /// <summary>The closest candidate within edit distance 2 (and closer than the word's own length), or null.</summary>
    public static string? Closest(string typed, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var lower = typed.ToLowerInvariant();
        foreach (var candidate in candidates)
        {
            // The distance is at least the difference in length, so a word more than 2 longer or shorter can never be
            // suggested: skipping it keeps a hostile 600,000-character id from costing seconds per candidate.
            if (Math.Abs(candidate.Length - typed.Length) > 2)
            {
                continue;
            }

            var distance = Distance(lower, candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return bestDistance <= 2 && bestDistance < Math.Min(typed.Length, best!.Length) ? best : null;
    }

    /// <summary>" Bedoel je 'naam'?" or an empty string.</summary>
    public static string DidYouMean(string typed, IEnumerable<string> candidates) =>
        Closest(typed, candidates) is { } match ? $" Bedoel je '{match}'?" : "";

    /// <summary>Levenshtein distance with two rolling rows; inputs are short keys and ids.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
