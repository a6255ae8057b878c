using EigenPlan.Content.Readability;

namespace EigenPlan.Content.Tests.Readability;

public sealed class ReadabilityRulesTests
{
    private static readonly ReadabilityRules Rules = new(PlainWordList.Bundled);

    private static IReadOnlyList<ReadabilityFinding> Check(string text, string? municipality = null) =>
        Rules.Check(text, new ReadabilityScore(), municipality);

    [Theory]
    [InlineData("huis", 1)]
    [InlineData("ijs", 1)]
    [InlineData("gezondheid", 3)]
    [InlineData("cliënt", 2)]
    [InlineData("ruïne", 3)]
    [InlineData("schuldhulpverlening", 5)]
    [InlineData("Almere", 3)]
    public void Syllables_CountsDutchVowelGroups(string word, int expected) =>
        Assert.Equal(expected, DutchSyllables.Count(word));

    [Fact]
    public void Sentences_SplitAtFullStopsQuestionMarksAndNewBlocks()
    {
        var sentences = TextPieces.Sentences("Hoe gaat het nu? Goed. Dat om 8.30 uur\n\n- een lijst\n- met regels");

        Assert.Equal(["Hoe gaat het nu", "Goed", "Dat om 8.30 uur", "een lijst", "met regels"],
            sentences.Select(s => string.Join(' ', s.Words.Select(w => w.Text))));
    }

    [Fact]
    public void LongSentence_IsFlaggedAtItsFirstWord()
    {
        var text = "Kort. Dit is een hele lange zin met veel te veel woorden voor iemand die niet zo goed leest.";

        var finding = Assert.Single(Check(text));

        Assert.Equal(FindingKind.LongSentence, finding.Kind);
        Assert.Equal(text.IndexOf("Dit", StringComparison.Ordinal), finding.Offset);
        Assert.Contains("18 woorden", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FifteenWords_IsFine() =>
        Assert.Empty(Check("Een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien."));

    [Theory]
    [InlineData("Kijk op de Sociale Kaart van je buurt.", "Sociale Kaart", "Schrijf liever 'Hulp in Almere'.")]
    [InlineData("Kies Niet van\n  toepassing als het niet past.", "Niet van\n  toepassing", "Schrijf liever 'Past niet bij mij'.")]
    [InlineData("Open de helpende suggesties.", "helpende suggesties", "Schrijf liever 'Tips'.")]
    [InlineData("Praat met de mantelzorgers.", "mantelzorgers", "Schrijf liever 'iemand die voor een ziek familielid of een vriend zorgt'.")]
    public void WordToAvoid_IsFlaggedWithThePlainWord(string text, string found, string advice)
    {
        var finding = Assert.Single(Check(text, "Almere"));

        Assert.Equal(FindingKind.HardWord, finding.Kind);
        Assert.Equal(found, finding.Found);
        Assert.Equal(text.IndexOf(found, StringComparison.Ordinal), finding.Offset);
        Assert.EndsWith(advice, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WordThatNeedsExplaining_IsFineWithItsExplanationInBrackets()
    {
        Assert.Single(Check("Vraag een cliëntondersteuner."));
        Assert.Empty(Check("Vraag een cliëntondersteuner (iemand die je gratis helpt)."));
    }

    [Theory]
    [InlineData("De belastingaangifte doe je zelf.", "belastingaangifte")]
    [InlineData("Dat betaalt je zorgverzekering.", null)]
    [InlineData("Bel de Formulierenbrigade.", null)]
    [InlineData("Mail naar info@voorbeeld.nl of kijk op www.almere.nl/schuldhulpverlening.", null)]
    [InlineData("Een kennismakingsgesprek duurt kort.", "kennismakingsgesprek")]
    public void LongWords_AreFlaggedUnlessAllowedOrAnAddress(string text, string? flagged)
    {
        var findings = Check(text).Where(f => f.Kind == FindingKind.LongWord).Select(f => f.Found);

        Assert.Equal(flagged is null ? [] : [flagged], findings);
    }

    [Fact]
    public void Score_IsFleschDouma()
    {
        var score = new ReadabilityScore();

        // 2 sentences, 8 words, 9 syllables (huis-je): 206.84 − 0.93 × 8/2 − 77 × 9/8 = 116.495.
        Rules.Check("Ik woon in een huisje. Het is groot.", score);

        Assert.Equal((2, 8, 9), (score.Sentences, score.Words, score.Syllables));
        Assert.Equal(116.495, score.FleschDouma, 6);
        Assert.Equal(0, score.LongSentencePercentage);
    }
}
