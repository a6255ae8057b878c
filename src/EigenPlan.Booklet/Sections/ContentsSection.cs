using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Layout;
using EigenPlan.Booklet.Style;
using PdfSharp.Drawing;

namespace EigenPlan.Booklet.Sections;

/// <summary>
/// The table of contents. It is laid out before the pages it points to, so its page numbers are filled in at
/// render time (two passes: layout, then drawing). Each line is a link to its page.
/// </summary>
public sealed class ContentsSection(IReadOnlyList<ContentsEntry> entries) : IBookletSection
{
    public IReadOnlyList<ContentsEntry> ContentsEntries => [];

    public void Compose(PageFlow flow)
    {
        var type = flow.Typography;
        var words = flow.Model.Words;
        flow.NewPage(PageStyle.Plain(words.Contents));
        flow.Text(words.Contents, type.Title, Palette.Ink, BlockTag.Heading1);
        flow.Space(8);

        // A booklet with every part (talk about, then and now, a shared plan) has a few more lines: they move a little
        // closer together, so the contents stay on one page; a very long list still flows on.
        var needed = entries.Sum(e => e.Level == 0 ? 22.0 + 5 : 19.0);
        var scale = Math.Clamp((flow.Remaining - 1) / needed, 0.82, 1);
        foreach (var entry in entries)
        {
            var font = entry.Level == 0 ? type.Label : type.Body;
            var rowHeight = (entry.Level == 0 ? 22.0 : 19.0) * scale;
            if (entry.Level == 0)
            {
                flow.Space(5 * scale);
            }

            flow.EnsureSpace(rowHeight);
            var indent = entry.Level == 0 ? 0 : 20;
            var numberWidth = 34.0;
            var title = flow.Measurer.Ellipsize(entry.Title, font, flow.Width - indent - numberWidth - 20);
            var baseline = flow.Y + PageFlow.Baseline(font);
            var titleWidth = flow.Measurer.Width(title, font);

            var link = flow.Begin(BlockTag.PageLink, BookletWords.Format(words.ContentsLinkAlt, entry.Title));
            link.Bounds = new XRect(flow.Left, flow.Y, flow.Width, rowHeight);
            link.TargetAnchor = entry.Anchor;
            var anchor = entry.Anchor;
            if (flow.Model.IsRightToLeft)
            {
                // Mirrored for Arabic: the title from the right, the page number on the left.
                link.Add(new TextRun(title, font, Palette.Ink, flow.Left + numberWidth, baseline) { RightEdge = flow.Right - indent, RightToLeft = true });
                link.Add(new LateText(c => c.Anchors.TryGetValue(anchor, out var page) ? page.ToString() : "", font, Palette.Ink, flow.Left + 24, baseline));
                flow.Begin(BlockTag.Artifact).Add(new LineShape(
                    flow.Left + numberWidth, baseline, flow.Right - indent - titleWidth - 8, baseline, Palette.Rule, 1.2, Dotted: true));
                flow.Y += rowHeight;
                continue;
            }

            link.Add(new TextRun(title, font, Palette.Ink, flow.Left + indent, baseline));
            link.Add(new LateText(c => c.Anchors.TryGetValue(anchor, out var page) ? page.ToString() : "", font, Palette.Ink, flow.Right, baseline));

            // Dot leaders guide the eye from the title to its page number.
            flow.Begin(BlockTag.Artifact).Add(new LineShape(
                flow.Left + indent + titleWidth + 8, baseline, flow.Right - numberWidth, baseline, Palette.Rule, 1.2, Dotted: true));
            flow.Y += rowHeight;
        }
    }
}
