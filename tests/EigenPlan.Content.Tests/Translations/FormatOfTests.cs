using EigenPlan.Core.Content;
using EigenPlan.Core.Languages;

namespace EigenPlan.Content.Tests.Translations;

/// <summary>
/// <see cref="IContentCatalog.FormatOf(Municipality, PlanLanguage)"/>: the Dutch format with the translated words,
/// built once per load, following edits like any other content file, and never worse than Dutch.
/// </summary>
public class FormatOfTests
{
    private static readonly ContentCatalog Bundled = new(RepoRoot.Content);

    public static TheoryData<string> Languages => TranslationCheckTests.Languages;

    private static Municipality Almere(ContentCatalog catalog) => catalog.FindMunicipality("almere")!;

    [Theory]
    [MemberData(nameof(Languages))]
    public void ShippedLanguage_GivesEveryWordTranslated_AndEverythingElseAsInDutch(string code)
    {
        var language = PlanLanguage.FromCode(code);
        var dutch = Bundled.FormatOf(Almere(Bundled))!;

        var format = Bundled.FormatOf(Almere(Bundled), language)!;

        Assert.Equal(language, format.Language);
        Assert.False(format.TranslationChecked);
        Assert.Contains("moedertaal", format.Translation!.Note, StringComparison.Ordinal);
        Assert.NotEqual(dutch.Name, format.Name);
        Assert.Equal(dutch.Questions.Select(q => (q.Id, q.Role, q.ParentId)), format.Questions.Select(q => (q.Id, q.Role, q.ParentId)));
        Assert.All(dutch.Questions.Zip(format.Questions), p => Assert.True(p.First.Label != p.Second.Label && p.First.Hint != p.Second.Hint, p.Second.Id));
        Assert.Equal(dutch.Smileys.Select(s => (s.Id, s.ZrmLevel)), format.Smileys.Select(s => (s.Id, s.ZrmLevel)));
        Assert.All(dutch.Smileys.Zip(format.Smileys), p => Assert.NotEqual(p.First.Label, p.Second.Label));
        Assert.Equal(dutch.Houses.Select(h => (h.Id, h.Color, h.Icon)), format.Houses.Select(h => (h.Id, h.Color, h.Icon)));
        Assert.All(dutch.Houses.Zip(format.Houses), p => Assert.True(p.First.Title != p.Second.Title && p.First.Intro != p.Second.Intro, p.Second.Id));
        Assert.Equal(dutch.Topics.Select(t => (t.Key, string.Join("|", t.ZrmDomains))), format.Topics.Select(t => (t.Key, string.Join("|", t.ZrmDomains))));
        Assert.All(dutch.Topics.Zip(format.Topics), p =>
        {
            var (nl, other) = p;
            Assert.True(nl.Title != other.Title && nl.Essence != other.Essence, other.Key);
            Assert.Equal(nl.Suggestions.Count, other.Suggestions.Count);
            Assert.Equal(nl.DeepeningQuestions.Count, other.DeepeningQuestions.Count);
            Assert.Empty(nl.Suggestions.Intersect(other.Suggestions));
            Assert.Empty(nl.DeepeningQuestions.Intersect(other.DeepeningQuestions));
        });
    }

    [Fact]
    public void SomeWords_AreThoseOfTheirFile()
    {
        Assert.Equal("How are things now?", Bundled.FormatOf(Almere(Bundled), PlanLanguage.English)!.FindQuestion("nu")!.Label);
        Assert.Equal("Para işleri", Bundled.FormatOf(Almere(Bundled), PlanLanguage.Turkish)!.FindHouse("geldzaken")!.Title);
        Assert.Equal("Nie dotyczy mnie", Bundled.FormatOf(Almere(Bundled), PlanLanguage.Polish)!.FindSmiley("nvt")!.Label);
        Assert.Equal("الدخل", Bundled.FormatOf(Almere(Bundled), PlanLanguage.Arabic)!.FindTopic("geldzaken.inkomen")!.Title);
    }

    [Fact]
    public void Dutch_IsTheSourceItself()
    {
        var dutch = Bundled.FormatOf(Almere(Bundled))!;

        var format = Bundled.FormatOf(Almere(Bundled), PlanLanguage.Dutch);

        Assert.Same(dutch, format);
        Assert.Equal(PlanLanguage.Dutch, format!.Language);
        Assert.Null(format.Translation);
        Assert.True(format.TranslationChecked);
        Assert.Equal("Hoe gaat het nu?", format.FindQuestion("nu")!.Label);
    }

