using EigenPlan.Core.Content;
using EigenPlan.Core.Languages;

namespace EigenPlan.Content.Tests.Translations;

/// <summary>
/// Uitlegboekje translations (<c>content/uitleg/basis.&lt;taal&gt;.yaml</c>): read through the one catalog path, checked
/// against the Dutch uitleg like a format's translation (a missing text is a warning, an unknown id an error with line
/// and column), applied on the Dutch uitleg, and never worse than Dutch.
/// </summary>
public class UitlegTranslationTests
{
    private static readonly string UitlegFolder = Path.Combine(RepoRoot.Content, "uitleg");
    private static readonly string English = File.ReadAllText(Path.Combine(UitlegFolder, "basis.en.yaml"));

    /// <summary>Every shipped translation, whatever languages the folder holds today.</summary>
    public static TheoryData<string> Shipped()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(UitlegFolder, "basis.*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public void ShippedTranslation_LoadsWithoutProblems_AndTranslatesEveryText(string file)
    {
        var snapshot = ContentLoader.LoadDirectory(RepoRoot.Content);
        var language = PlanLanguage.FromCode(file.Split('.')[1]);

        Assert.DoesNotContain(snapshot.Problems, p => Path.GetFileName(p.File) == file);
        var dutch = snapshot.FindExplanation("basis")!;
        var translated = snapshot.FindExplanation("basis", language)!;
        Assert.Equal(language, translated.Language);
        Assert.False(translated.Translation!.Checked);
        Assert.NotEqual(dutch.Intro, translated.Intro);
        Assert.NotEqual(dutch.HousesText, translated.HousesText);
        Assert.All(dutch.Questions, q => Assert.NotEqual(q.Value, translated.ForQuestion(q.Key)));
        Assert.Equal(dutch.Residents.Select(r => (r.Id, r.Name)), translated.Residents.Select(r => (r.Id, r.Name)));
        Assert.All(dutch.Residents.Zip(translated.Residents), pair =>
        {
            var (nl, other) = pair;
            Assert.NotEqual(nl.About, other.About);
            Assert.Equal(nl.Smileys, other.Smileys);
            Assert.Equal(nl.Topics.Keys, other.Topics.Keys);
            Assert.All(nl.Topics, t => Assert.All(t.Value, a => Assert.NotEqual(a.Value, other.Answer(t.Key, a.Key))));
            Assert.All(nl.Houses, h => Assert.Equal(h.Value.GoingWell is null, other.HouseNotes(h.Key)!.GoingWell is null));
        });
    }

    [Fact]
    public void Catalog_ExplanationOf_GivesTheLanguage_AndDutchForDutchOrALanguageWithoutAFile()
    {
        using var folder = FolderWith(("basis.en.yaml", English));
        var catalog = new ContentCatalog(folder.Root, ContentFixtures.Options);
        var format = catalog.FindFormat("basis")!;

        var english = catalog.ExplanationOf(format, PlanLanguage.English)!;

        Assert.StartsWith("This is the explanation booklet", english.Intro, StringComparison.Ordinal);
        Assert.Equal("I always pay the rent on time.", english.Residents[0].HouseNotes("geldzaken")!.GoingWell);
        Assert.Same(catalog.ExplanationOf(format), catalog.ExplanationOf(format, PlanLanguage.Dutch));
        Assert.Same(catalog.ExplanationOf(format), catalog.ExplanationOf(format, PlanLanguage.Polish));
        Assert.Same(english, catalog.ExplanationOf(format, PlanLanguage.English));
        Assert.Same(english, catalog.Current.FindExplanation("basis", PlanLanguage.English));
    }

    [Fact]
    public void MissingText_IsAWarning_AndTheDutchTextStays()
    {
        var text = ReplaceOnce(English, "        goed: I always pay the rent on time.\n", "");

        var snapshot = LoadWith(text);

        var problem = Assert.Single(snapshot.Problems, p => Path.GetFileName(p.File) == "basis.en.yaml");
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Contains("Niet vertaald: 'goed' van huis 'geldzaken' van persoon 'sanne'.", problem.Message, StringComparison.Ordinal);
        var english = snapshot.FindExplanation("basis", PlanLanguage.English)!;
        Assert.Equal("Ik betaal de huur altijd op tijd.", english.Residents[0].HouseNotes("geldzaken")!.GoingWell);
        Assert.Equal("Letters about debts keep coming. I do not open them any more.", english.Residents[0].HouseNotes("geldzaken")!.NotGoingWell);
    }

    [Fact]
    public void MissingPerson_IsAWarning()
    {
        var start = English.IndexOf("  - id: fatima", StringComparison.Ordinal);
        var text = English[..start];

        var snapshot = LoadWith(text);

        var problem = Assert.Single(snapshot.Problems, p => Path.GetFileName(p.File) == "basis.en.yaml");
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Contains("Niet vertaald: de persoon 'fatima' (Fatima)", problem.Message, StringComparison.Ordinal);
        Assert.Equal("Fatima is 50. Ze heeft reuma. Ze werkt drie dagen per week bij een kinderopvang.",
            snapshot.FindExplanation("basis", PlanLanguage.English)!.Residents[3].About);
    }

    [Theory]
    [InlineData("  - id: harold", "  - id: harald", "harald", "De persoon 'harald' bestaat niet in het Nederlandse uitlegboekje 'basis'. Bedoel je 'harold'?")]
    [InlineData("      geldzaken.inkomen:\n        nu: I work", "      geldzaken.inkomsten:\n        nu: I work", "geldzaken.inkomsten", "Het onderwerp 'geldzaken.inkomsten' staat niet in 'onderwerpen' van persoon 'sanne' in het Nederlandse uitlegboekje. Bedoel je 'geldzaken.inkomen'?")]
    [InlineData("    nu: Here you write", "    nuu: Here you write", "nuu", "De vraag 'nuu' staat niet in 'uitleg.vragen' in het Nederlandse uitlegboekje. Bedoel je 'nu'?")]
    [InlineData("      woonruimte:\n        goed: Our home", "      woonruimtes:\n        goed: Our home", "woonruimtes", "Het huis 'woonruimtes' staat niet in 'huisjes' van persoon 'sanne' in het Nederlandse uitlegboekje. Bedoel je 'woonruimte'?")]
    [InlineData("taal: en", "taal: ar", "ar", "'taal' is 'ar', maar de bestandsnaam basis.en.yaml zegt 'en'.")]
    [InlineData("    naam: Sanne\n", "    naam: Sanne\n    leeftijd: 34\n", "leeftijd", "Onbekend veld 'leeftijd'.")]
    public void UnknownIdOrKey_IsAnErrorAtTheLineAndColumn_AndTheLanguageGetsDutch(string find, string replace, string at, string message)
    {
        var text = ReplaceOnce(English, find, replace);

        var snapshot = LoadWith(text);

        var (line, column) = PositionOf(text, replace, at);
        var problem = snapshot.At(line, column);
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.EndsWith("basis.en.yaml", problem.File, StringComparison.Ordinal);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        // A broken translation never takes the uitleg down: English readers get the Dutch one.
        Assert.Same(snapshot.FindExplanation("basis"), snapshot.FindExplanation("basis", PlanLanguage.English));
    }

    [Fact]
    public void BrokenEdit_KeepsTheLastGoodTranslation_AndAFixIsPickedUp()
    {
        using var folder = FolderWith(("basis.en.yaml", English));
        var catalog = new ContentCatalog(folder.Root, ContentFixtures.Options);
        var format = catalog.FindFormat("basis")!;
        var original = catalog.ExplanationOf(format, PlanLanguage.English)!;

        Write(folder, "basis.en.yaml", ReplaceOnce(English, "  - id: jesse", "  - id: jese"));
        catalog.Reload();

        Assert.Equal(original.Intro, catalog.ExplanationOf(format, PlanLanguage.English)!.Intro);
        Assert.Contains(catalog.Problems, p => p.Message.Contains("Bedoel je 'jesse'?", StringComparison.Ordinal));

        Write(folder, "basis.en.yaml", ReplaceOnce(English, "This is the explanation booklet", "This is the explanation book"));
        catalog.Reload();

        Assert.StartsWith("This is the explanation book for", catalog.ExplanationOf(format, PlanLanguage.English)!.Intro, StringComparison.Ordinal);
        Assert.DoesNotContain(catalog.Problems, p => p.File.EndsWith("basis.en.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void TranslationOfAFormatWithoutDutchUitleg_IsAnError_NeverAThrow()
    {
        using var folder = FolderWith(("basic.en.yaml", English.Replace("formaat: basis", "formaat: basic", StringComparison.Ordinal)));

        var snapshot = ContentLoader.LoadDirectory(folder.Root, ContentFixtures.Options);

        Assert.Contains(snapshot.Problems, p => p.Severity == ProblemSeverity.Error && p.File.EndsWith("basic.en.yaml", StringComparison.Ordinal)
            && p.Message.Contains("geen bruikbaar Nederlands uitlegboekje 'basic'", StringComparison.Ordinal));
        Assert.NotNull(snapshot.FindExplanation("basis"));
    }

    private static ContentSnapshot LoadWith(string english)
    {
        using var folder = FolderWith(("basis.en.yaml", english));
        return ContentLoader.LoadDirectory(folder.Root, ContentFixtures.Options);
    }

    /// <summary>The bundled format and Dutch uitleg, and the given translations (no municipalities: they play no part here).</summary>
    private static TempContent FolderWith(params (string Name, string Text)[] files)
    {
        var folder = new TempContent();
        File.Copy(Path.Combine(RepoRoot.Content, "formats", "basis.yaml"), Path.Combine(folder.Formats, "basis.yaml"));
        Directory.CreateDirectory(Path.Combine(folder.Root, "uitleg"));
        File.Copy(Path.Combine(UitlegFolder, "basis.yaml"), Path.Combine(folder.Root, "uitleg", "basis.yaml"));
        foreach (var (name, text) in files)
        {
            Write(folder, name, text);
        }

        return folder;
    }

    private static void Write(TempContent folder, string name, string text)
    {
        var path = Path.Combine(folder.Root, "uitleg", name);
        // A reload compares size and write time: make sure an edit of the same size is seen as well.
        var before = File.Exists(path) ? File.GetLastWriteTimeUtc(path) : DateTime.MinValue;
        File.WriteAllText(path, text);
        if (File.GetLastWriteTimeUtc(path) <= before)
        {
            File.SetLastWriteTimeUtc(path, before.AddSeconds(1));
        }
    }

    private static string ReplaceOnce(string text, string find, string replace)
    {
        var index = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{find}' is not in the English uitleg file");
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
