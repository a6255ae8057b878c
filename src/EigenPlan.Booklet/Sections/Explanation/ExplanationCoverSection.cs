using EigenPlan.Booklet.Layout;
using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Style;

namespace EigenPlan.Booklet.Sections.Explanation;

/// <summary>
/// The cover of the uitlegboekje: the row of houses, "Uitlegboekje bij Mijn Eigen Plan", the municipality, the
/// sample-data banner when needed, and in a box of its own that the people in the booklet are made up.
/// </summary>
public sealed class ExplanationCoverSection(ExplanationBookletModel model) : IBookletSection
{
    public IReadOnlyList<ContentsEntry> ContentsEntries => [];

    public void Compose(PageFlow flow)
    {
        var booklet = model.Booklet;
        var type = flow.Typography;
        var words = booklet.Words.Explanation;
        flow.NewPage(PageStyle.Plain());
        flow.Anchor("cover");
        CoverSection.DrawHouseRow(flow, booklet);

        flow.Space(34);
        var title = flow.Begin(BlockTag.Heading1);
        flow.Text(words.CoverTitle, type.CoverTitle, Palette.Ink, into: title);
        flow.Text(words.CoverSubtitle, type.Title, Palette.Ink, into: title);
        flow.Space(4);
        flow.Text(BookletWords.Format(booklet.Words.MunicipalityLine, booklet.MunicipalityName), type.Heading, Palette.Muted);
        flow.Space(22);
        if (booklet.IsSample)
        {
            SampleNotice.Write(flow);
            flow.Space(18);
        }

        flow.Text(words.CoverIntro, type.Body, Palette.Ink);
        flow.Space(18);
        MadeUp(flow);
        CoverSection.HelpBox(flow, booklet);
    }

    /// <summary>The people are made up: said on the cover, in a box with the examples' dashed edge.</summary>
    private void MadeUp(PageFlow flow)
    {
        var type = flow.Typography;
        var words = model.Booklet.Words;
        var names = model.Examples.Select(e => e.Name).ToList();
        var who = names.Count == 0 ? words.Explanation.ThePeople : words.List(names);
        var text = BookletWords.Format(names.Count == 1 ? words.Explanation.MadeUpOne : words.Explanation.MadeUpMany, who);
        const double Padding = 14;
        var (left, width) = (flow.Left, flow.Width);
        var height = (2 * Padding) + Typography.LineHeight(type.Label) + 4 + flow.MeasureHeight(text, type.Body, width - (2 * Padding));
        flow.EnsureSpace(height);
        var top = flow.Y;
        flow.Begin(BlockTag.Artifact).Add(new RectShape(left, top, width, height) { Stroke = Palette.Example, StrokeWidth = 1.3, Dashed = true, Radius = 10 });
        flow.SetColumn(left + Padding, width - (2 * Padding));
        flow.Y += Padding;
        flow.Text(words.Explanation.MadeUpTitle, type.Label, Palette.Example, BlockTag.Heading2);
        flow.Space(4);
        flow.Text(text, type.Body, Palette.Ink);
        flow.SetColumn(left, width);
        flow.Y = top + height;
    }
}
