namespace EigenPlan.Content.Readability;

/// <summary>
/// Counts Dutch syllables by vowel groups, the way readability formulas for Dutch do: "ij", "ie", "oe", "eu", "ui",
/// "aa" … are one group, and a diaeresis (cliënt, ruïne) starts a new one. Good enough for a score and for flagging
/// long words; it is not a hyphenation dictionary.
/// </summary>
internal static class DutchSyllables
{
    private const string Vowels = "aeiouyàáâäèéêëìíîïòóôöùúûü";
    private const string Diaereses = "ëïöü";

    /// <summary>The number of syllables in one word; at least 1 for a word with a letter in it.</summary>
    public static int Count(string word)
    {
        var count = 0;
        var inGroup = false;
        var previous = '\0';
        foreach (var raw in word)
        {
            var c = char.ToLowerInvariant(raw);
            var isVowel = Vowels.Contains(c, StringComparison.Ordinal) || (c == 'j' && previous == 'i' && inGroup);
            if (isVowel && (!inGroup || Diaereses.Contains(c, StringComparison.Ordinal)))
            {
                count++;
            }

            inGroup = isVowel;
            previous = c;
        }

        return Math.Max(count, word.Any(char.IsLetter) ? 1 : 0);
    }
}
