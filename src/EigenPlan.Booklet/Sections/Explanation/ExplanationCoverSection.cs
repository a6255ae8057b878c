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
        flow.NewPage(PageStyle.Plain());
        flow.Anchor("cover");
        CoverSection.DrawHouseRow(flow, booklet);

        flow.Space(34);
        var title = flow.Begin(BlockTag.Heading1);
        flow.Text("Uitlegboekje", type.CoverTitle, Palette.Ink, into: title);
        flow.Text("bij Mijn Eigen Plan", type.Title, Palette.Ink, into: title);
        flow.Space(4);
        flow.Text($"Gemeente {booklet.MunicipalityName}", type.Heading, Palette.Muted);
        flow.Space(22);
        if (booklet.IsSample)
        {
            SampleNotice.Write(flow);
            flow.Space(18);
        }

        flow.Text(
            "In dit boekje lees je wat elk deel van je eigen plan betekent. Bij elk deel staat een voorbeeld. " +
            "Zo zie je hoe andere mensen het invulden. Daarna schrijf je je eigen plan, in je eigen woorden.",
            type.Body, Palette.Ink);
        flow.Space(18);
        MadeUp(flow);
        CoverSection.HelpBox(flow, booklet);
    }

    /// <summary>The people are made up: said on the cover, in a box with the examples' dashed edge.</summary>
    private void MadeUp(PageFlow flow)
    {
        var type = flow.Typography;
        var names = model.Examples.Select(e => e.Name).ToList();
        var who = names.Count switch
        {
            0 => "De mensen in dit boekje",
            1 => names[0],
            _ => $"{string.Join(", ", names.Take(names.Count - 1))} en {names[^1]}",
        };
        var text = $"{who} {(names.Count == 1 ? "bestaat" : "bestaan")} niet. Hun verhalen zijn verzonnen, om je op weg te helpen. Jouw plan gaat over jou.";
        const double Padding = 14;
        var (left, width) = (flow.Left, flow.Width);
        var height = (2 * Padding) + Typography.LineHeight(type.Label) + 4 + flow.MeasureHeight(text, type.Body, width - (2 * Padding));
        flow.EnsureSpace(height);
        var top = flow.Y;
        flow.Begin(BlockTag.Artifact).Add(new RectShape(left, top, width, height) { Stroke = Palette.Example, StrokeWidth = 1.3, Dashed = true, Radius = 10 });
        flow.SetColumn(left + Padding, width - (2 * Padding));
        flow.Y += Padding;
        flow.Text("De mensen in dit boekje zijn verzonnen", type.Label, Palette.Example, BlockTag.Heading2);
        flow.Space(4);
        flow.Text(text, type.Body, Palette.Ink);
        flow.SetColumn(left, width);
        flow.Y = top + height;
    }
}
