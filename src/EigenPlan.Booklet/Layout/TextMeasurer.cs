using EigenPlan.Booklet.Fonts;
using EigenPlan.Booklet.Shaping;
using PdfSharp.Drawing;

namespace EigenPlan.Booklet.Layout;

/// <summary>
/// Measures text widths with PDFsharp, caching per font and word: a 20,000-character answer repeats many words,
/// and measuring is the hot path of layout.
/// </summary>
public sealed class TextMeasurer : IDisposable
{
    private readonly XGraphics gfx = XGraphics.CreateMeasureContext(
        new XSize(PageGeometry.Width, PageGeometry.Height), XGraphicsUnit.Point, XPageDirection.Downwards);
    private readonly Dictionary<(XFont, string), double> cache = [];

    public double Width(string text, XFont font)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        // Long strings (broken-up giant words) are measured directly: caching them would only grow the dictionary.
        if (text.Length > 40)
        {
            return Measure(text, font);
        }

        if (!cache.TryGetValue((font, text), out var width))
        {
            width = Measure(text, font);
            cache[(font, text)] = width;
        }

        return width;
    }

    /// <summary>Text the booklet's face draws as is is measured directly; other text as shaped, per fallback font.</summary>
    private double Measure(string text, XFont font) => BookletFonts.MainFaceHasAll(text, font)
        ? gfx.MeasureString(text, font).Width
        : ShapedText.Of(text, font).Width((t, f) => gfx.MeasureString(t, f).Width);

    /// <summary>The text as is when it fits, otherwise cut at a character and ended with "…" (titles on one line only).</summary>
    public string Ellipsize(string text, XFont font, double width)
    {
        if (Width(text, font) <= width)
        {
            return text;
        }

        var shorter = text;
        while (shorter.Length > 1 && Width(shorter + "…", font) > width)
        {
            shorter = shorter[..^1];
        }

        return shorter + "…";
    }

    public void Dispose() => gfx.Dispose();
}
