using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics.Colors;

namespace EigenPlan.Booklet.Tests;

/// <summary>
/// Reads the writing lines of a booklet back from the PDF's drawn paths: the thin gray horizontal lines in the
/// answer boxes, counted under the question label above them.
/// </summary>
public static class RuledLines
{
    /// <summary>Writing lines per question label on one page (0-based), top to bottom; "(vervolg)" counts for its question.</summary>
    public static List<(string Label, int Lines, double Spacing)> PerQuestion(PdfDocument document, int pageIndex, IReadOnlyList<string> labels)
    {
        var page = document.GetPage(pageIndex + 1);
        var found = LabelsOnPage(page, labels);
        var rules = WritingLines(page);
        var result = new List<(string Label, int Lines, double Spacing)>();
        for (var i = 0; i < found.Count; i++)
        {
            var (label, top) = found[i];
            var bottom = i + 1 < found.Count ? found[i + 1].Top : double.NegativeInfinity;
            var mine = rules.Where(y => y < top && y > bottom).OrderDescending().ToList();
            var spacing = mine.Count > 1 ? mine.Zip(mine.Skip(1), (a, b) => a - b).Min() : double.NaN;
            result.Add((label, mine.Count, spacing));
        }

        return result;
    }

    /// <summary>The y (PDF points from the bottom) of every writing line: stroked, horizontal, wide, in the rule gray.</summary>
    public static List<double> WritingLines(Page page) =>
        page.Paths
            .Where(p => p.IsStroked && !p.IsFilled && Math.Abs(p.LineWidth - 0.8) < 0.01 && IsRuleGray(p.StrokeColor))
            .Select(p => p.GetBoundingRectangle())
            .Where(r => r is { } b && b.Height < 0.5 && b.Width > 100)
            .Select(r => r!.Value.Bottom)
            .ToList();

    private static bool IsRuleGray(IColor? color)
    {
        if (color is null)
        {
            return false;
        }

        var (r, g, b) = color.ToRGBValues();
        return Math.Abs(r - (0xB4 / 255.0)) < 0.01 && Math.Abs(g - r) < 0.01 && Math.Abs(b - r) < 0.01;
    }

    /// <summary>
    /// Question labels on the page, top to bottom, with the y of their first line. A label is the start of a text line
    /// near the left margin that begins a question label (a long label wraps) or is a label followed by "(vervolg)".
    /// </summary>
    private static List<(string Label, double Top)> LabelsOnPage(Page page, IReadOnlyList<string> labels)
    {
        var lines = page.GetWords()
            .Where(w => w.TextOrientation == TextOrientation.Horizontal)
            .GroupBy(w => Math.Round(w.BoundingBox.Bottom))
            .Select(g => g.OrderBy(w => w.BoundingBox.Left).ToList())
            .Where(words => words[0].BoundingBox.Left < 110)
            .Select(words => (Text: string.Join(' ', words.TakeWhile(Contiguous()).Select(w => w.Text)), Top: Math.Round(words[0].BoundingBox.Bottom)));
        var result = new List<(string Label, double Top)>();
        foreach (var (text, top) in lines.OrderByDescending(l => l.Top))
        {
            var label = labels.FirstOrDefault(l => text == $"{l} (vervolg)" || (text.Length >= 8 && l.StartsWith(text, StringComparison.Ordinal)));
            if (label is not null)
            {
                result.Add((label, top));
            }
        }

        return result;
    }

    /// <summary>Words of one text line in one column: stops at a gap wider than a few spaces (the side column).</summary>
    private static Func<Word, bool> Contiguous()
    {
        var previousRight = double.NaN;
        return w =>
        {
            var keep = double.IsNaN(previousRight) || w.BoundingBox.Left - previousRight < 20;
            previousRight = w.BoundingBox.Right;
            return keep;
        };
    }
}
