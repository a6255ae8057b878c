namespace EigenPlan.Booklet.Layout;

/// <summary>A4 portrait in points, with the margins and the band where the house tabs sit on the right edge.</summary>
public static class PageGeometry
{
    public const double Width = 595.28;
    public const double Height = 841.89;
    public const double MarginLeft = 60;
    /// <summary>Wider than the left margin: the tab strip lives here.</summary>
    public const double MarginRight = 68;
    public const double MarginTop = 54;
    public const double ContentBottom = Height - 70;
    public const double FooterBaseline = Height - 34;
    /// <summary>The line above the footer for the sample-data notice, clear of the content above it.</summary>
    public const double NoticeBaseline = Height - 48;
    public const double ContentWidth = Width - MarginLeft - MarginRight;

    public const double TabWidth = 30;
    public const double TabBandTop = 64;
    public const double TabBandBottom = Height - 84;
    public const double TabGap = 4;
}
