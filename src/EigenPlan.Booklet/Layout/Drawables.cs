using EigenPlan.Booklet.Shaping;
using PdfSharp.Drawing;

namespace EigenPlan.Booklet.Layout;

/// <summary>Something placed on a page during layout and drawn during rendering.</summary>
public interface IDrawable
{
    void Draw(XGraphics gfx, RenderContext context);
}

/// <summary>What is only known once the whole booklet is laid out: page numbers.</summary>
public sealed record RenderContext(int PageNumber, int PageCount, IReadOnlyDictionary<string, int> Anchors);

/// <summary>
/// One line of text at a baseline, from <see cref="X"/>. A line that runs right to left (Arabic) ends at
/// <see cref="RightEdge"/> instead when one is given; letters the booklet's face lacks come from a fallback font.
/// </summary>
public sealed record TextRun(string Text, XFont Font, XColor Color, double X, double Baseline) : IDrawable
{
    /// <summary>Where a right-to-left line ends (the column's right edge); null keeps every line at <see cref="X"/>.</summary>
    public double? RightEdge { get; init; }

    /// <summary>The paragraph's direction; null takes it from the line's first letter.</summary>
    public bool? RightToLeft { get; init; }

    public void Draw(XGraphics gfx, RenderContext context) =>
        ShapedText.Of(Text, Font, RightToLeft).Draw(gfx, new XSolidBrush(Color), X, Baseline, RightEdge);
}

/// <summary>
/// A rectangle. Mutable on purpose: a box that flows over pages is added before its text (so it is drawn behind it)
/// and gets its height once the text on that page is placed.
/// </summary>
public sealed class RectShape(double x, double y, double width, double height) : IDrawable
{
    public double X { get; set; } = x;
    public double Y { get; set; } = y;
    public double Width { get; set; } = width;
    public double Height { get; set; } = height;
    public XColor? Fill { get; init; }
    public XColor? Stroke { get; init; }
    public double StrokeWidth { get; init; } = 1;
    public double Radius { get; init; }
    /// <summary>A dashed outline, as around the examples in the uitlegboekje.</summary>
    public bool Dashed { get; init; }

    public void Draw(XGraphics gfx, RenderContext context)
    {
        if (Width <= 0 || Height <= 0)
        {
            return;
        }

        var pen = Stroke is { } s ? new XPen(s, StrokeWidth) { DashStyle = Dashed ? XDashStyle.Dash : XDashStyle.Solid } : null;
        var brush = Fill is { } f ? new XSolidBrush(f) : null;
        if (Radius > 0)
        {
            var r = Math.Min(Radius, Math.Min(Width, Height) / 2);
            gfx.DrawRoundedRectangle(pen, brush, X, Y, Width, Height, r * 2, r * 2);
        }
        else
        {
            gfx.DrawRectangle(pen, brush, X, Y, Width, Height);
        }
    }
}

/// <summary>A straight line, e.g. a writing line in the blank booklet.</summary>
public sealed record LineShape(double X1, double Y1, double X2, double Y2, XColor Color, double Width, bool Dotted = false) : IDrawable
{
    public void Draw(XGraphics gfx, RenderContext context)
    {
        var pen = new XPen(Color, Width);
        if (Dotted)
        {
            pen.DashStyle = XDashStyle.Dot;
        }

        gfx.DrawLine(pen, X1, Y1, X2, Y2);
    }
}

/// <summary>Vector artwork (houses, smileys, a resident's drawing) drawn by code.</summary>
public sealed class Artwork(Action<XGraphics> draw) : IDrawable
{
    public void Draw(XGraphics gfx, RenderContext context) => draw(gfx);
}

/// <summary>Text known only after layout: a page number for an anchor, or "pagina X van Y". Right-aligned at <paramref name="Right"/>.</summary>
public sealed record LateText(Func<RenderContext, string> Text, XFont Font, XColor Color, double Right, double Baseline) : IDrawable
{
    public void Draw(XGraphics gfx, RenderContext context)
    {
        var line = ShapedText.Of(Text(context), Font);
        var width = line.Width((t, f) => gfx.MeasureString(t, f).Width);
        line.Draw(gfx, new XSolidBrush(Color), Right - width, Baseline);
    }
}
