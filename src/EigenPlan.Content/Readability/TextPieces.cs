using System.Text.RegularExpressions;

namespace EigenPlan.Content.Readability;

/// <summary>A word and where it starts in the text it was taken from.</summary>
internal readonly record struct WordAt(string Text, int Offset);

/// <summary>One sentence: its words, in order.</summary>
internal sealed record Sentence(IReadOnlyList<WordAt> Words)
{
    public int Offset => Words[0].Offset;
}

/// <summary>Splits text into sentences and words. A sentence ends at . ! ? followed by a space, at a line break that
/// starts a new block (empty line, list item, heading) and at the end of the text, so a label without a full stop
/// ("Hoe gaat het nu?") is one sentence and a list of short lines is not one long one.</summary>
internal static partial class TextPieces
{
    /// <summary>Letters and digits, with inner hyphens, apostrophes and dots kept (8.30, Ma-vr, www.almere.nl).</summary>
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[-'’.@/][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"[.!?]+[""'”’)]*(?=\s|$)|\n\s*\n|\n(?=\s*(?:[-*+#]|\d+[.)])\s)")]
    private static partial Regex SentenceEnd();

    public static IReadOnlyList<WordAt> Words(string text, int start = 0, int length = -1)
    {
        var words = new List<WordAt>();
        var span = length < 0 ? text[start..] : text.Substring(start, length);
        foreach (Match match in WordPattern().Matches(span))
        {
            words.Add(new WordAt(match.Value, start + match.Index));
        }

        return words;
    }

    public static IReadOnlyList<Sentence> Sentences(string text)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        foreach (Match end in SentenceEnd().Matches(text))
        {
            Add(sentences, text, start, end.Index + end.Length - start);
            start = end.Index + end.Length;
        }

        Add(sentences, text, start, text.Length - start);
        return sentences;
    }

    private static void Add(List<Sentence> sentences, string text, int start, int length)
    {
        var words = Words(text, start, length);
        if (words.Count > 0)
        {
            sentences.Add(new Sentence(words));
        }
    }
}
