using System.Text.RegularExpressions;

namespace EigenPlan.Content.Readability;

/// <summary>
/// The B1 rules for one text: sentences of at most <see cref="MaxSentenceWords"/> words, no word over
/// <see cref="MaxSyllables"/> syllables or <see cref="MaxLetters"/> letters (unless allowed), and none of the words to
/// avoid. Also counts what the Flesch-Douma score needs. Plain code, no UI: the CLI and the tests call it.
/// </summary>
internal sealed class ReadabilityRules(PlainWordList words)
{
    /// <summary>B1 guidance (e.g. Stichting Makkelijk Lezen, Rijksoverheid): sentences of 15 words or fewer.</summary>
    public const int MaxSentenceWords = 15;

    public const int MaxSyllables = 4;

    public const int MaxLetters = 15;

    /// <summary>Checks one text and adds its counts to <paramref name="score"/>.</summary>
    /// <param name="text">Plain text; offsets in the findings point into it.</param>
    /// <param name="score">The counts of the file the text is in.</param>
    /// <param name="municipality">Fills in <c>{gemeente}</c> in advice; null outside a municipality file.</param>
    public IReadOnlyList<ReadabilityFinding> Check(string text, ReadabilityScore score, string? municipality = null)
    {
        var findings = new List<ReadabilityFinding>();
        foreach (var sentence in TextPieces.Sentences(text))
        {
            score.AddSentence(sentence.Words.Count, sentence.Words.Sum(w => DutchSyllables.Count(w.Text)), sentence.Words.Count > MaxSentenceWords);
            if (sentence.Words.Count > MaxSentenceWords)
            {
                findings.Add(new ReadabilityFinding(FindingKind.LongSentence, sentence.Offset, sentence.Words[0].Text,
                    $"B1: deze zin heeft {sentence.Words.Count} woorden. Maak er korte zinnen van (hoogstens {MaxSentenceWords} woorden)."));
            }

            foreach (var word in sentence.Words)
            {
                if (IsTooLong(word.Text, out var why))
                {
                    findings.Add(new ReadabilityFinding(FindingKind.LongWord, word.Offset, word.Text,
                        $"B1: '{word.Text}' is een lang woord ({why}). Kies een korter woord, of zet het bij lange_woorden_toegestaan in {PlainWordList.RelativePath}."));
                }
            }
        }

        var listed = new HashSet<int>();
        foreach (var hard in words.Words)
        {
            foreach (Match match in hard.Pattern.Matches(text))
            {
                listed.Add(match.Index);
                // A word that only needs explaining is fine with its explanation in brackets right after it.
                if (hard.Instead is null && ExplainedAfter(text, match.Index + match.Length))
                {
                    continue;
                }

                findings.Add(new ReadabilityFinding(FindingKind.HardWord, match.Index, match.Value,
                    $"B1: '{Regex.Replace(match.Value, @"\s+", " ")}' is een moeilijk woord. {hard.Advice(municipality)}"));
            }
        }

        // A word on the list is also often long: the list's advice (or the explanation written next to it) is what
        // counts, so it is not reported as long as well.
        findings.RemoveAll(f => f.Kind == FindingKind.LongWord && listed.Contains(f.Offset));
        findings.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return findings;
    }

    private static bool ExplainedAfter(string text, int end)
    {
        var rest = text.AsSpan(end).TrimStart();
        return rest.Length > 0 && rest[0] == '(';
    }

    private bool IsTooLong(string word, out string why)
    {
        why = "";
        // Numbers, times, web and e-mail addresses are not words a reader has to sound out.
        if (word.Any(char.IsDigit) || word.Contains('.', StringComparison.Ordinal) || word.Contains('@', StringComparison.Ordinal) || word.Contains('/', StringComparison.Ordinal))
        {
            return false;
        }

        // A hyphenated word is read in parts (Zelfredzaamheid-Matrix, e-mail): each part counts on its own.
        var parts = word.Split('-', '\'', '’');
        foreach (var part in parts.Prepend(word).Distinct())
        {
            if (words.AllowedLongWords.Contains(part) || words.AllowedLongWords.Contains(word))
            {
                return false;
            }
        }

        foreach (var part in parts)
        {
            var letters = part.Count(char.IsLetter);
            var syllables = DutchSyllables.Count(part);
            if (letters > MaxLetters)
            {
                why = $"{letters} letters";
                return true;
            }

            if (syllables > MaxSyllables)
            {
                why = $"{syllables} lettergrepen";
                return true;
            }
        }

        return false;
    }
}