    [Fact]
    public void SameLanguage_GivesTheSameInstance_AndTheSnapshotAgrees()
    {
        var first = Bundled.FormatOf(Almere(Bundled), PlanLanguage.Turkish);

        Assert.Same(first, Bundled.FormatOf(Almere(Bundled), PlanLanguage.Turkish));
        Assert.Same(first, Bundled.Current.FindFormat("basis", PlanLanguage.Turkish));
        Assert.Same(Bundled.FindFormat("basis"), Bundled.Current.FindFormat("basis", PlanLanguage.Dutch));
    }

    [Fact]
    public void BrokenTranslation_GivesTheDutchWords_WithAProblem_AndTakesNothingElseDown()
    {
        using var folder = new TranslationFolder(edit: t => t.Replace("naam: My Own Plan", "naam: [My Own Plan", StringComparison.Ordinal));
        var catalog = folder.Catalog();

        var format = catalog.FormatOf(Almere(catalog), PlanLanguage.English);

        Assert.Same(catalog.FormatOf(Almere(catalog)), format);
        Assert.Equal("Hoe gaat het nu?", format!.FindQuestion("nu")!.Label);
        var error = Assert.Single(catalog.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(folder.Translation, error.File);
        Assert.True(error.Line > 1, error.ToString());
        Assert.NotNull(catalog.FindMunicipality("almere"));
    }

    [Fact]
    public void LanguageWithoutAFile_GivesTheDutchFormat()
    {
        using var folder = new TranslationFolder("en");
        var catalog = folder.Catalog();

        Assert.Same(catalog.FormatOf(Almere(catalog)), catalog.FormatOf(Almere(catalog), PlanLanguage.Polish));
        Assert.Equal(PlanLanguage.English, catalog.FormatOf(Almere(catalog), PlanLanguage.English)!.Language);
    }

    [Fact]
    public void Reload_EditedThenBrokenThenDutchChanged_FollowsTheEdit_KeepsTheLastGoodWords_AndAppliesThemToTheNewDutch()
    {
        using var folder = new TranslationFolder();
        var catalog = folder.Catalog();
        Assert.Equal("Money", catalog.FormatOf(Almere(catalog), PlanLanguage.English)!.FindHouse("geldzaken")!.Title);

        folder.Write(TranslationFolder.Bundled("en").Replace("titel: Money", "titel: Your money", StringComparison.Ordinal));
        catalog.Reload();
        Assert.Equal("Your money", catalog.FormatOf(Almere(catalog), PlanLanguage.English)!.FindHouse("geldzaken")!.Title);

        folder.Write(TranslationFolder.Bundled("en").Replace("titel: Money", "titl: Our money", StringComparison.Ordinal));
        catalog.Reload();
        Assert.Equal("Your money", catalog.FormatOf(Almere(catalog), PlanLanguage.English)!.FindHouse("geldzaken")!.Title);
        Assert.Contains(catalog.Problems, p => p.File == folder.Translation && p.Message.StartsWith("Dit bestand heeft fouten. De vorige goede versie", StringComparison.Ordinal));
        Assert.Contains(catalog.Problems, p => p.File == folder.Translation && p.Message.StartsWith("Onbekend veld 'titl'. Bedoel je 'titel'?", StringComparison.Ordinal));

        var dutchPath = Path.Combine(folder.Formats, "basis.yaml");
        File.WriteAllText(dutchPath, File.ReadAllText(dutchPath).Replace("\"#1F5F7A\"", "\"#1F5F7B\"", StringComparison.Ordinal));
        catalog.Reload();
        var english = catalog.FormatOf(Almere(catalog), PlanLanguage.English)!.FindHouse("geldzaken")!;
        Assert.Equal(("#1F5F7B", "Your money"), (english.Color, english.Title));
    }

    [Fact]
    public void CheckedTranslation_SaysSo()
    {
        using var folder = new TranslationFolder("pl", t => t.Replace("gecontroleerd: false", "gecontroleerd: true", StringComparison.Ordinal)
            .Replace("toelichting: Gemaakt door het project EigenPlan. Nog te controleren door iemand die Pools als moedertaal spreekt.", "toelichting: Gecontroleerd door Anna Nowak, 1 december 2026.", StringComparison.Ordinal));
        var catalog = folder.Catalog();

        var format = catalog.FormatOf(Almere(catalog), PlanLanguage.Polish)!;

        Assert.True(format.TranslationChecked);
        Assert.Equal("Gecontroleerd door Anna Nowak, 1 december 2026.", format.Translation!.Note);
        Assert.DoesNotContain(catalog.Problems, p => p.File == folder.Translation);
    }
}
