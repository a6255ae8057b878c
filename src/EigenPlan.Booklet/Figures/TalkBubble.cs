using PdfSharp.Drawing;

namespace EigenPlan.Booklet.Figures;

/// <summary>A small speech bubble: the mark of "Hier wil ik over praten", always drawn next to those words.</summary>
public static class TalkBubble
{
    public static void Draw(XGraphics gfx, XRect box, XColor color)
    {
        var body = new XRect(box.X, box.Y, box.Width, box.Height * 0.75);
        var brush = new XSolidBrush(color);
        gfx.DrawRoundedRectangle(brush, body, new XSize(box.Height * 0.7, box.Height * 0.7));
        // The tail, bottom left, as in a comic.
        gfx.DrawPolygon(brush, [
            new XPoint(box.X + (box.Width * 0.22), body.Bottom - 0.5),
            new XPoint(box.X + (box.Width * 0.18), box.Bottom),
            new XPoint(box.X + (box.Width * 0.44), body.Bottom - 0.5),
        ], XFillMode.Winding);

        // Three dots: someone is about to speak.
        var dot = box.Height * 0.1;
        for (var i = -1; i <= 1; i++)
        {
            var cx = box.X + (box.Width / 2) + (i * box.Width * 0.22);
            var cy = body.Y + (body.Height / 2);
            gfx.DrawEllipse(XBrushes.White, cx - dot, cy - dot, dot * 2, dot * 2);
        }
    }
}
