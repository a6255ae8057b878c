using EigenPlan.Content.Readability;

namespace EigenPlan.Content.Tests.Translations;

/// <summary>The B1 rules and word list are Dutch: they never read (or warn about) a translation file.</summary>
public class TranslationB1Tests
{
    private const string HardDutch = "Indien u gebruik wenst te maken van de Sociale Kaart dient u zich tijdig te melden bij het wijkteam van uw gemeente.";

    [Fact]
    public void HardDutchInATranslation_IsNotReadByTheB1Check_WhileTheDutchFormatStillIs()
    {
        using var folder = new TranslationFolder(edit: t => TranslationCheckTests.Replace(t, "naam: My Own Plan", "naam: " + HardDutch));

        var files = ContentReadability.CheckFolder(folder.Root, PlainWordList.Bundled);

        Assert.DoesNotContain(files, f => f.File == folder.Translation);
        Assert.Contains(files, f => f.File == Path.Combine(folder.Formats, "basis.yaml"));
        Assert.DoesNotContain(ReadabilityWarnings.AddTo(ContentLoader.LoadDirectory(folder.Root), folder.Root).Problems, p => p.File == folder.Translation);
    }

    [Fact]
    public void ShippedContent_WithItsTranslations_GivesNoB1Findings()
    {
        var files = ContentReadability.CheckFolder(RepoRoot.Content, PlainWordList.ForContentFolder(RepoRoot.Content));

        Assert.DoesNotContain(files, f => Path.GetFileName(f.File).Count(c => c == '.') > 1);
        Assert.Empty(files.SelectMany(f => f.Findings));
    }
}
