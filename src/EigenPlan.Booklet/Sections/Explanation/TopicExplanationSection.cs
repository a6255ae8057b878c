using EigenPlan.Booklet.Layout;
using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Style;
using PdfSharp.Drawing;

namespace EigenPlan.Booklet.Sections.Explanation;

/// <summary>
/// A topic in the uitlegboekje, in its house colour with the house's tab: the topic, what each question is for, and
/// for each fictional resident who wrote about it their page as in a filled booklet (their face and their answers in
/// the question boxes), inside the example frame. An example that fits on a page is not split over two.
/// </summary>
public sealed class TopicExplanationSection(ExplanationBookletModel model, BookletHouse house, BookletTopic topic, bool isFirstOfHouse) : IBookletSection
{
    private const double BoxGap = 8;

    public IReadOnlyList<ContentsEntry> ContentsEntries => isFirstOfHouse
        ? [new(house.Title, 0, $"huis:{house.Id}"), new(topic.Title, 1, $"onderwerp:{topic.Key}")]
        : [new(topic.Title, 1, $"onderwerp:{topic.Key}")];

    private ExplanationBookletWords Words => model.Booklet.Words.Explanation;

    public void Compose(PageFlow flow)
    {
        var type = flow.Typography;
        flow.NewPage(HousePages.Style(house, model.Booklet.Houses.Count, topic.Title));
        flow.Anchor($"huis:{house.Id}");
        flow.Anchor($"onderwerp:{topic.Key}");
        TopicHeader.Write(flow, house, topic.Title, talkAbout: false);
        if (topic.Essence.Length > 0)
        {
            flow.Text(topic.Essence, type.Lead, Palette.Ink);
        }

        flow.Space(12);
        Questions(flow);

        var examples = model.ExamplesFor(topic.Key);
        flow.Space(10);
        if (examples.Count == 0)
        {
            flow.Text(Words.NoExampleYet, type.Body, Palette.Muted);
            return;
        }

        var names = examples.Select(e => e.Name).ToList();
        var intro = BookletWords.Format(names.Count == 1 ? Words.TopicIntroOne : Words.TopicIntroMany, model.Booklet.Words.List(names));
        var pages = examples.Select(e => (Example: e, Page: e.Topic(topic.Key))).Where(x => x.Page is not null).ToList();
        // The sentence stays with the first example: when that example moves to the next page, so does the sentence.
        var introHeight = flow.MeasureHeight(intro, type.Body, flow.Width) + 8;
        if (pages.Count > 0 && ExampleHeight(flow, pages[0].Page!) is var first && first + introHeight > flow.Remaining && first < FullPage)
        {
            flow.BreakPage();
        }

        flow.Text(intro, type.Body, Palette.Muted);
        flow.Space(8);
        foreach (var (example, page) in pages)
        {
            Example(flow, example, page!);
        }
    }

    /// <summary>Each question with what it is for; sub-questions indented under their main question.</summary>
    private void Questions(PageFlow flow)
    {
        var type = flow.Typography;
        var color = Palette.FromHex(house.Color);
        flow.Text(Words.QuestionsMeant, type.Heading, Palette.Ink, BlockTag.Heading3);
        flow.Space(6);
        foreach (var question in topic.Questions)
        {
            var indent = question.IsSubQuestion ? 20.0 : 0;
            var explanation = model.Questions.GetValueOrDefault(question.Id) ?? [];
            // Keep a question with the first line of its explanation.
            flow.EnsureSpace(Typography.LineHeight(type.Label) + Typography.LineHeight(type.Body));
            var mark = flow.Begin(BlockTag.Artifact);
            var top = flow.Y;
            flow.Text(question.Label, type.Label, Palette.Ink, BlockTag.Paragraph, indent + 10);
            RichText.Write(flow, explanation, Palette.Ink, indent + 10);
            // A bar in the house colour beside the question, as a quiet guide for the eye.
            if (flow.Page.Blocks.Contains(mark))
            {
                mark.Add(new RectShape(flow.Left + indent, top + 3, 3, flow.Y - top - 6) { Fill = color });
            }

            flow.Space(10);
        }
    }

    private void Example(PageFlow flow, BookletExample example, BookletTopic page)
    {
        var color = Palette.FromHex(house.Color);
        var boxes = Boxes(page, color);
        if (ExampleHeight(flow, page) is var height && height > flow.Remaining && height < FullPage)
        {
            flow.BreakPage();
        }

        ExampleFrame.Write(flow, BookletWords.Format(Words.ExampleOf, example.Name), f =>
        {
            Faces(f, page, color);
            foreach (var box in boxes)
            {
                box.Write(f);
                f.Space(BoxGap);
            }
        });
    }

    /// <summary>The room a page's height offers an example after a "vervolg" title: an example taller than that is split.</summary>
    private static double FullPage => PageFlow.Bottom - PageGeometry.MarginTop - 40;

    private static List<WritingBox> Boxes(BookletTopic page, XColor color) =>
        [.. page.Questions.Select(q => new WritingBox(q.Label, q.Answer, color) { Indent = q.IsSubQuestion ? 26 : 0 })];

    private double ExampleHeight(PageFlow flow, BookletTopic page) =>
        ExampleFrame.ChromeHeight + 34 + Boxes(page, Palette.FromHex(house.Color)).Sum(b => b.Height(flow) + BoxGap);

    /// <summary>"Hoe gaat het?" with the row of faces, the example's face marked and named, as on the huisjesplaat.</summary>
    private void Faces(PageFlow flow, BookletTopic page, XColor color)
    {
        var type = flow.Typography;
        var smileys = model.Booklet.Smileys;
        var top = flow.Y;
        flow.Begin(BlockTag.Paragraph).Add(new TextRun(Words.HowItGoes, type.Label, Palette.Ink, flow.Left, top + 16));
        var rowX = flow.Left + 110;
        var centerY = top + 12;
        var figure = flow.Begin(BlockTag.Figure, SmileyRow.AltText(topic.Title, smileys, page.SmileyId, blank: false));
        figure.Bounds = new XRect(rowX, top, SmileyRow.Width(5), 24);
        var chosenId = page.SmileyId;
        figure.Add(new Artwork(gfx => SmileyRow.Draw(gfx, rowX, centerY, smileys, chosenId, color, type.Small)));
        if (smileys.FirstOrDefault(s => s.Id == chosenId) is { } chosen)
        {
            flow.Begin(BlockTag.Paragraph).Add(new TextRun(chosen.Label, type.BodyBold, Palette.Ink, rowX + SmileyRow.Width(5) + 12, top + 16));
        }

        flow.Y = top + 34;
    }
}
