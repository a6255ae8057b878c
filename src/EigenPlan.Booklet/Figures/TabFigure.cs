using EigenPlan.Booklet.Fonts;
using EigenPlan.Booklet.Layout;
using EigenPlan.Booklet.Shaping;
using PdfSharp.Drawing;

namespace EigenPlan.Booklet.Figures;

/// <summary>
/// The coloured tab on the right edge, like a tab divider: house i of n always sits in band i, so a closed booklet
/// shows where each house starts. The house name runs along the tab in white.
/// </summary>
public static class TabFigure
{
    /// <summary>The tab's rectangle for a house: the same on every page of that house.</summary>
    public static XRect Bounds(int houseIndex, int houseCount)
    {
        var count = Math.Max(1, houseCount);
        var band = (PageGeometry.TabBandBottom - PageGeometry.TabBandTop) / count;
        var top = PageGeometry.TabBandTop + (Math.Clamp(houseIndex, 0, count - 1) * band);
        return new XRect(PageGeometry.Width - PageGeometry.TabWidth, top + (PageGeometry.TabGap / 2), PageGeometry.TabWidth, band - PageGeometry.TabGap);
    }

    public static void Draw(XGraphics gfx, HouseTab tab, Style.Typography typography)
    {
        var bounds = Bounds(tab.HouseIndex, tab.HouseCount);
        // A rounded left edge; the right side runs off the page (bleed), like a printed tab.
        gfx.DrawRoundedRectangle(new XSolidBrush(tab.Color), bounds.X, bounds.Y, bounds.Width + 8, bounds.Height, 10, 10);

        var (text, font) = FitName(gfx, tab.Name, bounds.Height - 12, typography);
        var state = gfx.Save();
        var center = new XPoint(bounds.X + (bounds.Width / 2), bounds.Y + (bounds.Height / 2));
        gfx.RotateAtTransform(90, center);
        var rotated = new XRect(center.X - (bounds.Height / 2), center.Y - (bounds.Width / 2), bounds.Height, bounds.Width);
        if (BookletFonts.MainFaceHasAll(text, font))
        {
            gfx.DrawString(text, font, XBrushes.White, rotated, XStringFormats.Center);
        }
        else
        {
            // Another script: centred by hand, as PDFsharp's own centring measures in one font only.
            var line = ShapedText.Of(text, font);
            var width = Width(gfx, text, font);
            line.Draw(gfx, XBrushes.White, rotated.X + ((rotated.Width - width) / 2), rotated.Y + (rotated.Height / 2) + (font.Size * 0.35));
        }

        gfx.Restore(state);
    }

    /// <summary>Shrinks the name to fit the tab, down to 7 pt; beyond that it is shortened with an ellipsis.</summary>
    private static (string Text, XFont Font) FitName(XGraphics gfx, string name, double room, Style.Typography typography)
    {
        for (var size = 11.0; size >= 7; size -= 0.5)
        {
            var font = typography.BoldOfSize(size);
            if (Width(gfx, name, font) <= room)
            {
                return (name, font);
            }
        }

        var small = typography.BoldOfSize(7);
        var text = name;
        while (text.Length > 1 && Width(gfx, text + "…", small) > room)
        {
            text = text[..^1];
        }

        return (text + "…", small);
    }

    private static double Width(XGraphics gfx, string text, XFont font) => BookletFonts.MainFaceHasAll(text, font)
        ? gfx.MeasureString(text, font).Width
        : ShapedText.Of(text, font).Width((t, f) => gfx.MeasureString(t, f).Width);
}
