using EigenPlan.Booklet.Figures;
using EigenPlan.Booklet.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace EigenPlan.Booklet.Tests;

/// <summary>
/// The five faces on one page at print size: a row as printed for an unchosen face, and a row with each face chosen
/// (filled in a house colour). Read back in grayscale to check that a black-and-white print tells them apart.
/// </summary>
public static class FaceSheet
{
    public const double Left = 40;
    public const double Pitch = 40;
    public const double UnchosenY = 40;
    public const double ChosenY = 90;

    public static XPoint Center(int level, bool chosen) => new(Left + ((level - 1) * Pitch), chosen ? ChosenY : UnchosenY);

    public static byte[] Render(double radius, string accentHex)
    {
        PdfSharpSetup.EnsureInitialized();
        using var document = new PdfDocument();
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(240);
        page.Height = XUnit.FromPoint(130);
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            var accent = Style.Palette.FromHex(accentHex);
            for (var level = 1; level <= 5; level++)
            {
                SmileyFigure.Draw(gfx, Center(level, chosen: false), radius, level, chosen: false, accent);
                SmileyFigure.Draw(gfx, Center(level, chosen: true), radius, level, chosen: true, accent);
            }
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    /// <summary>
    /// How different two faces look in grayscale: the share of pixels in the face's square (2r × 2r) whose gray
    /// values differ by more than 64 of 255 — a difference a black-and-white print keeps.
    /// </summary>
    public static double Difference(GrayPixels pixels, XPoint a, XPoint b, double radius)
    {
        var r = pixels.Pixels(radius);
        var (ax, ay, bx, by) = (pixels.Pixels(a.X), pixels.Pixels(a.Y), pixels.Pixels(b.X), pixels.Pixels(b.Y));
        var different = 0;
        for (var dy = -r; dy < r; dy++)
        {
            for (var dx = -r; dx < r; dx++)
            {
                if (Math.Abs(pixels.At(ax + dx, ay + dy) - pixels.At(bx + dx, by + dy)) > 64)
                {
                    different++;
                }
            }
        }

        return different / (4.0 * r * r);
    }
}
