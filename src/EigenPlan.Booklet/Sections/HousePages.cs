using EigenPlan.Booklet.Layout;
using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Style;

namespace EigenPlan.Booklet.Sections;

/// <summary>The page style of a house's pages: its colour, and its tab at the house's fixed place on the edge.</summary>
internal static class HousePages
{
    public static PageStyle Style(BookletHouse house, int houseCount, string continuationTitle)
    {
        var color = Palette.FromHex(house.Color);
        return new PageStyle(new HouseTab(house.Index, houseCount, color, house.Title), continuationTitle, color);
    }
}
