using System.Diagnostics;
using EigenPlan.Content;
using EigenPlan.Core.Plans;

namespace EigenPlan.Cli.Tests;

public class BookletCommandTests
{
    private static (int Code, string Out, string Error) Run(params string[] args) => Cli.Run(args);

    [Fact]
    public void Blank_WritesPdfWithEveryQuestion()
    {
        var pdf = Path.Combine(Path.GetTempPath(), $"leeg-{Guid.NewGuid():N}.pdf");

        var (code, output, error) = Run("booklet", "--municipality", "almere", "--blank", "-o", pdf, "--content", RepoRoot.Content);

        Assert.True(code == 0, error);
        Assert.Contains("leeg", output);
        var text = PdfText(pdf);
        Assert.Contains("Mijn Eigen Plan", text);
        Assert.Contains("Wat heb ik nog nodig?", text);
        Assert.Contains("Almere", text);
    }

    [Fact]
    public void FromExportedPlan_WritesTheResidentsWords()
    {
        var snapshot = ContentLoader.LoadDirectory(RepoRoot.Content);
        var municipality = snapshot.FindMunicipality("almere")!;
        var format = snapshot.FindFormat("basis")!;
        var plan = new PlanContent { MunicipalityId = "almere", FormatId = "basis" };
        var editor = new PlanEditor(plan, format, municipality);
        Assert.True(editor.SetAnswer("woonruimte.wonen", "wil", "Een gelijkvloerse woning dichtbij mijn dochter.").Succeeded);
        var export = Path.Combine(Path.GetTempPath(), $"plan-{Guid.NewGuid():N}.json");
        File.WriteAllBytes(export, PlanExport.ToUtf8Json(plan, DateTimeOffset.UtcNow));
        var pdf = Path.ChangeExtension(export, ".pdf");

        var (code, _, error) = Run("booklet", "--municipality", "almere", "--plan", export, "-o", pdf, "--content", RepoRoot.Content);

        Assert.True(code == 0, error);
        Assert.Contains("gelijkvloerse woning dichtbij mijn dochter", PdfText(pdf).Replace('\n', ' '));
    }

    [Fact]
    public void FixedDate_GivesIdenticalBytes()
    {
        var first = Path.Combine(Path.GetTempPath(), $"a-{Guid.NewGuid():N}.pdf");
        var second = Path.Combine(Path.GetTempPath(), $"b-{Guid.NewGuid():N}.pdf");
        Assert.Equal(0, Run("booklet", "--municipality", "voorbeeldstad", "--blank", "-o", first, "--content", RepoRoot.Content, "--date", "2026-11-23").Code);
        Assert.Equal(0, Run("booklet", "--municipality", "voorbeeldstad", "--blank", "-o", second, "--content", RepoRoot.Content, "--date", "2026-11-23").Code);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Theory]
    [InlineData("--taal", "en", "My Own Plan", "Contents")]
    [InlineData("--language", "pl", "Mój Własny Plan", "Spis treści")]
    [InlineData("--taal", "TR", "Kendi Planım", "İçindekiler")]
    public void Blank_InAnotherLanguage_HasTheBookletsWordsInIt(string option, string code, string title, string contents)
    {
        var pdf = Path.Combine(Path.GetTempPath(), $"leeg-{code}-{Guid.NewGuid():N}.pdf");

        var (code2, _, error) = Run("booklet", "--municipality", "almere", "--blank", option, code, "-o", pdf, "--content", RepoRoot.Content);

        Assert.True(code2 == 0, error);
        var text = PdfText(pdf);
        Assert.Contains(title, text);
        Assert.Contains(contents, text);
        Assert.DoesNotContain("Inhoud", text);
    }

    [Fact]
    public void ExportedPlan_WithTaalAr_ComesInArabic_RightToLeft() => ArabicPlanBooklet("--taal", "ar");

    [Fact]
    public void ExportedPlanInArabic_WithoutTaal_ComesInArabic_RightToLeft() => ArabicPlanBooklet();

    private static void ArabicPlanBooklet(params string[] extra)
    {
        var snapshot = ContentLoader.LoadDirectory(RepoRoot.Content);
        var municipality = snapshot.FindMunicipality("almere")!;
        var format = snapshot.FindFormat("basis")!;
        var plan = new PlanContent { MunicipalityId = "almere", FormatId = "basis", Language = "ar" };
        Assert.True(new PlanEditor(plan, format, municipality).SetAnswer("woonruimte.wonen", "wil", "أريد بيتاً قريباً من ابنتي").Succeeded);
        var export = Path.Combine(Path.GetTempPath(), $"plan-ar-{Guid.NewGuid():N}.json");
        File.WriteAllBytes(export, PlanExport.ToUtf8Json(plan, DateTimeOffset.UtcNow));
        var pdf = Path.ChangeExtension(export, ".pdf");

        var (code, _, error) = Run(["booklet", "--municipality", "almere", "--plan", export, "-o", pdf, "--content", RepoRoot.Content, .. extra]);

        Assert.True(code == 0, error);
        // pdftotext puts right-to-left text back in reading order; the letters are the joined forms the booklet drew.
        var text = PdfText(pdf).Normalize(System.Text.NormalizationForm.FormKC);
        Assert.Contains("خطتي الخاصة", text);
        Assert.Contains("أريد بيتاً قريباً من ابنتي", text);
        Assert.DoesNotContain("Inhoud", text);
    }

    [Theory]
    [InlineData("booklet", "--municipality", "almere", "--blank", "-o", "x.pdf", "--taal", "xx")]
    [InlineData("booklet", "--blank", "-o", "x.pdf")]
    [InlineData("booklet", "--municipality", "almere", "-o", "x.pdf")]
    [InlineData("booklet", "--municipality", "almere", "--blank")]
    [InlineData("booklet", "--municipality", "almere", "--blank", "--plan", "p.json", "-o", "x.pdf")]
    [InlineData("booklet", "--municipality", "almere", "--blank", "-o", "x.pdf", "--date", "morgen")]
    [InlineData("booklet", "--municipality", "almere", "--plan", "bestaat-niet.json", "-o", "x.pdf")]
    public void WrongCommandLine_ExitsTwoWithExplanation(params string[] args)
    {
        var (code, _, error) = Run([.. args, "--content", RepoRoot.Content]);
        Assert.Equal(2, code);
        Assert.NotEmpty(error);
    }

    [Fact]
    public void UnknownMunicipality_ExitsOne()
    {
        var (code, _, error) = Run("booklet", "--municipality", "atlantis", "--blank", "-o", Path.GetTempFileName(), "--content", RepoRoot.Content);
        Assert.Equal(1, code);
        Assert.Contains("atlantis", error);
    }

    private static string PdfText(string pdf)
    {
        Assert.Equal("%PDF"u8.ToArray(), File.ReadAllBytes(pdf)[..4]);
        using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", pdf, "-"]) { RedirectStandardOutput = true })!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text;
    }
}
