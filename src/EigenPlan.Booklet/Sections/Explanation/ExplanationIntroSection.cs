using EigenPlan.Booklet.Layout;
using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Style;
using PdfSharp.Drawing;

namespace EigenPlan.Booklet.Sections.Explanation;

/// <summary>"Over dit boekje": the opening text, then the fictional residents, each with who they are and where their examples are.</summary>
public sealed class ExplanationIntroSection(ExplanationBookletModel model) : IBookletSection
{
    public const string Title = "Over dit boekje";

    public IReadOnlyList<ContentsEntry> ContentsEntries => [new(Words.IntroTitle, 0, "uitleg")];

    private ExplanationBookletWords Words => model.Booklet.Words.Explanation;

    public void Compose(PageFlow flow)
    {
        var type = flow.Typography;
        flow.NewPage(PageStyle.Plain(Words.IntroTitle));
        flow.Anchor("uitleg");
        flow.Text(Words.IntroTitle, type.Title, Palette.Ink, BlockTag.Heading1);
        flow.Space(8);
        RichText.Write(flow, model.Intro, Palette.Ink);

        if (model.Examples.Count == 0)
        {
            return;
        }

        flow.Space(18);
        flow.EnsureSpace(120);
        flow.Text(Words.PeopleTitle, type.Heading, Palette.Ink, BlockTag.Heading2);
        flow.Space(2);
        flow.Text(Words.PeopleMadeUp, type.Body, Palette.Muted);
        flow.Space(10);
        foreach (var example in model.Examples)
        {
            Person(flow, example);
        }
    }

    /// <summary>A round badge with the first letter, the name, who they are, and the topics they wrote about.</summary>
    private void Person(PageFlow flow, BookletExample example)
    {
        var type = flow.Typography;
        const double Badge = 30;
        var topics = model.Booklet.Houses.SelectMany(h => h.Topics).Where(t => example.WroteAbout.Contains(t.Key)).Select(t => t.Title).ToList();
        var where = topics.Count == 0 ? "" : BookletWords.Format(Words.ExamplesAt, string.Join(", ", topics));
        var textWidth = flow.Width - Badge - 14;
        var height = Typography.LineHeight(type.Label) + flow.MeasureHeight(example.About, type.Body, textWidth) + flow.MeasureHeight(where, type.Small, textWidth) + 14;
        flow.EnsureSpace(height);
        var top = flow.Y;
        var initial = example.Name.Length > 0 ? example.Name[..1].ToUpperInvariant() : "?";
        var badge = new XRect(flow.Left, top + 2, Badge, Badge);
        flow.Begin(BlockTag.Artifact)
            .Add(new RectShape(badge.X, badge.Y, Badge, Badge) { Fill = Palette.Example, Radius = Badge / 2 })
            .Add(new TextRun(initial, type.Heading, XColors.White, badge.X + ((Badge - flow.Measurer.Width(initial, type.Heading)) / 2), badge.Y + 21.5));
        var (left, width) = (flow.Left, flow.Width);
        flow.SetColumn(left + Badge + 14, textWidth);
        flow.Text(example.Name, type.Label, Palette.Ink, BlockTag.Heading3);
        flow.Text(example.About, type.Body, Palette.Ink);
        if (where.Length > 0)
        {
            flow.Text(where, type.Small, Palette.Muted);
        }

        flow.SetColumn(left, width);
        flow.Y = Math.Max(flow.Y, top + Badge + 4) + 14;
    }
}
