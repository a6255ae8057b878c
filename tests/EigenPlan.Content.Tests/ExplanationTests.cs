using EigenPlan.Core.Content;

namespace EigenPlan.Content.Tests;

/// <summary>The uitlegboekje: read through the one catalog path, checked against its format, mapped to Core.</summary>
public class ExplanationTests
{
    private static readonly string Bundled = File.ReadAllText(Path.Combine(RepoRoot.Content, "uitleg", "basis.yaml"));

    [Fact]
    public void BundledUitleg_LoadsWithoutProblems_AndMapsEveryResident()
    {
        var snapshot = ContentLoader.LoadDirectory(RepoRoot.Content);

        Assert.DoesNotContain(snapshot.Problems, p => p.File.Contains("uitleg", StringComparison.Ordinal));
        var explanation = snapshot.FindExplanation("basis");
        Assert.NotNull(explanation);
        Assert.Equal(["sanne", "harold", "jesse", "fatima"], explanation.Residents.Select(r => r.Id));
        Assert.StartsWith("Dit is het uitlegboekje", explanation.Intro, StringComparison.Ordinal);
        Assert.EndsWith("schrijf je hier op.", explanation.ForQuestion("nodig"), StringComparison.Ordinal);
        var sanne = explanation.Residents[0];
        Assert.Equal("heel-slecht", sanne.SmileyFor("geldzaken.uitgaven-en-schulden"));
        Assert.Equal("Ik betaal de huur altijd op tijd.", sanne.HouseNotes("geldzaken")!.GoingWell);
        Assert.Null(explanation.Residents.Single(r => r.Id == "jesse").HouseNotes("zelf-regelen-en-meedoen")!.GoingWell);
        // Block scalars are trimmed like every other text; the resident's own line breaks stay.
        Assert.Equal("- Alle brieven in één doos doen.\n- Samen met iemand de brieven openmaken.\n- Een lijst maken van alle schulden.",
            sanne.Answer("geldzaken.uitgaven-en-schulden", "bereiken"));
    }

    [Fact]
    public void BundledUitleg_HasAnExampleForEveryQuestionOfEveryTopic()
    {
        var snapshot = ContentLoader.LoadDirectory(RepoRoot.Content);
        var format = snapshot.FindFormat("basis")!;
        var explanation = snapshot.FindExplanation("basis")!;

        Assert.All(format.Topics, topic => Assert.All(format.Questions,
            question => Assert.NotEmpty(explanation.ExamplesFor(topic.Key, question.Id))));
        Assert.All(format.Questions, question => Assert.NotNull(explanation.ForQuestion(question.Id)));
    }

    [Fact]
    public void Catalog_ExplanationOf_GivesTheFormatsUitleg_AndReloadsAChangedFile()
    {
        using var folder = RealFolder();
        var catalog = new ContentCatalog(folder.Root, ContentFixtures.Options);
        var format = catalog.FindFormat("basis")!;
        Assert.Equal("Sanne", catalog.ExplanationOf(format)!.Residents[0].Name);

        WriteUitleg(folder, Bundled.Replace("naam: Sanne", "naam: Sandra", StringComparison.Ordinal));
        catalog.Reload();

        Assert.Equal("Sandra", catalog.ExplanationOf(format)!.Residents[0].Name);
    }

    [Fact]
    public void Catalog_BrokenEdit_KeepsTheLastGoodUitleg_WithTheProblem()
    {
        using var folder = RealFolder();
        var catalog = new ContentCatalog(folder.Root, ContentFixtures.Options);
        var format = catalog.FindFormat("basis")!;
        var original = catalog.ExplanationOf(format);

        WriteUitleg(folder, Bundled.Replace("geldzaken.inkomen: slecht", "geldzaken.inkomsten: slecht", StringComparison.Ordinal));
        catalog.Reload();

        Assert.Same(original, catalog.ExplanationOf(format));
        Assert.Contains(catalog.Problems, p => p.Message.Contains("Bedoel je 'geldzaken.inkomen'?", StringComparison.Ordinal));
        Assert.Contains(catalog.Problems, p => p.Message.StartsWith("Dit bestand heeft fouten. De vorige goede versie", StringComparison.Ordinal));
    }

    [Fact]
    public void NoUitlegFolder_IsNoProblem()
    {
        using var folder = TempContent.WithValidFixtures();

        var snapshot = ContentLoader.LoadDirectory(folder.Root, ContentFixtures.Options);

        Assert.Empty(snapshot.Problems);
        Assert.Empty(snapshot.Explanations);
        Assert.Null(snapshot.FindExplanation("basis"));
    }

