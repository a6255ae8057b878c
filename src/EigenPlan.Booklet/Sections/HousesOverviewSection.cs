using EigenPlan.Booklet.Figures;
using EigenPlan.Booklet.Layout;
using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Style;
using PdfSharp.Drawing;

namespace EigenPlan.Booklet.Sections;

/// <summary>
/// The huisjesplaat: every house in its colour with its topics and a row of faces under each; the chosen face is
/// marked. Then, per house, "Wat gaat goed?" and "Wat gaat niet goed?".
/// </summary>
public sealed class HousesOverviewSection : IBookletSection
{
    private const int Columns = 3;
    private const double Gap = 12;
    private const double HouseHeight = 58;
    private const double TopicHeight = 64;

    public IReadOnlyList<ContentsEntry> ContentsEntries =>
    [
        new("De huisjes", 0, "huisjes"),
        new("Wat gaat goed en wat gaat niet goed?", 1, "huisjes-notities"),
    ];

    public void Compose(PageFlow flow)
    {
        var model = flow.Model;
        var type = flow.Typography;
        flow.NewPage(PageStyle.Plain("De huisjes"));
        flow.Anchor("huisjes");
        flow.Text("De huisjes", type.Title, Palette.Ink, BlockTag.Heading1);
        flow.Space(4);
        flow.Text(
            model.IsBlank
                ? "Elk huisje gaat over een deel van je leven. Zet bij elk onderwerp een kring om het gezichtje dat past."
                : "Elk huisje gaat over een deel van je leven. Bij elk onderwerp zie je hoe het nu met je gaat.",
            type.Body, Palette.Ink);
        flow.Space(14);

        var cellWidth = (flow.Width - ((Columns - 1) * Gap)) / Columns;
        for (var row = 0; row * Columns < model.Houses.Count; row++)
        {
            var houses = model.Houses.Skip(row * Columns).Take(Columns).ToList();
            var height = houses.Max(h => CellHeight(flow, h, cellWidth));
            flow.EnsureSpace(height);
            var top = flow.Y;
            for (var i = 0; i < houses.Count; i++)
            {
                flow.Y = top;
                Cell(flow, houses[i], flow.Left + (i * (cellWidth + Gap)), cellWidth, height);
            }

            flow.Y = top + height + Gap;
        }

        Legend(flow, model);
        Notes(flow, model);
    }

    /// <summary>The faces with their words, once for the whole plate: a face is never shown without its meaning.</summary>
    private static void Legend(PageFlow flow, BookletModel model)
    {
        var type = flow.Typography;
        if (model.Smileys.Count == 0)
        {
            return;
        }

        flow.EnsureSpace(54);
        flow.Space(4);
        var pitch = flow.Width / model.Smileys.Count;
        var top = flow.Y;
        var legend = flow.Begin(BlockTag.Paragraph);
        for (var i = 0; i < model.Smileys.Count; i++)
        {
            var smiley = model.Smileys[i];
            var center = new XPoint(flow.Left + (pitch * i) + (pitch / 2), top + 10);
            if (smiley.Level is { } level)
            {
                legend.Add(new Artwork(gfx => SmileyFigure.Draw(gfx, center, 9.5, level, chosen: false, Palette.Ink)));
            }
            else
            {
                var box = new XRect(center.X - 15, center.Y - 8, 30, 16);
                legend.Add(new Artwork(gfx => SmileyFigure.DrawNotApplicable(gfx, box, chosen: false, Palette.Ink, type.Small)));
            }

            var label = smiley.Label;
            var breaker = new LineBreaker(label, type.Small, flow.Measurer);
            var y = top + 26;
            while (breaker.NextLine(pitch - 6) is { } line)
            {
                var x = center.X - (flow.Measurer.Width(line, type.Small) / 2);
                legend.Add(new TextRun(line, type.Small, Palette.Muted, x, y + PageFlow.Baseline(type.Small)));
                y += Typography.LineHeight(type.Small);
            }
        }

        flow.Y = top + 56;
    }

    private static double CellHeight(PageFlow flow, BookletHouse house, double width) =>
        12 + HouseHeight + 8 + flow.MeasureHeight(house.Title, flow.Typography.Label, width - 16) + 6
        + house.Topics.Sum(t => TopicHeight - 17 + flow.MeasureHeight(t.Title, flow.Typography.Body, SmileyRow.Width(5))) + 6;

