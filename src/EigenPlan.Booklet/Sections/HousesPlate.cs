using EigenPlan.Booklet.Figures;
using EigenPlan.Booklet.Layout;
using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Style;
using PdfSharp.Drawing;

namespace EigenPlan.Booklet.Sections;

/// <summary>
/// The huisjesplaat itself: every house in its colour with its topics and a row of faces under each, the chosen face
/// marked and named. Used for the resident's own plate and for the examples in the uitlegboekje. With an earlier round
/// (<see cref="Then"/>) each topic also shows the face of then, in words, and the houses are drawn smaller to make room.
/// </summary>
internal sealed record HousesPlate(IReadOnlyList<BookletHouse> Houses, IReadOnlyList<BookletSmiley> Smileys, bool IsBlank)
{
    private const int Columns = 3;
    private const double Gap = 12;
    private const double LabelLine = 14.5;

    /// <summary>The date of the earlier round to compare with; null shows only now.</summary>
    public DateOnly? Then { get; init; }

    private double HouseHeight => Then is null ? 58 : 34;

    /// <summary>Below the faces: one line (the chosen face's words) or two with an earlier round (now and then).</summary>
    private double LabelHeight => Then is null ? 21 : (2 * LabelLine) + 4;

    public void Write(PageFlow flow)
    {
        var cellWidth = (flow.Width - ((Columns - 1) * Gap)) / Columns;
        for (var row = 0; row * Columns < Houses.Count; row++)
        {
            var houses = Houses.Skip(row * Columns).Take(Columns).ToList();
            var height = houses.Max(h => CellHeight(flow, h, cellWidth));
            flow.EnsureSpace(height);
            var top = flow.Y;
            for (var i = 0; i < houses.Count; i++)
            {
                flow.Y = top;
                // Read in the booklet's direction: in Arabic the first house stands on the right, as on the web page.
                var column = flow.Model.IsRightToLeft ? Columns - 1 - i : i;
                Cell(flow, houses[i], flow.Left + (column * (cellWidth + Gap)), cellWidth, height);
            }

            flow.Y = top + height + Gap;
        }
    }

    /// <summary>The faces with their words, once for the whole plate: a face is never shown without its meaning.</summary>
    public static void Legend(PageFlow flow, IReadOnlyList<BookletSmiley> smileys)
    {
        var type = flow.Typography;
        if (smileys.Count == 0)
        {
            return;
        }

        flow.EnsureSpace(54);
        flow.Space(4);
        var pitch = flow.Width / smileys.Count;
        var top = flow.Y;
        var legend = flow.Begin(BlockTag.Paragraph);
        for (var i = 0; i < smileys.Count; i++)
        {
            var smiley = smileys[i];
            var center = new XPoint(flow.Left + (pitch * i) + (pitch / 2), top + 10);
            if (smiley.Level is { } level)
            {
                legend.Add(new Artwork(gfx => SmileyFigure.Draw(gfx, center, 9.5, level, chosen: false, Palette.Ink)));
            }
            else
            {
                var box = new XRect(center.X - 15, center.Y - 8, 30, 16);
                legend.Add(new Artwork(gfx => SmileyFigure.DrawNotApplicable(gfx, box, chosen: false, Palette.Ink, type.Small, flow.Model.Words.NotApplicableShort)));
            }

            var breaker = new LineBreaker(smiley.Label, type.Small, flow.Measurer);
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

    private double CellHeight(PageFlow flow, BookletHouse house, double width) =>
        12 + HouseHeight + 8 + flow.MeasureHeight(house.Title, flow.Typography.Label, width - 16) + 6
        + house.Topics.Sum(t => 26 + LabelHeight + flow.MeasureHeight(t.Title, flow.Typography.Body, SmileyRow.Width(5))) + 6;

    private void Cell(PageFlow flow, BookletHouse house, double x, double width, double height)
    {
        var type = flow.Typography;
        var color = Palette.FromHex(house.Color);
        flow.Begin(BlockTag.Artifact).Add(new RectShape(x, flow.Y, width, height) { Fill = Palette.Tint(color, 0.92), Radius = 8 });

        flow.Y += 12;
        var houseBox = new XRect(x + ((width - (HouseHeight * 1.15)) / 2), flow.Y, HouseHeight * 1.15, HouseHeight);
        var figure = flow.Begin(BlockTag.Figure, BookletWords.Format(flow.Model.Words.HouseAlt, house.Title));
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
            Topic(flow, topic, color, rowX);
        }
    }

    private void Topic(PageFlow flow, BookletTopic topic, XColor color, double rowX)
    {
        var type = flow.Typography;
        var left = flow.Left;
        var columnWidth = flow.Width;
        flow.SetColumn(rowX, SmileyRow.Width(5));
        flow.Text(topic.Title, type.Body, Palette.Ink);
        flow.SetColumn(left, columnWidth);

        var centerY = flow.Y + 12;
        var faces = flow.Begin(BlockTag.Figure, SmileyRow.AltText(topic.Title, Smileys, topic.SmileyId, IsBlank, flow.Model.Words));
        faces.Bounds = new XRect(rowX, centerY - 12, SmileyRow.Width(5), 24);
        var chosenId = topic.SmileyId;
        var smileys = Smileys;
        var notApplicable = flow.Model.Words.NotApplicableShort;
        faces.Add(new Artwork(gfx => SmileyRow.Draw(gfx, rowX, centerY, smileys, chosenId, color, type.Small, notApplicable)));
        flow.Y += 26;

        var bottom = flow.Y + LabelHeight;
        var now = Smileys.FirstOrDefault(s => s.Id == topic.SmileyId);
        // Nothing filled in, or skipped: said plainly and in the same calm grey, never as a warning.
        var status = now?.Label ?? (IsBlank ? null : topic.IsEmpty ? flow.Model.Words.NotFilledInTitle : topic.AttentionNote is not null ? flow.Model.Words.Skipped : null);
        if (Then is null)
        {
            if (status is not null)
            {
                flow.Begin(BlockTag.Paragraph).Add(new TextRun(status, now is null ? type.Small : type.SmallBold, now is null ? Palette.Muted : Palette.Ink, rowX, flow.Y + PageFlow.Baseline(type.Small)));
            }
        }
        else
        {
            var nowLine = flow.Begin(BlockTag.Paragraph);
            nowLine.Add(new TextRun(BookletWords.Format(flow.Model.Words.NowStatus, status ?? flow.Model.Words.NothingChosen), type.SmallBold, Palette.Ink, rowX, flow.Y + PageFlow.Baseline(type.Small)));
            flow.Y += LabelLine;
            var then = Smileys.FirstOrDefault(s => s.Id == topic.ThenSmileyId);
            var thenLine = flow.Begin(BlockTag.Paragraph);
            var textX = rowX;
            if (then?.Level is { } level)
            {
                // The small face of then, beside its words.
                var center = new XPoint(rowX + 5.5, flow.Y + 7);
                thenLine.Add(new Artwork(gfx => SmileyFigure.Draw(gfx, center, 5.5, level, chosen: false, Palette.Ink)));
                textX += 15;
            }

            thenLine.Add(new TextRun(BookletWords.Format(flow.Model.Words.ThenStatus, then?.Label ?? flow.Model.Words.NothingChosen), type.Small, Palette.Muted, textX, flow.Y + PageFlow.Baseline(type.Small)));
        }

        flow.Y = bottom;
    }
}
