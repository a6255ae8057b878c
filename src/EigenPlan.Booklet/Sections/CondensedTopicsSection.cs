using EigenPlan.Booklet.Layout;
using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Style;
using PdfSharp.Drawing;

namespace EigenPlan.Booklet.Sections;

/// <summary>
/// Topics with nothing filled in, in the filled booklet: instead of a whole page of empty boxes per topic, a short block
/// per topic on one page of the house (its colour and tab) with the topic, its essence, the neutral note and a few lines
/// for notes during the conversation. The topic stays visible, which is the point: an empty part can be worth talking
/// about; the municipality does not print pages of empty boxes.
/// </summary>
public sealed class CondensedTopicsSection(BookletHouse house, IReadOnlyList<BookletTopic> topics, bool isFirstOfHouse, int houseCount) : IBookletSection
{
    private const int NoteLines = 4;
    private const double BandHeight = 40;

    public IReadOnlyList<ContentsEntry> ContentsEntries =>
    [
        .. isFirstOfHouse ? [new ContentsEntry(house.Title, 0, $"huis:{house.Id}")] : Array.Empty<ContentsEntry>(),
        .. topics.Select(t => new ContentsEntry(t.Title, 1, $"onderwerp:{t.Key}")),
    ];

    public void Compose(PageFlow flow)
    {
        var type = flow.Typography;
        var color = Palette.FromHex(house.Color);
        flow.NewPage(HousePages.Style(house, houseCount, flow.Model.Words.NotFilledInTitle));
        flow.Anchor($"huis:{house.Id}");
        foreach (var topic in topics)
        {
            var height = BandHeight + 10 + flow.MeasureHeight(topic.Essence, type.Lead, flow.Width) + 70
                + Typography.LineHeight(type.Small) + WritingBox.HeightOfBlankLines(NoteLines);
            flow.EnsureSpace(height);
            flow.Anchor($"onderwerp:{topic.Key}");
            Band(flow, topic, color);
            if (topic.Essence.Length > 0)
            {
                flow.Text(topic.Essence, type.Lead, Palette.Ink);
                flow.Space(6);
            }

            AttentionNote.Write(flow, topic.AttentionNote ?? flow.Model.Words.NotFilledInNote);
            flow.Space(8);
            flow.Text(flow.Model.Words.NotesInConversation, type.Small, Palette.Muted);
            var lines = flow.Begin(BlockTag.Artifact);
            for (var i = 0; i < NoteLines && flow.Fits(WritingBox.LineSpacing); i++)
            {
                flow.Y += WritingBox.LineSpacing;
                lines.Add(new LineShape(flow.Left, flow.Y - 4, flow.Right, flow.Y - 4, Palette.Rule, 0.8));
            }

            flow.Space(26);
        }
    }

    /// <summary>A slimmer band than a full topic page's: the topic in white on the house colour, with the talk-about label when flagged.</summary>
    private static void Band(PageFlow flow, BookletTopic topic, XColor color)
    {
        var type = flow.Typography;
        var band = new XRect(flow.Left, flow.Y, flow.Width, BandHeight);
        flow.Begin(BlockTag.Artifact).Add(new RectShape(band.X, band.Y, band.Width, band.Height) { Fill = color, Radius = 8 });
        var labelWidth = topic.TalkAbout ? TopicHeader.LabelWidth(flow) + 20 : 0;
        var title = flow.Measurer.Ellipsize(topic.Title, type.Heading, band.Width - 28 - labelWidth);
        flow.Begin(BlockTag.Heading2).Add(new TextRun(title, type.Heading, XColors.White, band.X + 14, band.Y + 26)
        {
            RightEdge = band.Right - 14 - labelWidth,
            RightToLeft = flow.Model.IsRightToLeft,
        });
        if (topic.TalkAbout)
        {
            TopicHeader.TalkAboutLabel(flow, band.Right - 10 - TopicHeader.LabelWidth(flow), band.Y + 11, color, XColors.White);
        }

        flow.Y += BandHeight + 8;
        flow.DutchBeside(topic.DutchTitle);
    }
}
