using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Layout;
using EigenPlan.Booklet.Style;
using PdfSharp.Drawing;

namespace EigenPlan.Booklet.Sections.Explanation;

/// <summary>
/// Marks a fictional resident's example so it can never be taken for the reader's own booklet: a dashed frame in the
/// page margin around everything the example holds, with a dark label "Voorbeeld van Sanne" on its top edge. An example
/// that runs onto the next page keeps its frame there, labelled "Voorbeeld van Sanne (vervolg)". The content inside
/// keeps the booklet's own width and look: the frame sits outside it.
/// </summary>
internal static class ExampleFrame
{
    /// <summary>How far the frame sits outside the text column, in the margin.</summary>
    private const double Outset = 12;
    private const double LabelHeight = 20;


    /// <summary>The Dutch label of a resident's example, "Voorbeeld van Sanne" (other languages: <see cref="ExplanationBookletWords.ExampleOf"/>).</summary>
    public static string Label(string name) => BookletWords.Format(ExplanationBookletWords.Dutch.ExampleOf, name);

    /// <summary>The height the frame adds around its content: the label on top and the padding below.</summary>
    public static double ChromeHeight => (LabelHeight / 2) + LabelHeight + 12;

    /// <param name="flow">The page flow.</param>
    /// <param name="label">The frame's label in the booklet's language: "Voorbeeld van Sanne".</param>
    /// <param name="body">What the example holds.</param>
    public static void Write(PageFlow flow, string label, Action<PageFlow> body)
    {
        flow.EnsureSpace(ChromeHeight + 60);
        var startPage = flow.Pages.Count - 1;
        var top = flow.Y + (LabelHeight / 2);
        LabelOnEdge(flow, flow.Page.Blocks, label, top, BlockTag.Heading3, flow.Page.Blocks.Count);
        flow.Y = top + LabelHeight;

        body(flow);

        flow.Y += 10;
        var bottom = flow.Y;
        for (var p = startPage; p < flow.Pages.Count; p++)
        {
            var blocks = flow.Pages[p].Blocks;
            var segmentTop = p == startPage ? top : PageGeometry.MarginTop - 16;
            // On a page the example goes on from, the frame closes a little below that page's content: at the foot
            // when the content filled it, higher after a deliberate break (the houses plate, then the notes overleaf).
            var segmentBottom = p == flow.Pages.Count - 1 ? bottom : Math.Min(flow.Pages[p].ContentEnd + 10, PageFlow.Bottom + 4);
            var frame = new Block(BlockTag.Artifact, null).Add(new RectShape(
                PageGeometry.MarginLeft - Outset, segmentTop, PageGeometry.ContentWidth + (2 * Outset), segmentBottom - segmentTop)
            {
                Stroke = Palette.Example,
                StrokeWidth = 1.3,
                Dashed = true,
                Radius = 10,
            });
            // Behind everything else on the page, so the label and the content are drawn over the dashes.
            blocks.Insert(0, frame);
            if (p > startPage)
            {
                LabelOnEdge(flow, blocks, BookletWords.Format(flow.Model.Words.Continued, label), segmentTop, BlockTag.Paragraph, 1);
            }
        }

        flow.Y = bottom;
        flow.Space(14);
    }

    /// <summary>The label: white words on a dark rounded box that sits on the frame's top edge, like a legend.</summary>
    private static void LabelOnEdge(PageFlow flow, List<Block> blocks, string text, double edge, BlockTag tag, int at)
    {
        var font = flow.Typography.SmallBold;
        var width = flow.Measurer.Width(text, font) + 24;
        var x = PageGeometry.MarginLeft + 6;
        var box = new Block(BlockTag.Artifact, null).Add(new RectShape(x, edge - (LabelHeight / 2), width, LabelHeight) { Fill = Palette.Example, Radius = LabelHeight / 2 });
        var words = new Block(tag, null).Add(new TextRun(text, font, XColors.White, x + 12, edge + 3.6));
        blocks.Insert(at, words);
        blocks.Insert(at, box);
    }
}
