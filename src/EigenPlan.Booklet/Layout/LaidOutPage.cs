using PdfSharp.Drawing;

namespace EigenPlan.Booklet.Layout;

/// <summary>The coloured tab on the right edge of a house's pages: its vertical position is fixed per house.</summary>
public sealed record HouseTab(int HouseIndex, int HouseCount, XColor Color, string Name);

/// <summary>What every page of a run shares: its tab, and the title repeated on "vervolg" pages.</summary>
public sealed record PageStyle(HouseTab? Tab, string? ContinuationTitle, XColor Accent)
{
    public static PageStyle Plain(string? continuationTitle = null) => new(null, continuationTitle, Style.Palette.Ink);
}

/// <summary>One page after layout: its blocks in reading order.</summary>
public sealed class LaidOutPage
{
    internal LaidOutPage(PageStyle style, bool isContinuation)
    {
        Style = style;
        IsContinuation = isContinuation;
    }

    public PageStyle Style { get; }
    /// <summary>True for a follow-up page of a section whose content did not fit ("vervolg").</summary>
    public bool IsContinuation { get; }
    public List<Block> Blocks { get; } = [];

    /// <summary>
    /// Where the content stopped when the next page began (the flow's Y then); the bottom of the text area until then.
    /// A frame around content that goes on overleaf closes here, not at the page's foot, after a deliberate page break.
    /// </summary>
    public double ContentEnd { get; internal set; } = PageGeometry.ContentBottom;
}
