using EigenPlan.Content.Problems;

namespace EigenPlan.Content.Readability;

/// <summary>
/// Counts words, sentences and syllables of a file for the Flesch-Douma score (the Dutch Flesch reading ease):
/// 206.84 − 0.93 × words per sentence − 77 × syllables per word. Higher is easier; around 60–70 is B1-ish, 80 and more
/// is easy.
/// </summary>
internal sealed class ReadabilityScore
{
    public int Sentences { get; private set; }

    public int Words { get; private set; }

    public int Syllables { get; private set; }

    public int LongSentences { get; private set; }

    public double FleschDouma => Words == 0 ? 0 : 206.84 - (0.93 * Words / Sentences) - (77.0 * Syllables / Words);

    public double LongSentencePercentage => Sentences == 0 ? 0 : 100.0 * LongSentences / Sentences;

    public void AddSentence(int words, int syllables, bool isLong)
    {
        Sentences++;
        Words += words;
        Syllables += syllables;
        LongSentences += isLong ? 1 : 0;
    }

    /// <summary>"Flesch-Douma 81,2; 120 zinnen, 3 langer dan 15 woorden (2,5 %)".</summary>
    public override string ToString() =>
        $"Flesch-Douma {DutchText.Decimal(FleschDouma)}; {DutchText.Count(Sentences, "zin", "zinnen")}, {LongSentences} langer dan {ReadabilityRules.MaxSentenceWords} woorden ({DutchText.Decimal(LongSentencePercentage)} %)";
}
