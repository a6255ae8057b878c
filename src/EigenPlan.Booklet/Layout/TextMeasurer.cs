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
            return gfx.MeasureString(text, font).Width;
        }

        if (!cache.TryGetValue((font, text), out var width))
        {
            width = gfx.MeasureString(text, font).Width;
            cache[(font, text)] = width;
        }

        return width;
    }

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
