using Xunit.Abstractions;

namespace EigenPlan.Booklet.Tests;

/// <summary>
/// Residents print the booklet in black and white: each of the five faces must look different there, chosen or not.
/// The faces are drawn at the smallest size the booklet prints them (the huisjesplaat) and read back in grayscale at
/// 150 dpi, as a home printer would render them.
/// </summary>
public class FacesInGrayscaleTests(ITestOutputHelper output)
{
    /// <summary>
    /// At least this share of a face's square must differ by more than 64 gray levels between any two faces. The faces
    /// before issue 14, which differed only in the curve of the mouth, had 11.5 % (1–2) and 11.2 % (4–5) unchosen, and
    /// 6.1 % and 6.0 % chosen.
    /// </summary>
    private const double MinDifference = 0.12;

    private const double Radius = 9.5;
    private const int Dpi = 150;

    [Theory]
    [InlineData(false, "#1F5F7A")]
    [InlineData(true, "#1F5F7A")]
    [InlineData(true, "#2E6B3A")]
    [InlineData(true, "#9B2343")]
    [InlineData(true, "#2B4C8C")]
    public void Faces_EveryPair_DiffersClearlyInGrayscale(bool chosen, string houseColor)
    {
        var pixels = GrayPixels.Render(FaceSheet.Render(Radius, houseColor), page: 1, Dpi);

        var pairs = new List<(int A, int B, double Difference)>();
        for (var a = 1; a <= 5; a++)
        {
            for (var b = a + 1; b <= 5; b++)
            {
                pairs.Add((a, b, FaceSheet.Difference(pixels, FaceSheet.Center(a, chosen), FaceSheet.Center(b, chosen), Radius)));
            }
        }

        output.WriteLine(string.Join("  ", pairs.Select(p => $"{p.A}–{p.B}: {p.Difference:P1}")));
        var weakest = pairs.MinBy(p => p.Difference);
        Assert.True(weakest.Difference >= MinDifference,
            $"Faces {weakest.A} and {weakest.B} differ in only {weakest.Difference:P1} of their pixels (need {MinDifference:P0}).");
    }

    [Theory]
    [InlineData("#1F5F7A")]
    [InlineData("#9B2343")]
    public void Faces_ChosenFace_StandsOutFromTheSameFaceUnchosen(string houseColor)
    {
        var pixels = GrayPixels.Render(FaceSheet.Render(Radius, houseColor), page: 1, Dpi);

        for (var level = 1; level <= 5; level++)
        {
            var difference = FaceSheet.Difference(pixels, FaceSheet.Center(level, chosen: true), FaceSheet.Center(level, chosen: false), Radius);
            Assert.True(difference >= 0.5, $"Chosen face {level} differs from the unchosen one in only {difference:P1} of its pixels.");
        }
    }
}
