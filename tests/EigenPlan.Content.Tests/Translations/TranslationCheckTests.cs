using EigenPlan.Core.Content;
using EigenPlan.Core.Languages;

namespace EigenPlan.Content.Tests.Translations;

/// <summary>
/// The check of a translation file against its Dutch format: a missing id or word is a warning at the enclosing
/// element (the Dutch word stays), an id or field the Dutch file does not have is an error at its own place.
/// </summary>
public class TranslationCheckTests
{
    public static TheoryData<string> Languages => [.. PlanLanguage.All.Where(l => !l.IsDutch).Select(l => l.Code)];

    [Theory]
    [MemberData(nameof(Languages))]
    public void ShippedTranslation_HasNoMissingOrExtraKey_AndStartsWithItsSchemaAndTheCheckNote(string code)
    {
        var path = Path.Combine(RepoRoot.Content, "formats", $"basis.{code}.yaml");
        var snapshot = ContentLoader.LoadDirectory(RepoRoot.Content);

        Assert.True(File.Exists(path), path);
        Assert.DoesNotContain(snapshot.Problems, p => p.File == path);
        var text = File.ReadAllText(path);
        Assert.StartsWith("# yaml-language-server: $schema=../schema/format-translation.schema.json\n", text, StringComparison.Ordinal);
        Assert.Contains("\ngecontroleerd: false\n", text, StringComparison.Ordinal);
        Assert.Contains("moedertaal", text, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingWord_IsAWarningAtItsItem_AndTheDutchWordStays()
    {
        using var folder = new TranslationFolder(edit: t => Without(t, "    hint: Write down what you would like to change. It can be big or small.\n"));
        var (line, column) = folder.Find("- id: wil");

        var snapshot = ContentLoader.LoadDirectory(folder.Root);

        var problem = snapshot.At(line, column + 2);
        Assert.Equal((folder.Translation, ProblemSeverity.Warning), (problem.File, problem.Severity));
        Assert.Equal("Niet vertaald: 'hint' van vraag 'wil'. Hier blijven de Nederlandse woorden staan.", problem.Message);
        var english = snapshot.FindFormat("basis", PlanLanguage.English)!;
        var dutch = snapshot.FindFormat("basis")!;
        Assert.Equal(dutch.FindQuestion("wil")!.Hint, english.FindQuestion("wil")!.Hint);
        Assert.Equal("What do I want?", english.FindQuestion("wil")!.Label);
    }

    [Fact]
    public void MissingId_IsAWarningAtItsList()
    {
        using var folder = new TranslationFolder(edit: t => Without(t, "  - id: nvt\n    label: Not about me\n"));
        var (line, column) = folder.Find("smileys:");

        var problem = ContentLoader.LoadDirectory(folder.Root).At(line, column);

        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Equal("Niet vertaald: de smiley 'nvt' (Past niet bij mij) ontbreekt in 'smileys'. Hier blijven de Nederlandse woorden staan.", problem.Message);
    }

    [Fact]
    public void TypoInAnId_IsAnErrorAtTheId_WithTheIdMeant_AndTheRealIdIsReportedMissing()
    {
        using var folder = new TranslationFolder(edit: t => Replace(t, "      - id: inkomen\n", "      - id: inkomn\n"));
        var (line, column) = folder.Find("inkomn");
        var topics = folder.Find("    onderwerpen:");

        var snapshot = ContentLoader.LoadDirectory(folder.Root);

        var error = snapshot.At(line, column);
        Assert.Equal(ProblemSeverity.Error, error.Severity);
        Assert.Equal("Het onderwerp 'inkomn' bestaat niet in huis 'geldzaken' van het Nederlandse formaat 'basis'. Bedoel je 'inkomen'? Kies uit: inkomen, uitgaven-en-schulden.", error.Message);
        var missing = snapshot.At(topics.Line, topics.Column + 4);
        Assert.Equal(ProblemSeverity.Warning, missing.Severity);
        Assert.StartsWith("Niet vertaald: het onderwerp 'inkomen' (Inkomen)", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FieldThatComesFromTheDutchFile_IsAnUnknownFieldError()
    {
        using var folder = new TranslationFolder(edit: t => Replace(t, "    titel: Money\n", "    titel: Money\n    kleur: \"#1F5F7A\"\n"));
        var (line, column) = folder.Find("kleur:");

        var problem = ContentLoader.LoadDirectory(folder.Root).At(line, column);

        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.StartsWith("Onbekend veld 'kleur'.", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith("Toegestaan zijn: id, titel, intro, onderwerpen.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ListWithAnotherCount_IsAWarning_AndReplacesTheDutchListWhole()
    {
        using var folder = new TranslationFolder(edit: t => Without(t, "          - It may help to write down how much money comes in each month.\n"));
        var suggestions = folder.Find("suggesties:");

        var snapshot = ContentLoader.LoadDirectory(folder.Root);

        var problem = snapshot.At(suggestions.Line, suggestions.Column);
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.StartsWith("'suggesties' van onderwerp 'geldzaken.inkomen' heeft hier 3 items en in het Nederlands 4.", problem.Message, StringComparison.Ordinal);
        Assert.Equal(3, snapshot.FindFormat("basis", PlanLanguage.English)!.FindTopic("geldzaken.inkomen")!.Suggestions.Count);
    }

    [Theory]
    [InlineData("taal: en\n", "taal: tr\n", "'taal' is 'tr', maar de bestandsnaam basis.en.yaml zegt 'en'. Maak ze gelijk.")]
    [InlineData("formaat: basis\n", "formaat: basic\n", "'formaat' is 'basic', maar de bestandsnaam basis.en.yaml zegt 'basis'. Maak ze gelijk.")]
    public void LanguageOrFormatOtherThanTheFileName_IsAnErrorAtTheValue(string line, string replacement, string message)
    {
        using var folder = new TranslationFolder(edit: t => Replace(t, line, replacement));
        var (row, column) = folder.Find(replacement.TrimEnd());

        var problem = ContentLoader.LoadDirectory(folder.Root).At(row, column + replacement.IndexOf(' ', StringComparison.Ordinal) + 1);

        Assert.Equal((ProblemSeverity.Error, message), (problem.Severity, problem.Message));
    }

    [Theory]
    [InlineData("xx", "'xx' in de bestandsnaam basis.xx.yaml is geen taal die EigenPlan kent. Noem een vertaling basis.<taal>.yaml, met als taal en, tr, pl of ar.")]
    [InlineData("nl", "Nederlands is de bron: de Nederlandse woorden staan in basis.yaml. Een vertaling basis.nl.yaml is niet nodig; haal dit bestand weg.")]
    public void FileNameWithoutATranslationLanguage_IsAnErrorAtTheStart_AndNotAFormat(string code, string message)
    {
        using var folder = new TranslationFolder();
        var path = Path.Combine(folder.Formats, $"basis.{code}.yaml");
        File.WriteAllText(path, TranslationFolder.Bundled("en"));

        var snapshot = ContentLoader.LoadDirectory(folder.Root);

        var problem = Assert.Single(snapshot.Problems, p => p.File == path && p.Line == 1 && p.Column == 1);
        Assert.Equal((ProblemSeverity.Error, message), (problem.Severity, problem.Message));
        Assert.Equal(["basis"], snapshot.Formats.Select(f => f.Id));
    }

    [Fact]
    public void BrokenDutchFormat_MakesTheTranslationUnusable_WithAnError()
    {
        using var folder = new TranslationFolder();
        var dutch = Path.Combine(folder.Formats, "basis.yaml");
        File.WriteAllText(dutch, File.ReadAllText(dutch).Replace("icoon: geld", "icoon: munt", StringComparison.Ordinal));

        var snapshot = ContentLoader.LoadDirectory(folder.Root);

        var problem = Assert.Single(snapshot.Problems, p => p.File == folder.Translation);
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.Equal("Het Nederlandse formaat 'basis' heeft fouten. De vertaling wordt pas gebruikt als die zijn opgelost.", problem.Message);
        Assert.Empty(snapshot.Translations);
    }

    internal static string Without(string text, string part) => Replace(text, part, "");

    internal static string Replace(string text, string part, string replacement)
    {
        Assert.Contains(part, text, StringComparison.Ordinal);
        return text.Replace(part, replacement, StringComparison.Ordinal);
    }
}