    private static void Cell(PageFlow flow, BookletHouse house, double x, double width, double height)
    {
        var type = flow.Typography;
        var model = flow.Model;
        var color = Palette.FromHex(house.Color);
        flow.Begin(BlockTag.Artifact).Add(new RectShape(x, flow.Y, width, height) { Fill = Palette.Tint(color, 0.92), Radius = 8 });

        flow.Y += 12;
        var houseBox = new XRect(x + ((width - (HouseHeight * 1.15)) / 2), flow.Y, HouseHeight * 1.15, HouseHeight);
        var figure = flow.Begin(BlockTag.Figure, $"Huisje {house.Title}");
        figure.Bounds = houseBox;
        figure.Add(new Artwork(gfx => HouseFigure.Draw(gfx, houseBox, color, house.Icon)));
        flow.Y += HouseHeight + 8;

        var title = flow.Begin(BlockTag.Heading2);
        var breaker = new LineBreaker(house.Title, type.Label, flow.Measurer);
        while (breaker.NextLine(width - 16) is { } line)
        {
            var lineX = x + ((width - flow.Measurer.Width(line, type.Label)) / 2);
            title.Add(new TextRun(line, type.Label, color, lineX, flow.Y + PageFlow.Baseline(type.Label)));
            flow.Y += Typography.LineHeight(type.Label);
        }

        flow.Y += 6;
        var rowX = x + ((width - SmileyRow.Width(5)) / 2);
        foreach (var topic in house.Topics)
        {
            var left = flow.Left;
            var columnWidth = flow.Width;
            flow.SetColumn(rowX, SmileyRow.Width(5));
            flow.Text(topic.Title, type.Body, Palette.Ink);
            flow.SetColumn(left, columnWidth);

            var centerY = flow.Y + 12;
            var faces = flow.Begin(BlockTag.Figure, SmileyRow.AltText(topic.Title, model.Smileys, topic.SmileyId, model.IsBlank));
            faces.Bounds = new XRect(rowX, centerY - 12, SmileyRow.Width(5), 24);
            var chosenId = topic.SmileyId;
            faces.Add(new Artwork(gfx => SmileyRow.Draw(gfx, rowX, centerY, model.Smileys, chosenId, color, type.Small)));
            flow.Y += 26;

            if (model.Smileys.FirstOrDefault(s => s.Id == topic.SmileyId) is { } chosen)
            {
                flow.Begin(BlockTag.Paragraph).Add(new TextRun(chosen.Label, type.SmallBold, Palette.Ink, rowX, flow.Y + PageFlow.Baseline(type.Small)));
            }

            flow.Y += TopicHeight - 17 - 26;
        }
    }

    /// <summary>
    /// "Wat gaat goed" and "Wat gaat niet goed" next to each other, as on the paper plate, when both fit on this page;
    /// otherwise one under the other, so long notes can flow onto the next page.
    /// </summary>
    private static void SideBySide(PageFlow flow, WritingBox first, WritingBox second)
    {
        var left = flow.Left;
        var full = flow.Width;
        var half = (full - Gap) / 2;
        var height = SideBySideHeight(flow, first, second);
        flow.SetColumn(left, half);
        if (!flow.Fits(height))
        {
            flow.SetColumn(left, full);
            first.Write(flow);
            flow.Space(8);
            second.Write(flow);
            return;
        }

        var top = flow.Y;
        first = first with { MinHeight = height };
        second = second with { MinHeight = height };
        first.Write(flow);
        var end = flow.Y;
        flow.Y = top;
        flow.SetColumn(left + half + Gap, half);
        second.Write(flow);
        flow.Y = Math.Max(end, flow.Y);
        flow.SetColumn(left, full);
    }

    private static double SideBySideHeight(PageFlow flow, WritingBox first, WritingBox second)
    {
        var (left, full) = (flow.Left, flow.Width);
        flow.SetColumn(left, (full - Gap) / 2);
        var height = Math.Max(first.Height(flow), second.Height(flow));
        flow.SetColumn(left, full);
        return height;
    }

    private static void Notes(PageFlow flow, BookletModel model)
    {
        var type = flow.Typography;
        flow.NewPage(PageStyle.Plain("Wat gaat goed en wat gaat niet goed?"));
        flow.Anchor("huisjes-notities");
        flow.Text("Wat gaat goed en wat gaat niet goed?", type.Title, Palette.Ink, BlockTag.Heading1);
        flow.Space(4);
        flow.Text("Schrijf per huisje op wat goed gaat en wat niet. Een paar woorden is genoeg.", type.Body, Palette.Ink);
        flow.Space(12);

        foreach (var house in model.Houses)
        {
            var color = Palette.FromHex(house.Color);
            var goingWell = new WritingBox("Wat gaat goed?", house.GoingWell, color) { BlankLines = 2 };
            var notWell = new WritingBox("Wat gaat niet goed?", house.NotGoingWell, color) { BlankLines = 2 };
            // Keep the house name with its notes.
            flow.EnsureSpace(30 + Math.Min(SideBySideHeight(flow, goingWell, notWell), 160));

            var icon = new XRect(flow.Left, flow.Y, 26, 23);
            var figure = flow.Begin(BlockTag.Figure, $"Huisje {house.Title}");
            figure.Bounds = icon;
            figure.Add(new Artwork(gfx => HouseFigure.Draw(gfx, icon, color, house.Icon)));
            var left = flow.Left;
            flow.SetColumn(left + 36, flow.Width - 36);
            flow.Text(house.Title, type.Heading, color, BlockTag.Heading2);
            flow.SetColumn(left, PageGeometry.ContentWidth);
            flow.Space(6);

            SideBySide(flow, goingWell, notWell);
            flow.Space(16);
        }
    }
}
