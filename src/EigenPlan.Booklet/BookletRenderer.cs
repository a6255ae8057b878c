using EigenPlan.Booklet.Fonts;
using EigenPlan.Booklet.Layout;
using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Rendering;
using EigenPlan.Booklet.Sections;
using EigenPlan.Booklet.Style;

namespace EigenPlan.Booklet;

/// <summary>
/// Lays the booklet out section by section (first pass), then draws it as a tagged PDF (second pass), so the table
/// of contents and page footers can show real page numbers.
/// </summary>
public sealed class BookletRenderer : IBookletRenderer
{
    static BookletRenderer() => PdfSharpSetup.EnsureInitialized();

    public void Render(BookletModel model, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        PdfBookletWriter.Write(Layout(model), model, output);
    }

    /// <summary>Convenience for callers that want the bytes (download button, CLI); allocates only the finished file.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Public API next to the interface method; callers hold a renderer.")]
    public byte[] Render(BookletModel model) => PdfBookletWriter.Write(Layout(model), model);

    private static PageFlow Layout(BookletModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        // The measurer is only needed while laying out; drawing measures with the page's own graphics.
        using var measurer = new TextMeasurer();
        var flow = new PageFlow(model, new Typography(), measurer);
        foreach (var section in BookletSections.For(model))
        {
            section.Compose(flow);
        }

        return flow;
    }
}
