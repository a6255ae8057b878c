using EigenPlan.Booklet.Figures;
using EigenPlan.Booklet.Layout;
using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Style;
using PdfSharp.Drawing;

namespace EigenPlan.Booklet.Sections;

/// <summary>
/// Per house "Wat gaat goed?" and "Wat gaat niet goed?", under the house's icon and name: next to each other, as on the
/// paper plate, when both fit on the page; otherwise one under the other, so long notes can flow onto the next page.
/// </summary>
internal static class HouseNotesBoxes
{
    private const double Gap = 12;

    public static void Write(PageFlow flow, IReadOnlyList<BookletHouse> houses)
    {
        var type = flow.Typography;
        foreach (var house in houses)
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
            var (left, width) = (flow.Left, flow.Width);
            flow.SetColumn(left + 36, width - 36);
            flow.Text(house.Title, type.Heading, color, BlockTag.Heading2);
            flow.SetColumn(left, width);
            flow.Space(6);

            SideBySide(flow, goingWell, notWell);
            flow.Space(16);
        }
    }

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
}
