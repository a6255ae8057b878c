using System.Text;
using PdfSharp.Drawing;

namespace EigenPlan.Booklet.Layout;

/// <summary>
/// Breaks text into lines one at a time, so the width may change between pages (a narrow column next to the
/// side box, full width on a "vervolg" page). Words are never cut, except a word longer than a whole line,
/// which is broken by characters. Runs of empty lines collapse into one.
/// </summary>
public sealed class LineBreaker
{
    private readonly List<string[]> paragraphs = [];
    private readonly XFont font;
    private readonly TextMeasurer measurer;
    private int paragraph;
    private int word;
    private int offset;

    public LineBreaker(string text, XFont font, TextMeasurer measurer)
    {
        this.font = font;
        this.measurer = measurer;
        foreach (var line in text.Split('\n'))
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 0 || (paragraphs.Count > 0 && paragraphs[^1].Length > 0))
            {
                paragraphs.Add(words);
            }
        }

        while (paragraphs.Count > 0 && paragraphs[^1].Length == 0)
        {
            paragraphs.RemoveAt(paragraphs.Count - 1);
        }
    }

    public bool IsDone => paragraph >= paragraphs.Count;

    /// <summary>The next line that fits in <paramref name="width"/>, or null when all text is placed.</summary>
    public string? NextLine(double width)
    {
        if (IsDone)
        {
            return null;
        }

        var words = paragraphs[paragraph];
        var line = new StringBuilder();
        var lineWidth = 0.0;
        var space = measurer.Width(" ", font);
        while (word < words.Length)
        {
            var text = offset > 0 ? words[word][offset..] : words[word];
            var textWidth = measurer.Width(text, font);
            var needed = line.Length == 0 ? textWidth : lineWidth + space + textWidth;
            if (needed <= width)
            {
                if (line.Length > 0)
                {
                    line.Append(' ');
                }

                line.Append(text);
                lineWidth = needed;
                word++;
                offset = 0;
            }
            else if (line.Length == 0)
            {
                var count = FitCharacters(text, width);
                line.Append(text, 0, count);
                offset += count;
                return line.ToString();
            }
            else
            {
                break;
            }
        }

        if (word >= words.Length)
        {
            paragraph++;
            word = 0;
            offset = 0;
        }

        return line.ToString();
    }

    /// <summary>How many characters of a too-long word fit on a line (at least one, never half a surrogate pair).</summary>
    private int FitCharacters(string text, double width)
    {
        int low = 1, high = text.Length;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (measurer.Width(text[..mid], font) <= width)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        if (low < text.Length && char.IsHighSurrogate(text[low - 1]))
        {
            low = low > 1 ? low - 1 : low + 1;
        }

        return low;
    }
}
