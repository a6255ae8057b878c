using EigenPlan.Booklet.Style;
using PdfSharp.Drawing;

namespace EigenPlan.Booklet.Figures;

/// <summary>
/// A smiley face: circle, two eyes and a mouth that curves from sad (level 1) to happy (level 5). The chosen face is
/// filled in the house colour with a thick dark ring, so it stands out even in black-and-white print.
/// </summary>
public static class SmileyFigure
{
    public static void Draw(XGraphics gfx, XPoint center, double radius, int level, bool chosen, XColor accent)
    {
        var face = new XRect(center.X - radius, center.Y - radius, radius * 2, radius * 2);
        var featureColor = chosen ? XColors.White : Palette.Ink;
        if (chosen)
        {
            gfx.DrawEllipse(new XPen(Palette.Ink, 2.5), new XSolidBrush(accent), face);
        }
        else
        {
            gfx.DrawEllipse(new XPen(Palette.Muted, 1), new XSolidBrush(XColors.White), face);
        }

        var eye = radius * 0.13;
        var eyeBrush = new XSolidBrush(featureColor);
        gfx.DrawEllipse(eyeBrush, center.X - (radius * 0.36) - eye, center.Y - (radius * 0.3) - eye, eye * 2, eye * 2);
        gfx.DrawEllipse(eyeBrush, center.X + (radius * 0.36) - eye, center.Y - (radius * 0.3) - eye, eye * 2, eye * 2);

        // Mouth: the control points move down for a smile and up for a frown; level 3 is a straight line.
        var curve = (Math.Clamp(level, 1, 5) - 3) * radius * 0.22;
        var mouthY = center.Y + (radius * 0.38) - (curve * 0.5);
        var pen = new XPen(featureColor, Math.Max(1, radius * 0.13)) { LineCap = XLineCap.Round };
        gfx.DrawBezier(pen,
            new XPoint(center.X - (radius * 0.45), mouthY),
            new XPoint(center.X - (radius * 0.2), mouthY + curve),
            new XPoint(center.X + (radius * 0.2), mouthY + curve),
            new XPoint(center.X + (radius * 0.45), mouthY));
    }

    /// <summary>"Niet van toepassing": a rounded box with "n.v.t.", marked like a chosen face.</summary>
    public static void DrawNotApplicable(XGraphics gfx, XRect box, bool chosen, XColor accent, XFont font)
    {
        var pen = chosen ? new XPen(Palette.Ink, 2.5) : new XPen(Palette.Muted, 1);
        var brush = new XSolidBrush(chosen ? accent : XColors.White);
        gfx.DrawRoundedRectangle(pen, brush, box, new XSize(box.Height * 0.6, box.Height * 0.6));
        gfx.DrawString("n.v.t.", font, new XSolidBrush(chosen ? XColors.White : Palette.Ink), box, XStringFormats.Center);
    }
}
