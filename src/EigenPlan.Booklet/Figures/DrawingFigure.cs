using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Style;
using PdfSharp.Drawing;

namespace EigenPlan.Booklet.Figures;

/// <summary>The resident's drawing from the vrije ruimte page, scaled from the 1000 × 700 canvas into a frame.</summary>
public static class DrawingFigure
{
    public static void Draw(XGraphics gfx, XRect frame, IReadOnlyList<BookletStroke> strokes)
    {
        var scale = Math.Min(frame.Width / Core.Plans.Drawing.Width, frame.Height / Core.Plans.Drawing.Height);
        foreach (var stroke in strokes)
        {
            var pen = new XPen(Palette.FromHex(stroke.Color), Math.Max(0.4, stroke.LineWidth * scale))
            {
                LineCap = XLineCap.Round,
                LineJoin = XLineJoin.Round,
            };
            var points = new XPoint[stroke.Points.Count / 2];
            for (var i = 0; i < points.Length; i++)
            {
                points[i] = new XPoint(frame.X + (stroke.Points[2 * i] * scale), frame.Y + (stroke.Points[(2 * i) + 1] * scale));
            }

            if (points.Length == 1)
            {
                // A single tap is a dot.
                var r = pen.Width / 2;
                gfx.DrawEllipse(new XSolidBrush(pen.Color), points[0].X - r, points[0].Y - r, r * 2, r * 2);
            }
            else
            {
                gfx.DrawLines(pen, points);
            }
        }
    }
}
