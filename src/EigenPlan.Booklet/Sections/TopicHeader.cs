using EigenPlan.Booklet.Figures;
using EigenPlan.Booklet.Layout;
using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Style;
using PdfSharp.Drawing;

namespace EigenPlan.Booklet.Sections;

/// <summary>
/// The coloured band at the top of a topic page: the house icon, the house name and the topic title in white, and when
/// the resident flagged the topic, a white label "Hier wil ik over praten" with a speech bubble at its top right.
/// </summary>
internal static class TopicHeader
{
    public const double Height = 60;

    public static void Write(PageFlow flow, BookletHouse house, string topicTitle, bool talkAbout)
    {
        var type = flow.Typography;
        var color = Palette.FromHex(house.Color);
        var band = new XRect(flow.Left, flow.Y, flow.Width, Height);
        flow.Begin(BlockTag.Artifact).Add(new RectShape(band.X, band.Y, band.Width, band.Height) { Fill = color, Radius = 8 });
        var icon = new XRect(band.X + 16, band.Y + 12, 36, 36);
        var figure = flow.Begin(BlockTag.Figure, BookletWords.Format(flow.Model.Words.HouseAlt, house.Title));
        figure.Bounds = icon;
        figure.Add(new Artwork(gfx => HouseIcons.Draw(gfx, icon, house.Icon, XColors.White)));

        var textX = band.X + 68;
        var textWidth = band.Width - 80;
        var labelWidth = talkAbout ? LabelWidth(flow) + 12 : 0;
        // In an Arabic booklet the titles end at the band's right edge (the label, when there is one, sits above the topic).
        var rtl = flow.Model.IsRightToLeft;
        flow.Begin(BlockTag.Paragraph).Add(new TextRun(flow.Measurer.Ellipsize(house.Title, type.SmallBold, textWidth - labelWidth), type.SmallBold, XColors.White, textX, band.Y + 20)
        {
            RightEdge = band.Right - 12 - labelWidth,
            RightToLeft = rtl,
        });
        flow.Begin(BlockTag.Heading2).Add(new TextRun(flow.Measurer.Ellipsize(topicTitle, type.Title, textWidth), type.Title, XColors.White, textX, band.Y + 46)
        {
            RightEdge = band.Right - 12,
            RightToLeft = rtl,
        });
        if (talkAbout)
        {
            TalkAboutLabel(flow, band.Right - 10 - LabelWidth(flow), band.Y + 9, color, XColors.White);
        }

        flow.Y += Height + 10;
    }

    /// <summary>The width of the "Hier wil ik over praten" label: bubble, words and padding.</summary>
    public static double LabelWidth(PageFlow flow) => 8 + 15 + 5 + flow.Measurer.Width(flow.Model.Words.TalkAboutLabel, flow.Typography.SmallBold) + 9;

    /// <summary>The label itself, 18 pt high, at (<paramref name="x"/>, <paramref name="y"/>): a bubble and the words in <paramref name="ink"/> on <paramref name="background"/>.</summary>
    public static void TalkAboutLabel(PageFlow flow, double x, double y, XColor ink, XColor background)
    {
        var type = flow.Typography;
        var width = LabelWidth(flow);
        flow.Begin(BlockTag.Artifact).Add(new RectShape(x, y, width, 18) { Fill = background, Stroke = ink, StrokeWidth = background == ink ? 0 : 0.8, Radius = 9 });
        var bubble = new XRect(x + 8, y + 3.5, 15, 12);
        var label = flow.Begin(BlockTag.Paragraph);
        label.Add(new Artwork(gfx => TalkBubble.Draw(gfx, bubble, ink)));
        label.Add(new TextRun(flow.Model.Words.TalkAboutLabel, type.SmallBold, ink, x + 28, y + 12.6));
    }
}
