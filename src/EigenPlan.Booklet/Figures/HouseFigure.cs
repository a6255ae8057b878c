using EigenPlan.Core.Content;
using PdfSharp.Drawing;

namespace EigenPlan.Booklet.Figures;

/// <summary>A house as on the huisjesplaat: a roof, a chimney and a body in the house colour, its icon in white.</summary>
public static class HouseFigure
{
    /// <summary>Draws the house inside <paramref name="box"/> (wider than tall works best: about 1 : 0.9).</summary>
    public static void Draw(XGraphics gfx, XRect box, XColor color, HouseIcon icon)
    {
        var brush = new XSolidBrush(color);
        var roofHeight = box.Height * 0.38;
        var bodyInset = box.Width * 0.1;
        var body = new XRect(box.X + bodyInset, box.Y + roofHeight, box.Width - (2 * bodyInset), box.Height - roofHeight);

        // Chimney first, so the roof overlaps its foot.
        gfx.DrawRectangle(brush, box.X + (box.Width * 0.68), box.Y + (roofHeight * 0.15), box.Width * 0.1, roofHeight * 0.6);
        gfx.DrawPolygon(brush, [
            new XPoint(box.X, box.Y + roofHeight + 1),
            new XPoint(box.X + (box.Width / 2), box.Y),
            new XPoint(box.Right, box.Y + roofHeight + 1),
        ], XFillMode.Winding);
        gfx.DrawRectangle(brush, body);

        var iconSize = Math.Min(body.Width, body.Height) * 0.72;
        var iconBox = new XRect(body.X + ((body.Width - iconSize) / 2), body.Y + ((body.Height - iconSize) / 2), iconSize, iconSize);
        HouseIcons.Draw(gfx, iconBox, icon, XColors.White);
    }
}
