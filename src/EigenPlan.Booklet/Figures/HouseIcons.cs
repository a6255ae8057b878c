using EigenPlan.Core.Content;
using PdfSharp.Drawing;

namespace EigenPlan.Booklet.Figures;

/// <summary>The six house pictures as simple vector line art, drawn in one colour inside a square.</summary>
public static class HouseIcons
{
    public static void Draw(XGraphics gfx, XRect box, HouseIcon icon, XColor color)
    {
        var s = box.Width;
        var pen = new XPen(color, Math.Max(1.2, s * 0.08)) { LineCap = XLineCap.Round, LineJoin = XLineJoin.Round };
        var brush = new XSolidBrush(color);
        XPoint P(double fx, double fy) => new(box.X + (fx * s), box.Y + (fy * s));

        switch (icon)
        {
            case HouseIcon.Geld:
                // A coin with a euro sign: an open C-arc and two bars.
                gfx.DrawEllipse(pen, box.X + (s * 0.06), box.Y + (s * 0.06), s * 0.88, s * 0.88);
                gfx.DrawArc(pen, box.X + (s * 0.3), box.Y + (s * 0.26), s * 0.44, s * 0.48, 40, 280);
                gfx.DrawLine(pen, P(0.24, 0.44), P(0.56, 0.44));
                gfx.DrawLine(pen, P(0.24, 0.58), P(0.56, 0.58));
                break;
            case HouseIcon.Huis:
                // A front door with a window beside it.
                gfx.DrawRectangle(pen, box.X + (s * 0.14), box.Y + (s * 0.34), s * 0.3, s * 0.6);
                gfx.DrawEllipse(brush, box.X + (s * 0.34), box.Y + (s * 0.62), s * 0.06, s * 0.06);
                gfx.DrawRectangle(pen, box.X + (s * 0.56), box.Y + (s * 0.34), s * 0.32, s * 0.3);
                gfx.DrawLine(pen, P(0.72, 0.34), P(0.72, 0.64));
                gfx.DrawLine(pen, P(0.56, 0.49), P(0.88, 0.49));
                break;
            case HouseIcon.Pleister:
                // A sticking plaster, tilted, with its pad in the middle.
                var state = gfx.Save();
                gfx.RotateAtTransform(-40, P(0.5, 0.5));
                gfx.DrawRoundedRectangle(pen, box.X, box.Y + (s * 0.32), s, s * 0.36, s * 0.34, s * 0.34);
                gfx.DrawRectangle(pen, box.X + (s * 0.34), box.Y + (s * 0.32), s * 0.32, s * 0.36);
                gfx.Restore(state);
                break;
            case HouseIcon.Klok:
                gfx.DrawEllipse(pen, box.X + (s * 0.06), box.Y + (s * 0.06), s * 0.88, s * 0.88);
                gfx.DrawLine(pen, P(0.5, 0.5), P(0.5, 0.22));
                gfx.DrawLine(pen, P(0.5, 0.5), P(0.7, 0.6));
                break;
            case HouseIcon.Mensen:
                // Two people: heads and shoulders.
                gfx.DrawEllipse(pen, box.X + (s * 0.14), box.Y + (s * 0.12), s * 0.26, s * 0.26);
                gfx.DrawArc(pen, box.X + (s * 0.02), box.Y + (s * 0.48), s * 0.5, s * 0.6, 180, 180);
                gfx.DrawEllipse(pen, box.X + (s * 0.6), box.Y + (s * 0.18), s * 0.22, s * 0.22);
                gfx.DrawArc(pen, box.X + (s * 0.5), box.Y + (s * 0.52), s * 0.42, s * 0.52, 180, 180);
                break;
            case HouseIcon.Hand:
            default:
                // An open hand holding a heart: doing things yourself, with care.
                var heart = new XGraphicsPath();
                heart.AddBezier(P(0.5, 0.42), P(0.5, 0.2), P(0.18, 0.18), P(0.2, 0.36));
                heart.AddBezier(P(0.2, 0.36), P(0.22, 0.48), P(0.42, 0.56), P(0.5, 0.64));
                heart.AddBezier(P(0.5, 0.64), P(0.58, 0.56), P(0.78, 0.48), P(0.8, 0.36));
                heart.AddBezier(P(0.8, 0.36), P(0.82, 0.18), P(0.5, 0.2), P(0.5, 0.42));
                heart.CloseFigure();
                gfx.DrawPath(brush, heart);
                gfx.DrawLines(pen, [P(0.04, 0.66), P(0.28, 0.66), P(0.5, 0.78), P(0.78, 0.66), P(0.96, 0.58)]);
                gfx.DrawLine(pen, P(0.04, 0.9), P(0.96, 0.9));
                break;
        }
    }
}
