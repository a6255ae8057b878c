using UglyToad.PdfPig;

namespace EigenPlan.Cli.Tests;

/// <summary><c>eigenplan uitlegboekje</c>: the PDF with the explanations and the fictional residents' examples.</summary>
public class UitlegboekjeCommandTests
{
    private static readonly string[] Residents = ["Sanne", "Harold", "Jesse", "Fatima"];

    private static (int Code, string Out, string Error) Run(params string[] args) => Cli.Run(args);

    [Fact]
    public void Almere_WritesTheUitlegboekje_WithTheExamplesAndTheSitesLinks()
    {
        var pdf = Path.Combine(Path.GetTempPath(), $"uitleg-{Guid.NewGuid():N}.pdf");

        var (code, output, error) = Run("uitlegboekje", "--municipality", "almere", "-o", pdf, "--content", RepoRoot.Content, "--site", "https://eigenplan.almere.nl");

        Assert.True(code == 0, error);
        Assert.Equal($"Uitlegboekje geschreven naar {pdf} (Almere, 4 voorbeelden).", output.Trim());
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))).ToList();
        Assert.StartsWith("Uitlegboekje bij Mijn Eigen Plan Gemeente Almere", pages[0], StringComparison.Ordinal);
        Assert.Contains("De mensen in dit boekje zijn verzonnen", pages[0]);
        Assert.All(Residents, name => Assert.Contains(pages, p => p.Contains($"Voorbeeld van {name}", StringComparison.Ordinal)));
        var links = document.GetPage(document.NumberOfPages).GetAnnotations()
            .Select(a => a.Action).OfType<UglyToad.PdfPig.Actions.UriAction>().Select(a => a.Uri);
        Assert.Contains("https://eigenplan.almere.nl/boekje/leeg/almere", links);
    }

    [Fact]
    public void FixedDate_GivesIdenticalBytes()
    {
        var first = Path.Combine(Path.GetTempPath(), $"ua-{Guid.NewGuid():N}.pdf");
        var second = Path.Combine(Path.GetTempPath(), $"ub-{Guid.NewGuid():N}.pdf");

        Assert.Equal(0, Run("uitlegboekje", "--municipality", "voorbeeldstad", "-o", first, "--content", RepoRoot.Content, "--date", "2026-11-23").Code);
        Assert.Equal(0, Run("uitlegboekje", "--municipality", "voorbeeldstad", "-o", second, "--content", RepoRoot.Content, "--date", "2026-11-23").Code);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void FormatWithoutUitlegFile_ExitsOne_AndSaysWhichFileIsMissing()
    {
        using var folder = new TempContent();
        File.Copy(Path.Combine(RepoRoot.Content, "formats", "basis.yaml"), Path.Combine(folder.Formats, "basis.yaml"));
        File.Copy(Path.Combine(RepoRoot.Content, "municipalities", "almere.yaml"), Path.Combine(folder.Municipalities, "almere.yaml"));
        var pdf = Path.Combine(folder.Root, "uitleg.pdf");

        var (code, _, error) = Run("uitlegboekje", "--municipality", "almere", "-o", pdf, "--content", folder.Root);

        Assert.Equal(1, code);
        Assert.Contains("content/uitleg/basis.yaml", error);
        Assert.False(File.Exists(pdf));
    }

    [Fact]
    public void UnknownMunicipality_ExitsOne()
    {
        var (code, _, error) = Run("uitlegboekje", "--municipality", "atlantis", "-o", Path.GetTempFileName(), "--content", RepoRoot.Content);

        Assert.Equal(1, code);
        Assert.Contains("atlantis", error);
    }

    [Theory]
    [InlineData("uitlegboekje", "-o", "x.pdf")]
    [InlineData("uitlegboekje", "--municipality", "almere")]
    [InlineData("uitlegboekje", "--municipality", "almere", "-o", "x.pdf", "--date", "morgen")]
    public void WrongCommandLine_ExitsTwoWithExplanation(params string[] args)
    {
        var (code, _, error) = Run([.. args, "--content", RepoRoot.Content]);

        Assert.Equal(2, code);
        Assert.NotEmpty(error);
    }
}
