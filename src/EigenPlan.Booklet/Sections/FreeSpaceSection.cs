using EigenPlan.Booklet.Figures;
using EigenPlan.Booklet.Layout;
using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Style;
using PdfSharp.Drawing;

namespace EigenPlan.Booklet.Sections;

/// <summary>
/// The vrije ruimte page after each house: the resident's extra text and drawing, or an open frame to write or
/// draw in. Leaving it empty is fine, and the page says so.
/// </summary>
public sealed class FreeSpaceSection(BookletHouse house, int houseCount, BookletWords words) : IBookletSection
{
    public IReadOnlyList<ContentsEntry> ContentsEntries => [new(words.FreeSpace, 1, $"vrij:{house.Id}")];

    public void Compose(PageFlow flow)
    {
        var type = flow.Typography;
        var color = Palette.FromHex(house.Color);
        var title = $"{words.FreeSpace} – {house.Title}";
        flow.NewPage(HousePages.Style(house, houseCount, title));
        flow.Anchor($"vrij:{house.Id}");

        flow.Text(title, type.Title, color, BlockTag.Heading2);
        flow.Space(4);
        flow.Text(words.FreeSpaceIntro, type.Body, Palette.Muted);
        flow.Space(14);

        if (house.FreeText.Length > 0)
        {
            flow.Text(house.FreeText, type.Body, Palette.Ink);
            flow.Space(14);
        }

        if (house.Drawing.Count > 0)
        {
            var height = flow.Width * Core.Plans.Drawing.Height / Core.Plans.Drawing.Width;
            flow.EnsureSpace(height);
            var frame = new XRect(flow.Left, flow.Y, flow.Width, height);
            flow.Begin(BlockTag.Artifact).Add(new RectShape(frame.X, frame.Y, frame.Width, frame.Height) { Stroke = Palette.Tint(color, 0.5), Radius = 6 });
            var figure = flow.Begin(BlockTag.Figure, BookletWords.Format(words.MyDrawing, house.Title));
            figure.Bounds = frame;
            var strokes = house.Drawing;
            figure.Add(new Artwork(gfx => DrawingFigure.Draw(gfx, frame, strokes)));
            flow.Y += height + 14;
        }

        // Whatever room is left stays open for pen and paper at the kitchen table.
        if (flow.Remaining > 120)
        {
            flow.Begin(BlockTag.Artifact).Add(new RectShape(flow.Left, flow.Y, flow.Width, flow.Remaining)
            {
                Stroke = Palette.Tint(color, 0.55),
                StrokeWidth = 1,
                Radius = 8,
            });
        }
    }
}
