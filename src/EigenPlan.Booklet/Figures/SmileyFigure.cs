using EigenPlan.Booklet.Fonts;
using EigenPlan.Booklet.Shaping;
using EigenPlan.Booklet.Style;
using PdfSharp.Drawing;

namespace EigenPlan.Booklet.Figures;

/// <summary>
/// A smiley face from sad (level 1) to happy (level 5). Residents often print the booklet in black and white, so the
/// faces differ in more than the curve of the mouth: the sad faces have worried eyebrows, the happy ones round cheeks,
/// and the two ends go further — <i>heel slecht</i> has a tear and an open, downturned mouth, <i>heel goed</i> laughing
/// eyes and a wide open smile. <i>Gaat wel</i> has a straight mouth. The chosen face is filled in the house colour with
/// a thick dark ring, so it stands out in grayscale too.
/// </summary>
public static class SmileyFigure
{
    public static void Draw(XGraphics gfx, XPoint center, double radius, int level, bool chosen, XColor accent)
    {
        var face = new XRect(center.X - radius, center.Y - radius, radius * 2, radius * 2);
        if (chosen)
        {
            gfx.DrawEllipse(new XPen(Palette.Ink, 2.5), new XSolidBrush(accent), face);
        }
        else
        {
            gfx.DrawEllipse(new XPen(Palette.Muted, 1), new XSolidBrush(XColors.White), face);
        }

        // White lines on the house colour print lighter than ink on paper, so the chosen face gets bolder lines.
        var features = chosen
            ? new Features(gfx, center, radius, XColors.White, accent, lineWeight: 0.21)
            : new Features(gfx, center, radius, Palette.Ink, XColors.White, lineWeight: 0.18);
        switch (Math.Clamp(level, 1, 5))
        {
            case 1:
                features.DotEyes();
                features.Eyebrows(slant: 0.2);
                features.Tear();
                features.OpenMouth(smile: false);
                break;
            case 2:
                features.DotEyes();
                features.Eyebrows(slant: 0.12);
                features.Mouth(curve: -0.4, middle: 0.24, width: 0.5);
                break;
            case 3:
                features.DotEyes();
                features.Mouth(curve: 0, middle: 0.42);
                break;
            case 4:
                features.DotEyes();
                features.Mouth(curve: 0.48, middle: 0.64, width: 0.54);
                features.Cheeks();
                break;
            default:
                features.LaughingEyes();
                features.Cheeks();
                features.OpenMouth(smile: true);
                break;
        }
    }

    /// <summary>"Niet van toepassing": a rounded box with "n.v.t.", marked like a chosen face.</summary>
    public static void DrawNotApplicable(XGraphics gfx, XRect box, bool chosen, XColor accent, XFont font, string text = "n.v.t.")
    {
        var pen = chosen ? new XPen(Palette.Ink, 2.5) : new XPen(Palette.Muted, 1);
        var brush = new XSolidBrush(chosen ? accent : XColors.White);
        gfx.DrawRoundedRectangle(pen, brush, box, new XSize(box.Height * 0.6, box.Height * 0.6));
        var ink = new XSolidBrush(chosen ? XColors.White : Palette.Ink);
        if (BookletFonts.MainFaceHasAll(text, font))
        {
            gfx.DrawString(text, font, ink, box, XStringFormats.Center);
            return;
        }

        // Another script: centred by hand, as PDFsharp's own centring measures in one font only, and made smaller when
        // the words are wider than the box ("لا ينطبق").
        double Measure(string t, XFont f) => gfx.MeasureString(t, f).Width;
        var line = ShapedText.Of(text, font);
        var width = line.Width(Measure);
        if (width > box.Width - 3)
        {
            var size = Math.Max(6, font.Size * (box.Width - 3) / width);
            font = new XFont(font.FontFamily.Name, size, font.Style, font.PdfOptions);
            line = ShapedText.Of(text, font);
            width = line.Width(Measure);
        }

        line.Draw(gfx, ink, box.X + ((box.Width - width) / 2), box.Y + (box.Height / 2) + (font.Size * 0.35));
    }

