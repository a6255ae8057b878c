using System.Globalization;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace EigenPlan.Content;

/// <summary>Walks a defused Markdown document into <see cref="PlainBlock"/>s.</summary>
internal static class PlainBlockWriter
{
    public static IReadOnlyList<PlainBlock> Write(MarkdownDocument document)
    {
        var blocks = new List<PlainBlock>();
        WriteBlocks(document, blocks, level: 0);
        return blocks;
    }

    private static void WriteBlocks(ContainerBlock container, List<PlainBlock> blocks, int level)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    Add(blocks, new PlainBlock(PlainBlockKind.Paragraph, Runs(heading.Inline, bold: true)) { Level = level });
                    break;
                case ParagraphBlock paragraph:
                    Add(blocks, new PlainBlock(PlainBlockKind.Paragraph, Runs(paragraph.Inline, bold: false)) { Level = level });
                    break;
                case ListBlock list:
                    WriteList(list, blocks, level);
                    break;
                case LeafBlock { Lines.Count: > 0 } code: // indented and fenced code: its lines as they are
                    Add(blocks, new PlainBlock(PlainBlockKind.Paragraph, [new TextRun(code.Lines.ToString(), false)]) { Level = level });
                    break;
                case ContainerBlock quote:
                    WriteBlocks(quote, blocks, level);
                    break;
            }
        }
    }

    private static void WriteList(ListBlock list, List<PlainBlock> blocks, int level)
    {
        var number = list.IsOrdered && int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var start) ? start : 1;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var first = blocks.Count;
            WriteBlocks(item, blocks, level + 1);
            if (first < blocks.Count && blocks[first] is { Kind: PlainBlockKind.Paragraph, Level: var itemLevel } lead && itemLevel == level + 1)
            {
                blocks[first] = lead with { Kind = PlainBlockKind.ListItem, Level = level, Number = list.IsOrdered ? number : null };
            }

            number++;
        }
    }

    private static void Add(List<PlainBlock> blocks, PlainBlock block)
    {
        if (block.Runs.Count > 0)
        {
            blocks.Add(block);
        }
    }

    private static List<TextRun> Runs(ContainerInline? inlines, bool bold)
    {
        var runs = new List<TextRun>();
        if (inlines is not null)
        {
            Walk(inlines, bold, runs);
        }

        return Trim(runs);
    }

    private static void Walk(ContainerInline container, bool bold, List<TextRun> runs)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    Append(runs, literal.Content.ToString(), bold);
                    break;
                case CodeInline code:
                    Append(runs, code.Content, bold);
                    break;
                case LineBreakInline lineBreak:
                    Append(runs, lineBreak.IsHard ? "\n" : " ", bold);
                    break;
                case HtmlEntityInline entity:
                    Append(runs, entity.Transcoded.ToString(), bold);
                    break;
                case AutolinkInline autolink:
                    Append(runs, autolink.Url, bold);
                    break;
                case EmphasisInline emphasis:
                    Walk(emphasis, bold || emphasis.DelimiterCount >= 2, runs);
                    break;
                case LinkInline link:
                    WriteLink(link, bold, runs);
                    break;
                case ContainerInline other:
                    Walk(other, bold, runs);
                    break;
            }
        }
    }

    /// <summary>On paper a link cannot be clicked: its text, then its address when the text does not already say it.</summary>
    private static void WriteLink(LinkInline link, bool bold, List<TextRun> runs)
    {
        var textStart = runs.Sum(r => r.Text.Length);
        Walk(link, bold, runs);
        var text = string.Concat(runs.Select(r => r.Text))[textStart..];
        var address = link.Url ?? "";
        foreach (var prefix in new[] { "mailto:", "tel:" })
        {
            if (address.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                address = address[prefix.Length..];
            }
        }

        if (address.Length > 0 && !text.Contains(address, StringComparison.OrdinalIgnoreCase))
        {
            Append(runs, $" ({address})", false);
        }

    }

    private static void Append(List<TextRun> runs, string text, bool bold)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (runs.Count > 0 && runs[^1].Bold == bold)
        {
            runs[^1] = runs[^1] with { Text = runs[^1].Text + text };
        }
        else
        {
            runs.Add(new TextRun(text, bold));
        }
    }

    private static List<TextRun> Trim(List<TextRun> runs)
    {
        if (runs.Count > 0)
        {
            runs[0] = runs[0] with { Text = runs[0].Text.TrimStart() };
            runs[^1] = runs[^1] with { Text = runs[^1].Text.TrimEnd() };
        }

        return runs.Where(r => r.Text.Length > 0).ToList();
    }
}
