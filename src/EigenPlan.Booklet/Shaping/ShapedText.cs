using System.Text;
using EigenPlan.Booklet.Fonts;
using PdfSharp.Drawing;

namespace EigenPlan.Booklet.Shaping;

/// <summary>One piece of a line in one font, in drawing order (left to right on the page).</summary>
internal readonly record struct Segment(string Text, XFont Font);

/// <summary>
/// One line of text made ready for PDFsharp, which draws characters left to right in one font: Arabic shaped into its
/// joined forms, the line reordered for right-to-left runs (<see cref="Bidi"/>), and cut into segments per font
/// (<see cref="BookletFonts"/>). A line the booklet's own face draws as is (all Dutch text) stays one segment, unchanged,
/// so Dutch booklets come out byte for byte as before.
/// </summary>
internal sealed class ShapedText
{
    private ShapedText(IReadOnlyList<Segment> segments, bool rightToLeft)
    {
        Segments = segments;
        RightToLeft = rightToLeft;
    }

    public IReadOnlyList<Segment> Segments { get; }

    /// <summary>The line's base direction: right to left lines are aligned to the right edge when one is given.</summary>
    public bool RightToLeft { get; }

    /// <summary>The text as drawn, left to right (what a PDF reader extracts).</summary>
    public string Visual => string.Concat(Segments.Select(s => s.Text));

    /// <summary>
    /// Shapes a line. <paramref name="rightToLeft"/> is the paragraph direction; null takes it from the first letter
    /// (an Arabic answer in a Dutch plan runs right to left, a Dutch name in an Arabic booklet left to right).
    /// </summary>
    public static ShapedText Of(string text, XFont font, bool? rightToLeft = null)
    {
        var rtl = rightToLeft ?? Bidi.StartsRightToLeft(text);
        if (BookletFonts.MainFaceHasAll(text, font))
        {
            return new ShapedText([new Segment(text, font)], rtl);
        }

        var clusters = ArabicShaper.Shape(text);
        var levels = !rtl && Bidi.IsAllLeftToRight(text) ? null : Bidi.Levels(clusters, text, rtl);
        var order = levels is null ? Enumerable.Range(0, clusters.Count).ToArray() : Bidi.VisualOrder(levels);

        var segments = new List<Segment>();
        var run = new StringBuilder();
        XFont? runFont = null;
        foreach (var index in order)
        {
            var cluster = clusters[index];
            var reversed = levels is not null && levels[index] % 2 == 1;
            var glyphs = reversed ? Reverse(Bidi.Mirror(cluster.Text)) : cluster.Text;
            // Spaces and punctuation stay in the font around them when it has them: fewer, longer runs.
            var clusterFont = runFont is not null && !char.IsLetterOrDigit(glyphs, 0) && !cluster.IsArabic && BookletFonts.Covers(runFont, glyphs)
                ? runFont
                : BookletFonts.For(glyphs, font, cluster.IsArabic);
            if (runFont is not null && !ReferenceEquals(clusterFont, runFont))
            {
                segments.Add(new Segment(run.ToString(), runFont));
                run.Clear();
            }

            runFont = clusterFont;
            run.Append(glyphs);
        }

        if (runFont is not null)
        {
            segments.Add(new Segment(run.ToString(), runFont));
        }

        return new ShapedText(segments, rtl);
    }

    /// <summary>The width of the whole line, measured per segment.</summary>
    public double Width(Func<string, XFont, double> measure) => Segments.Sum(s => measure(s.Text, s.Font));

    /// <summary>
    /// Draws the line with its baseline at <paramref name="baseline"/>: from <paramref name="x"/>, or ending at
    /// <paramref name="rightEdge"/> when the line runs right to left and a right edge is given.
    /// </summary>
    public void Draw(XGraphics gfx, XBrush brush, double x, double baseline, double? rightEdge = null)
    {
        if (RightToLeft && rightEdge is { } right)
        {
            x = right - Width((t, f) => gfx.MeasureString(t, f).Width);
        }

        foreach (var segment in Segments)
        {
            gfx.DrawString(segment.Text, segment.Font, brush, x, baseline);
            if (Segments.Count > 1)
            {
                x += gfx.MeasureString(segment.Text, segment.Font).Width;
            }
        }
    }

    /// <summary>A cluster drawn right to left: marks before their letter, so they land on it (they have no width).</summary>
    private static string Reverse(string cluster)
    {
        if (cluster.Length == 1)
        {
            return cluster;
        }

        var chars = cluster.ToCharArray();
        Array.Reverse(chars);
        return new string(chars);
    }
}