    /// <summary>The parts of a face, in units of its radius from the centre (y grows downwards).</summary>
    private readonly struct Features(XGraphics gfx, XPoint center, double radius, XColor color, XColor background, double lineWeight)
    {
        private const double EyeX = 0.36;
        private const double EyeY = -0.2;

        private XPen Pen => new(color, Math.Max(1, radius * lineWeight)) { LineCap = XLineCap.Round, LineJoin = XLineJoin.Round };

        private XPoint At(double x, double y) => new(center.X + (x * radius), center.Y + (y * radius));

        public void DotEyes()
        {
            var eye = radius * 0.15;
            var brush = new XSolidBrush(color);
            foreach (var side in (ReadOnlySpan<double>)[-1, 1])
            {
                var c = At(side * EyeX, EyeY);
                gfx.DrawEllipse(brush, c.X - eye, c.Y - eye, eye * 2, eye * 2);
            }
        }

        /// <summary>Closed eyes bent upwards, as when laughing.</summary>
        public void LaughingEyes()
        {
            foreach (var side in (ReadOnlySpan<double>)[-1, 1])
            {
                var c = At(side * EyeX, EyeY + 0.06);
                var w = radius * 0.34;
                gfx.DrawArc(Pen, c.X - (w / 2), c.Y - (w / 2), w, w, 180, 180);
            }
        }

        /// <summary>Eyebrows that rise towards the middle: worried. A larger slant looks more upset.</summary>
        public void Eyebrows(double slant)
        {
            foreach (var side in (ReadOnlySpan<double>)[-1, 1])
            {
                gfx.DrawLine(Pen, At(side * 0.56, -0.46), At(side * 0.16, -0.46 - slant));
            }
        }

        /// <summary>A drop under the right eye.</summary>
        public void Tear()
        {
            var t = radius * 0.12;
            var bottom = At(EyeX + 0.06, EyeY + 0.42);
            var tip = new XPoint(bottom.X, bottom.Y - (t * 2.6));
            var path = new XGraphicsPath();
            path.AddLine(tip, new XPoint(bottom.X + (t * Math.Cos(-Math.PI / 6)), bottom.Y + (t * Math.Sin(-Math.PI / 6))));
            path.AddArc(bottom.X - t, bottom.Y - t, t * 2, t * 2, -30, 240);
            path.CloseFigure();
            gfx.DrawPath(new XSolidBrush(color), path);
        }

        /// <summary>A line mouth: a positive curve smiles, a negative one frowns, zero is straight.</summary>
        public void Mouth(double curve, double middle, double width = 0.48)
        {
            // A cubic Bézier with both control points at y + curve passes through y + ¾ curve in its middle.
            var y = middle - (curve * 0.75);
            gfx.DrawBezier(Pen, At(-width, y), At(-width / 2, y + curve), At(width / 2, y + curve), At(width, y));
        }

        /// <summary>Round cheeks, half-way between the features and the face: they print as gray.</summary>
        public void Cheeks()
        {
            var brush = new XSolidBrush(Mix(color, background, 0.5));
            var (w, h) = (radius * 0.42, radius * 0.28);
            foreach (var side in (ReadOnlySpan<double>)[-1, 1])
            {
                var c = At(side * 0.6, 0.06);
                gfx.DrawEllipse(brush, c.X - (w / 2), c.Y - (h / 2), w, h);
            }
        }

        private static XColor Mix(XColor a, XColor b, double t) => XColor.FromArgb(
            (int)Math.Round(a.R + ((b.R - a.R) * t)), (int)Math.Round(a.G + ((b.G - a.G) * t)), (int)Math.Round(a.B + ((b.B - a.B) * t)));

        /// <summary>A filled half-round mouth: wide open laughing, or turned down and open when it goes very badly.</summary>
        public void OpenMouth(bool smile)
        {
            var path = new XGraphicsPath();
            if (smile)
            {
                var top = At(-0.52, 0.14);
                path.AddArc(top.X, top.Y - (radius * 0.46), radius * 1.04, radius * 0.92, 0, 180);
            }
            else
            {
                var bottom = At(-0.4, 0.66);
                path.AddArc(bottom.X, bottom.Y - (radius * 0.34), radius * 0.8, radius * 0.68, 180, 180);
            }

            path.CloseFigure();
            gfx.DrawPath(new XPen(color, radius * 0.08) { LineJoin = XLineJoin.Round }, new XSolidBrush(color), path);
        }
    }
}
