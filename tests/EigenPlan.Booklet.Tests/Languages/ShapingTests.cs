using System.Text;
using EigenPlan.Booklet.Shaping;
using EigenPlan.Booklet.Style;

namespace EigenPlan.Booklet.Tests.Languages;

/// <summary>Arabic shaping and the small bidi, on strings: what the booklet hands PDFsharp to draw, left to right.</summary>
public class ShapingTests
{
    public ShapingTests() => Fonts.PdfSharpSetup.EnsureInitialized();

    [Theory]
    [InlineData("بيت", "\uFE91\uFEF4\uFE96")] // beh initial, yeh medial, teh final
    [InlineData("لا", "\uFEFB")] // lam-alef, one ligature
    [InlineData("سلام", "\uFEB3\uFEFC\uFEE1")] // seen initial, lam-alef final, meem alone (alef does not join on)
    [InlineData("الآن", "\uFE8D\uFEF5\uFEE5")] // alef alone, lam with alef-madda as the isolated ligature, noon alone
    public void Shape_GivesEachLetterItsJoinedForm(string logical, string expected)
    {
        Assert.Equal(expected, ArabicShaper.ShapeToString(logical));
        Assert.Equal(logical, ArabicShaper.ShapeToString(logical).Normalize(NormalizationForm.FormKC));
    }

    [Fact]
    public void Shape_KeepsHarakatAfterTheirLetter_AndJoinsAcrossThem()
    {
        // "كَتَبَ": the marks are transparent, so kaf and teh still join.
        var shaped = ArabicShaper.ShapeToString("كَتَبَ");
        Assert.Equal("\uFEDB\u064E\uFE98\u064E\uFE90\u064E", shaped);
    }

    [Fact]
    public void Line_WithANumber_RunsRightToLeft_ButKeepsTheNumberInItsOwnOrder()
    {
        var line = ShapedText.Of("عمري 45 سنة", Typography.Regular(12));

        Assert.True(line.RightToLeft);
        Assert.Equal("ةنس 45 يرمع", line.Visual.Normalize(NormalizationForm.FormKC));
    }

    [Fact]
    public void Line_WithALatinName_KeepsTheNameLeftToRight_AndMirrorsBrackets()
    {
        var line = ShapedText.Of("أسكن في Almere (هولندا)", Typography.Regular(12));

        Assert.Equal("(ادنلوه) Almere يف نكسأ", line.Visual.Normalize(NormalizationForm.FormKC));
        Assert.Contains(line.Segments, s => s.Text.Contains("Almere", StringComparison.Ordinal) && s.Font.FontFamily.Name == "Atkinson Hyperlegible");
        Assert.Contains(line.Segments, s => s.Font.FontFamily.Name == "EigenPlan Noto Sans Arabic");
    }

    [Fact]
    public void DutchLine_WithAnArabicName_StaysLeftToRight_AndReversesOnlyTheName()
    {
        var line = ShapedText.Of("Mijn buurman سامي helpt", Typography.Regular(12));

        Assert.False(line.RightToLeft);
        Assert.Equal("Mijn buurman يماس helpt", line.Visual.Normalize(NormalizationForm.FormKC));
    }

    [Fact]
    public void DutchLine_IsOneSegmentInTheBookletsOwnFace()
    {
        var font = Typography.Regular(12);
        var line = ShapedText.Of("Ik heb ’s avonds de meeste rust: €180, café", font);

        Assert.Equal(line.Segments.Single().Font, font);
        Assert.Equal("Ik heb ’s avonds de meeste rust: €180, café", line.Visual);
    }

    [Fact]
    public void TurkishCapitalDottedI_ComesFromTheFallbackFace()
    {
        var line = ShapedText.Of("İzmir", Typography.Bold(12));

        Assert.Equal("İzmir", line.Visual);
        Assert.Equal("EigenPlan Noto Sans", line.Segments[0].Font.FontFamily.Name);
        Assert.Equal("Atkinson Hyperlegible", line.Segments[^1].Font.FontFamily.Name);
    }
}
