using EigenPlan.Booklet.Figures;
using EigenPlan.Booklet.Layout;
using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Style;
using PdfSharp.Drawing;

namespace EigenPlan.Booklet.Sections;

/// <summary>
/// "Om over te praten", near the front of a filled booklet: first the topics the resident flagged "Hier wil ik over
/// praten" (how it goes, in words, and the page), then the topics not filled in, said neutrally. Each line links to the
/// topic's page. Only in a booklet that has one of the two; a plan with nothing filled in at all lists no empty topics
/// (that would be every topic, which says nothing).
/// </summary>
public sealed class AttentionSection(BookletWords words) : IBookletSection
{
    private const string AnchorKey = "praten";

    public IReadOnlyList<ContentsEntry> ContentsEntries => [new(words.TalkTitle, 0, AnchorKey)];

    /// <summary>True when the booklet has something for this section.</summary>
    public static bool Applies(BookletModel model) => !model.IsBlank && (TalkAbout(model).Count > 0 || NotFilledIn(model).Count > 0);

    public void Compose(PageFlow flow)
    {
        var model = flow.Model;
        var type = flow.Typography;
        flow.NewPage(PageStyle.Plain(words.TalkTitle));
        flow.Anchor(AnchorKey);
        flow.Text(words.TalkTitle, type.Title, Palette.Ink, BlockTag.Heading1);
        flow.Space(8);

        var talkAbout = TalkAbout(model);
        if (talkAbout.Count > 0)
        {
            Heading(flow, words.TalkAboutLabel);
            flow.Text(words.TalkIntro, type.Body, Palette.Ink);
            flow.Space(8);
            foreach (var (house, topic) in talkAbout)
            {
                var now = model.Smileys.FirstOrDefault(s => s.Id == topic.SmileyId);
                Row(flow, house, topic, now is null ? words.NoFaceYet : BookletWords.Format(words.HowItGoes, now.Label), bubble: true);
            }

            flow.Space(16);
        }

        var notFilledIn = NotFilledIn(model);
        if (notFilledIn.Count > 0)
        {
            Heading(flow, words.NotFilledInTitle);
            flow.Text(words.NotFilledInIntro, type.Body, Palette.Ink);
            flow.Space(8);
            foreach (var (house, topic) in notFilledIn)
            {
                Row(flow, house, topic, topic.IsEmpty ? words.NothingFilledIn : words.Skipped, bubble: false);
            }
        }
    }

    private static List<(BookletHouse House, BookletTopic Topic)> TalkAbout(BookletModel model) =>
        [.. model.Houses.SelectMany(h => h.Topics.Where(t => t.TalkAbout).Select(t => (h, t)))];

    private static List<(BookletHouse House, BookletTopic Topic)> NotFilledIn(BookletModel model)
    {
        var topics = model.Houses.SelectMany(h => h.Topics).ToList();
        return topics.All(t => t.IsEmpty) ? [] : [.. model.Houses.SelectMany(h => h.Topics.Where(t => t.AttentionNote is not null).Select(t => (h, t)))];
    }

    private static void Heading(PageFlow flow, string text)
    {
        flow.EnsureSpace(90);
        flow.Text(text, flow.Typography.Heading, Palette.Ink, BlockTag.Heading2);
        flow.Space(2);
    }

    /// <summary>
    /// One topic: a mark in the house colour, the topic and its house, a second line in grey, and the page number on the
    /// right; the whole row is a link to the topic's page.
    /// </summary>
    private static void Row(PageFlow flow, BookletHouse house, BookletTopic topic, string detail, bool bubble)
    {
        var type = flow.Typography;
        var color = Palette.FromHex(house.Color);
        const double RowHeight = 44;
        const double TextX = 30;
        flow.EnsureSpace(RowHeight);
        var top = flow.Y;
        var anchor = $"onderwerp:{topic.Key}";
        var mark = new XRect(flow.Left, top + 3, 18, 15);
        var link = flow.Begin(BlockTag.PageLink, $"{topic.Title}, {house.Title}: {detail}. {flow.Model.Words.ToThePage}");
        link.Bounds = new XRect(flow.Left, top, flow.Width, RowHeight - 6);
        link.TargetAnchor = anchor;
        link.Add(bubble
            ? new Artwork(gfx => TalkBubble.Draw(gfx, mark, color))
            : new RectShape(mark.X + 4, mark.Y + 2, 10, 10) { Fill = color, Radius = 5 });
        var baseline = top + PageFlow.Baseline(type.Label);
        link.Add(new TextRun(topic.Title, type.Label, Palette.Ink, flow.Left + TextX, baseline));
        var houseX = flow.Left + TextX + flow.Measurer.Width(topic.Title, type.Label) + 8;
        link.Add(new TextRun(house.Title, type.SmallBold, color, houseX, baseline));
        link.Add(new TextRun(detail, type.Small, Palette.Muted, flow.Left + TextX, baseline + 16));
        var words = flow.Model.Words;
        link.Add(new LateText(c => c.Anchors.TryGetValue(anchor, out var page) ? BookletWords.Format(words.Page, page) : "", type.Body, Palette.Ink, flow.Right, baseline));
        flow.Begin(BlockTag.Artifact).Add(new LineShape(flow.Left + TextX, top + RowHeight - 4, flow.Right, top + RowHeight - 4, Palette.Tint(Palette.Rule, 0.5), 0.6));
        flow.Y = top + RowHeight;
    }
}