    [Theory]
    [InlineData("geldzaken.inkomen: slecht", "geldzaken.inkomsten: slecht", "geldzaken.inkomsten", "Onderwerp 'geldzaken.inkomsten' bestaat niet in formaat 'basis'. Bedoel je 'geldzaken.inkomen'?")]
    [InlineData("woonruimte.wonen: goed", "woonruimte.wonen: goede", "goede", "De smiley 'goede' bestaat niet in formaat 'basis'. Bedoel je 'goed'?")]
    [InlineData("    nu: Hier schrijf", "    nuu: Hier schrijf", "nuu", "De vraag 'nuu' bestaat niet in formaat 'basis'. Bedoel je 'nu'?")]
    [InlineData("        omgeving: Mijn zus is goed", "        omgevin: Mijn zus is goed", "omgevin", "De vraag 'omgevin' bestaat niet in formaat 'basis'. Bedoel je 'omgeving'?")]
    [InlineData("      woonruimte:\n        goed: Ons huis", "      woonruimtes:\n        goed: Ons huis", "woonruimtes", "Het huis 'woonruimtes' bestaat niet in formaat 'basis'. Bedoel je 'woonruimte'?")]
    [InlineData("formaat: basis", "formaat: basic", "basic", "Formaat 'basic' bestaat niet. Bedoel je 'basis'?")]
    [InlineData("    naam: Sanne\n", "    naam: Sanne\n    leeftijd: 34\n", "leeftijd", "Onbekend veld 'leeftijd'. Toegestaan zijn: id, naam, over, huisjes, smileys, onderwerpen.")]
    [InlineData("over: Sanne is 34.", "over: Sanne is **34**.", "Sanne is **34**", "Opmaak zoals **vet**, een link, code of een kop werkt alleen in 'uitleg'.")]
    [InlineData("naam: Harold", "naam: Harold de Vries van der Zee tot Oostenrijk en Verder", "Harold de", "'naam' is 52 tekens lang; dat mogen er hoogstens 40 zijn.")]
    [InlineData("geldzaken.inkomen: slecht", "geldzaken-inkomen: slecht", "geldzaken-inkomen", "'geldzaken-inkomen' is geen geldig onderwerp.")]
    public void BrokenUitleg_ReportsErrorAtTheLineAndColumn_InDutch(string find, string replace, string at, string message)
    {
        var text = ReplaceOnce(Bundled, find, replace);

        var snapshot = LoadWith(text);

        var (line, column) = PositionOf(text, replace, at);
        var problem = snapshot.At(line, column);
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.Null(snapshot.FindExplanation("basis"));
    }

    [Fact]
    public void UitlegMarkdown_RawHtmlImagesAndJavascriptLinks_AreErrors()
    {
        var text = ReplaceOnce(Bundled, "**Alles mag, niets moet.**", "<b>Alles mag</b> [klik](javascript:alert(1)) ![foto](https://example.nl/a.png) [bel](tel:14036)");

        var messages = LoadWith(text).Problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => p.Message).ToList();

        Assert.Equal(3, messages.Count);
        Assert.Contains(messages, m => m.StartsWith("HTML werkt hier niet", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("De link 'javascript:alert(1)' werkt niet", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("Plaatjes kunnen hier niet", StringComparison.Ordinal));
    }

    [Fact]
    public void FileNamedAfterAnotherFormat_IsAnError()
    {
        using var folder = RealFolder();
        File.Move(Path.Combine(folder.Root, "uitleg", "basis.yaml"), Path.Combine(folder.Root, "uitleg", "anders.yaml"));

        var snapshot = ContentLoader.LoadDirectory(folder.Root, ContentFixtures.Options);

        Assert.Contains(snapshot.Problems, p => p.Message.StartsWith("Het formaat 'basis' moet gelijk zijn aan de bestandsnaam: 'anders'", StringComparison.Ordinal));
    }

    [Fact]
    public void MissingExamplesAndExplanations_AreWarnings_TheFileIsStillUsed()
    {
        var text = ReplaceOnce(Bundled, "        nodig: Iemand die weet waar ik recht op heb. En hulp om het geld van mijn ex te krijgen.\n", "");
        text = ReplaceOnce(text, "    nu: Hier schrijf je op hoe het nu gaat. Wat gaat goed en wat is moeilijk? Zo weet je waar je begint.\n", "");

        var snapshot = LoadWith(text);

        Assert.All(snapshot.Problems, p => Assert.Equal(ProblemSeverity.Warning, p.Severity));
        Assert.Contains(snapshot.Problems, p => p.Message == "Sanne geeft bij 'geldzaken.inkomen' geen voorbeeld voor vraag 'nodig'.");
        Assert.Contains(snapshot.Problems, p => p.Message.StartsWith("Bij vraag 'nu' (Hoe gaat het nu?) staat geen uitleg", StringComparison.Ordinal));
        Assert.NotNull(snapshot.FindExplanation("basis"));
    }

    private static ContentSnapshot LoadWith(string uitleg)
    {
        using var folder = RealFolder();
        WriteUitleg(folder, uitleg);
        return ContentLoader.LoadDirectory(folder.Root, ContentFixtures.Options);
    }

    /// <summary>The bundled format and uitleg (no municipalities: they play no part here).</summary>
    private static TempContent RealFolder()
    {
        var folder = new TempContent();
        File.Copy(Path.Combine(RepoRoot.Content, "formats", "basis.yaml"), Path.Combine(folder.Formats, "basis.yaml"));
        WriteUitleg(folder, Bundled);
        return folder;
    }

    private static void WriteUitleg(TempContent folder, string text)
    {
        Directory.CreateDirectory(Path.Combine(folder.Root, "uitleg"));
        File.WriteAllText(Path.Combine(folder.Root, "uitleg", "basis.yaml"), text);
    }

    private static string ReplaceOnce(string text, string find, string replace)
    {
        var index = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{find}' is not in the bundled uitleg file");
        return string.Concat(text.AsSpan(0, index), replace, text.AsSpan(index + find.Length));
    }

    /// <summary>1-based line and column of <paramref name="at"/> inside the first <paramref name="replaced"/> in the text.</summary>
    private static (int Line, int Column) PositionOf(string text, string replaced, string at)
    {
        var index = text.IndexOf(replaced, StringComparison.Ordinal) + replaced.IndexOf(at, StringComparison.Ordinal);
        var before = text[..index];
        return (before.Count(c => c == '\n') + 1, index - before.LastIndexOf('\n'));
    }
}
