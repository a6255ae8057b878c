using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Shaping;
using EigenPlan.Booklet.Style;
using PdfSharp.Drawing;

namespace EigenPlan.Booklet.Layout;

/// <summary>
/// The layout engine sections write into: a cursor running down the page, text that wraps and flows onto
/// "vervolg" pages, and anchors for the table of contents. Nothing is drawn yet; the renderer draws the pages
/// once page numbers are known.
/// </summary>
public sealed class PageFlow
{
    private readonly List<LaidOutPage> pages = [];
    private readonly Dictionary<string, int> anchors = [];

    internal PageFlow(BookletModel model, Typography typography, TextMeasurer measurer)
    {
        Model = model;
        Typography = typography;
        Measurer = measurer;
    }

    public BookletModel Model { get; }
    public Typography Typography { get; }
    public TextMeasurer Measurer { get; }
    public IReadOnlyList<LaidOutPage> Pages => pages;
    /// <summary>Page numbers (1-based) by anchor key.</summary>
    public IReadOnlyDictionary<string, int> Anchors => anchors;

    public LaidOutPage Page => pages.Count > 0 ? pages[^1] : throw new InvalidOperationException("Call NewPage first.");
    /// <summary>The top of the free space on the current page.</summary>
    public double Y { get; set; }
    public double Left { get; private set; }
    public double Width { get; private set; }
    public double Right => Left + Width;
    public static double Bottom => PageGeometry.ContentBottom;
    public double Remaining => Bottom - Y;

    public void NewPage(PageStyle style) => AddPage(style, isContinuation: false);

    /// <summary>Starts a follow-up page with the same tab, headed "&lt;title&gt; (vervolg)".</summary>
    public void BreakPage()
    {
        var style = Page.Style;
        AddPage(style, isContinuation: true);
        if (style.ContinuationTitle is { } title)
        {
            var font = Typography.Label;
            Begin(BlockTag.Paragraph).Add(new TextRun(BookletWords.Format(Model.Words.Continued, title), font, style.Accent, Left, Y + Baseline(font))
            {
                RightEdge = Right,
                RightToLeft = Model.IsRightToLeft,
            });
            Y += Typography.LineHeight(font) + 2;
            Begin(BlockTag.Artifact).Add(new LineShape(Left, Y, Right, Y, Palette.Rule, 0.75));
            Y += 14;
        }
    }

    /// <summary>Narrows the text column until the next page starts (e.g. beside a side box).</summary>
    public void SetColumn(double left, double width)
    {
        Left = left;
        Width = width;
    }

    public bool Fits(double height) => Y + height <= Bottom + 0.01;

    /// <summary>Moves to a follow-up page unless <paramref name="height"/> fits (or the page is still empty, so a too-tall item cannot loop).</summary>
    public void EnsureSpace(double height)
    {
        if (!Fits(height) && Y > PageGeometry.MarginTop + 60)
        {
            BreakPage();
        }
    }

    public Block Begin(BlockTag tag, string? altText = null)
    {
        var block = new Block(tag, altText);
        Page.Blocks.Add(block);
        return block;
    }

    /// <summary>Marks the current page as the target of a table-of-contents entry.</summary>
    public void Anchor(string key) => anchors.TryAdd(key, pages.Count);

    public void Space(double height) => Y = Math.Min(Y + height, Bottom);

    /// <summary>Writes wrapped text at the cursor, flowing onto follow-up pages.</summary>
    /// <remarks>With <c>into</c>, the lines join an open block on this page (e.g. after a label) instead of a new one.</remarks>
    /// <remarks>
    /// A paragraph runs right to left when its first letter does (an Arabic answer, in any booklet), or, without letters,
    /// when the booklet does; <paramref name="rightToLeft"/> overrides that (a Dutch line under an Arabic title). Such
    /// lines end at the column's right edge.
    /// </remarks>
    public void Text(string text, XFont font, XColor color, BlockTag tag = BlockTag.Paragraph, double indent = 0, Block? into = null, bool? rightToLeft = null)
    {
        var rtl = rightToLeft ?? IsRightToLeft(text);
        var lineHeight = Typography.LineHeight(font);
        var breaker = new LineBreaker(text, font, Measurer);
        var block = into;
        while (!breaker.IsDone)
        {
            if (!Fits(lineHeight))
            {
                BreakPage();
                block = null;
            }

            var line = breaker.NextLine(Width - indent);
            block ??= Begin(tag);
            if (line is { Length: > 0 })
            {
                block.Add(new TextRun(line, font, color, Left + indent, Y + Baseline(font)) { RightEdge = Right, RightToLeft = rtl });
            }

            Y += lineHeight;
        }
    }

    /// <summary>The direction of a paragraph: its first letter's (rule P2 of Unicode's bidi), else the booklet's.</summary>
    public bool IsRightToLeft(string text) => Bidi.HasStrongLetter(text) ? Bidi.StartsRightToLeft(text) : Model.IsRightToLeft;

    /// <summary>
    /// Under a translated title or question, its Dutch words in small grey, so the municipality can follow the plan.
    /// Aligned like the booklet's own text (right in an Arabic booklet). Nothing for a Dutch booklet.
    /// </summary>
    public void DutchBeside(string? dutch, Block? into = null)
    {
        if (dutch is not null)
        {
            Text(BookletWords.DutchBeside(dutch), Typography.Small, Palette.Muted, into: into, rightToLeft: Model.IsRightToLeft);
        }
    }

    /// <summary>Height that <paramref name="text"/> takes at <paramref name="width"/>, for keeping things together.</summary>
    public double MeasureHeight(string text, XFont font, double width)
    {
        var breaker = new LineBreaker(text, font, Measurer);
        var lines = 0;
        while (breaker.NextLine(width) is not null)
        {
            lines++;
        }

        return lines * Typography.LineHeight(font);
    }

    /// <summary>The baseline offset inside a line box, so text sits optically centred in its line height.</summary>
    public static double Baseline(XFont font) => font.Size * 1.07;

    private void AddPage(PageStyle style, bool isContinuation)
    {
        if (pages.Count > 0)
        {
            pages[^1].ContentEnd = Y;
        }

        pages.Add(new LaidOutPage(style, isContinuation));
        Y = PageGeometry.MarginTop;
        Left = PageGeometry.MarginLeft;
        Width = PageGeometry.ContentWidth;
    }
}
