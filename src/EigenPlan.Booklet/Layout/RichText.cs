using System.Text;
using EigenPlan.Booklet.Style;
using EigenPlan.Content;
using PdfSharp.Drawing;
using MarkdownRun = EigenPlan.Content.TextRun;

namespace EigenPlan.Booklet.Layout;

/// <summary>
/// Typesets Markdown that <see cref="SafeMarkdown.ToPlainBlocks"/> turned into paragraphs and list items with bold
/// runs: words wrap across regular and bold, a bold word glued to a comma stays with it, list items get a bullet or
/// their number, and text flows onto "vervolg" pages like any other text. A word longer than a line is broken by
/// characters, as in <see cref="LineBreaker"/>.
/// </summary>
internal static class RichText
{
    private const double ListIndent = 14;

    public static void Write(PageFlow flow, IReadOnlyList<PlainBlock> blocks, XColor color, double indent = 0)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var left = indent + (block.Level * ListIndent);
            if (block.Kind == PlainBlockKind.ListItem)
            {
                Paragraph(flow, block.Runs, color, left + ListIndent, block.Number is { } n ? $"{n}." : "•", left);
            }
            else
            {
                Paragraph(flow, block.Runs, color, left, null, left);
            }

            if (i + 1 < blocks.Count)
            {
                var inList = blocks[i + 1].Level > 0 || (block.Kind == PlainBlockKind.ListItem && blocks[i + 1].Kind == PlainBlockKind.ListItem);
                flow.Space(inList ? 3 : 8);
            }
        }
    }

    /// <summary>The height the blocks take at the current column width, for keeping things together.</summary>
    public static double MeasureHeight(PageFlow flow, IReadOnlyList<PlainBlock> blocks, double indent = 0)
    {
        var lineHeight = Typography.LineHeight(flow.Typography.Body);
        var height = 0.0;
        for (var i = 0; i < blocks.Count; i++)
        {
            var left = indent + (blocks[i].Level * ListIndent) + (blocks[i].Kind == PlainBlockKind.ListItem ? ListIndent : 0);
            height += Lines(flow, Words(blocks[i].Runs), flow.Width - left).Count * lineHeight;
            height += i + 1 < blocks.Count ? 8 : 0;
        }

        return height;
    }

    private static void Paragraph(PageFlow flow, IReadOnlyList<MarkdownRun> runs, XColor color, double left, string? marker, double markerLeft)
    {
        var type = flow.Typography;
        var lineHeight = Typography.LineHeight(type.Body);
        Block? block = null;
        var first = true;
        foreach (var line in Lines(flow, Words(runs), flow.Width - left))
        {
            if (!flow.Fits(lineHeight))
            {
                flow.BreakPage();
                block = null;
            }

            block ??= flow.Begin(BlockTag.Paragraph);
            var baseline = flow.Y + PageFlow.Baseline(type.Body);
            if (first && marker is not null)
            {
                block.Add(new TextRun(marker, type.Body, color, flow.Left + markerLeft, baseline));
            }

            var x = flow.Left + left;
            foreach (var (text, bold) in line)
            {
                var font = bold ? type.BodyBold : type.Body;
                block.Add(new TextRun(text, font, color, x, baseline));
                x += flow.Measurer.Width(text, font);
            }

            first = false;
            flow.Y += lineHeight;
        }
    }

    /// <summary>A word is a run of characters without white space; it may switch between regular and bold ("**jij**.").</summary>
    private sealed record Word(List<(string Text, bool Bold)> Parts, bool BreakBefore);

    private static List<Word> Words(IReadOnlyList<MarkdownRun> runs)
    {
        var words = new List<Word>();
        List<(string Text, bool Bold)>? parts = null;
        var current = new StringBuilder();
        var breakBefore = false;
        bool? bold = null;

        void EndPart()
        {
            if (current.Length > 0)
            {
                parts ??= [];
                parts.Add((current.ToString(), bold ?? false));
                current.Clear();
            }
        }

        void EndWord()
        {
            EndPart();
            if (parts is not null)
            {
                words.Add(new Word(parts, breakBefore));
                parts = null;
                breakBefore = false;
            }
        }

        foreach (var run in runs)
        {
            if (bold != run.Bold)
            {
                EndPart();
                bold = run.Bold;
            }

            foreach (var c in run.Text)
            {
                if (c == '\n')
                {
                    EndWord();
                    breakBefore = true;
                }
                else if (char.IsWhiteSpace(c))
                {
                    EndWord();
                }
                else
                {
                    current.Append(c);
                }
            }
        }

        EndWord();
        return words;
    }

    /// <summary>Lines of (text, bold) spans: neighbouring words in the same font share one span, with their space.</summary>
    private static List<List<(string Text, bool Bold)>> Lines(PageFlow flow, List<Word> words, double width)
    {
        var type = flow.Typography;
        double PartWidth((string Text, bool Bold) part) => flow.Measurer.Width(part.Text, part.Bold ? type.BodyBold : type.Body);
        var space = flow.Measurer.Width(" ", type.Body);
        var lines = new List<List<(string Text, bool Bold)>>();
        var line = new List<(string Text, bool Bold)>();
        var lineWidth = 0.0;

        void NewLine()
        {
            lines.Add(line);
            line = [];
            lineWidth = 0;
        }

        void Append((string Text, bool Bold) part, bool spaceBefore)
        {
            if (spaceBefore && line.Count > 0 && line[^1].Bold == part.Bold)
            {
                line[^1] = (line[^1].Text + " " + part.Text, part.Bold);
            }
            else if (spaceBefore && line.Count > 0)
            {
                // The space belongs to the end of the previous span, so the next one starts right after it.
                line[^1] = (line[^1].Text + " ", line[^1].Bold);
                line.Add(part);
            }
            else if (line.Count > 0 && line[^1].Bold == part.Bold)
            {
                line[^1] = (line[^1].Text + part.Text, part.Bold);
            }
            else
            {
                line.Add(part);
            }
        }

        foreach (var word in words)
        {
            if (word.BreakBefore && line.Count > 0)
            {
                NewLine();
            }

            var wordWidth = word.Parts.Sum(PartWidth);
            if (line.Count > 0 && lineWidth + space + wordWidth > width)
            {
                NewLine();
            }

            if (line.Count == 0 && wordWidth > width)
            {
                // Longer than a whole line: broken by characters, each piece on its own line.
                foreach (var part in word.Parts)
                {
                    foreach (var piece in Pieces(flow, part, width))
                    {
                        if (line.Count > 0 && lineWidth + PartWidth(piece) > width)
                        {
                            NewLine();
                        }

                        Append(piece, spaceBefore: false);
                        lineWidth += PartWidth(piece);
                    }
                }

                continue;
            }

            for (var i = 0; i < word.Parts.Count; i++)
            {
                Append(word.Parts[i], spaceBefore: i == 0 && line.Count > 0);
            }

            lineWidth += (lineWidth > 0 ? space : 0) + wordWidth;
        }

        if (line.Count > 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    private static IEnumerable<(string Text, bool Bold)> Pieces(PageFlow flow, (string Text, bool Bold) part, double width)
    {
        var font = part.Bold ? flow.Typography.BodyBold : flow.Typography.Body;
        var breaker = new LineBreaker(part.Text, font, flow.Measurer);
        while (breaker.NextLine(width) is { Length: > 0 } piece)
        {
            yield return (piece, part.Bold);
        }
    }
}
