using EigenPlan.Booklet.Model;
using EigenPlan.Content;
using EigenPlan.Core.Content;
using EigenPlan.Core.Languages;

namespace EigenPlan.Booklet.Tests.Languages;

/// <summary>The uitlegboekje in another language, from the repository's own content, read back from the real PDF.</summary>
public class ExplanationBookletLanguageTests
{
    private static readonly ContentSnapshot Snapshot = ContentLoader.LoadDirectory(RepoRoot.Content);
    private static readonly Municipality Almere = Snapshot.FindMunicipality("almere")!;

    private static byte[] Render(PlanLanguage language) =>
        new ExplanationBookletRenderer().Render(ExplanationBookletModel.Create(
            Snapshot.FindFormat("basis", language)!, Almere, Snapshot.FindExplanation("basis", language)!,
            BookletOptions.Deterministic(BookletPdf.FixedTime) with { Language = language, SiteAddress = "https://eigenplan.almere.nl" }));

    [Fact]
    public void EnglishUitlegboekje_HasTheEnglishWordsAndExamples_AndNoDutchOfItsOwn()
    {
        var pdf = Render(PlanLanguage.English);

        var text = BookletPdf.Squeeze(BookletPdf.RunningText(pdf));
        Assert.Contains(BookletPdf.Squeeze("Explanation booklet for My Own Plan"), text);
        Assert.Contains(BookletPdf.Squeeze("About this booklet"), text);
        Assert.Contains(BookletPdf.Squeeze("This is the explanation booklet for your own plan."), text);
        Assert.Contains(BookletPdf.Squeeze("Example from Sanne"), text);
        Assert.Contains(BookletPdf.Squeeze("I always pay the rent on time."), text);
        Assert.Contains(BookletPdf.Squeeze("I want enough money to get through the whole month."), text);
        Assert.Contains(BookletPdf.Squeeze("What the questions are for"), text);
        Assert.Contains(BookletPdf.Squeeze("Getting started"), text);
        foreach (var dutch in new[] { "Uitlegboekje", "Over dit boekje", "Voorbeeld van", "Zo zijn de vragen bedoeld", "Aan de slag", "Ik betaal de huur altijd op tijd." })
        {
            Assert.DoesNotContain(BookletPdf.Squeeze(dutch), text);
        }
    }

    [Fact]
    public void ArabicUitlegboekje_HasShapedArabicWordsAndExamples()
    {
        var pdf = Render(PlanLanguage.Arabic);

        var lines = LanguageBookletTests.ArabicLines(pdf).Select(l => LanguageBookletTests.Logical(l.Text)).ToList();
        // Words without vowel marks: those come back from the PDF as separate letters.
        Assert.Contains(lines, l => l.Contains("لخطتي الخاصة", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("ما المقصود بالأسئلة", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("لنبدأ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("أدفع الإيجار", StringComparison.Ordinal));
        var text = BookletPdf.Squeeze(BookletPdf.RunningText(pdf));
        Assert.DoesNotContain(BookletPdf.Squeeze("Over dit boekje"), text);
        Assert.DoesNotContain(BookletPdf.Squeeze("Ik betaal de huur altijd op tijd."), text);
    }

    [Fact]
    public void DutchUitlegboekje_IsTheSameWithOrWithoutTheLanguagePassed()
    {
        var format = Snapshot.FindFormat("basis")!;
        var explanation = Snapshot.FindExplanation("basis")!;
        var options = BookletOptions.Deterministic(BookletPdf.FixedTime);

        var plain = new ExplanationBookletRenderer().Render(ExplanationBookletModel.Create(format, Almere, explanation, options));
        var dutch = Render(PlanLanguage.Dutch);
        var explicitDutch = new ExplanationBookletRenderer().Render(ExplanationBookletModel.Create(format, Almere, explanation, options with { Language = PlanLanguage.Dutch }));

        Assert.Equal(plain, explicitDutch);
        Assert.Contains(BookletPdf.Squeeze("Voorbeeld van Sanne"), BookletPdf.Squeeze(BookletPdf.RunningText(dutch)));
    }
}
