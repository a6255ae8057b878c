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

    /// <param name="flow">Where to write.</param>
    /// <param name="houses">The houses with their notes.</param>
    /// <param name="compact">Smaller house names and less space between houses, so an example's six houses share a page.</param>
    /// <param name="emptyNote">
    /// What an empty box says instead of offering lines to write on: an example is read, not filled in, so its empty
    /// box says that it was left empty. Null keeps the lines (the resident's own booklet).
    /// </param>
    public static void Write(PageFlow flow, IReadOnlyList<BookletHouse> houses, bool compact = false, string? emptyNote = null)
    {
        var type = flow.Typography;
        var nameFont = compact ? type.Label : type.Heading;
        var icon = compact ? new XSize(20, 17.5) : new XSize(26, 23);
        foreach (var house in houses)
        {
            var color = Palette.FromHex(house.Color);
            var words = flow.Model.Words;
            var goingWell = new WritingBox(words.GoingWell, Or(house.GoingWell, emptyNote), color) { BlankLines = 2 };
            var notWell = new WritingBox(words.NotGoingWell, Or(house.NotGoingWell, emptyNote), color) { BlankLines = 2 };
            // Keep the house name with its notes.
            flow.EnsureSpace(Typography.LineHeight(nameFont) + 6 + Math.Min(SideBySideHeight(flow, goingWell, notWell), 160));

            var bounds = new XRect(flow.Left, flow.Y, icon.Width, icon.Height);
            var figure = flow.Begin(BlockTag.Figure, BookletWords.Format(words.HouseAlt, house.Title));
            figure.Bounds = bounds;
            figure.Add(new Artwork(gfx => HouseFigure.Draw(gfx, bounds, color, house.Icon)));
            var (left, width) = (flow.Left, flow.Width);
            flow.SetColumn(left + icon.Width + 10, width - icon.Width - 10);
            flow.Text(house.Title, nameFont, color, BlockTag.Heading2);
            flow.DutchBeside(house.DutchTitle);
            flow.SetColumn(left, width);
            flow.Space(compact ? 3 : 6);

            SideBySide(flow, goingWell, notWell);
            flow.Space(compact ? 10 : 16);
        }
    }

    private static string Or(string text, string? emptyNote) => text.Length == 0 && emptyNote is not null ? emptyNote : text;

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
