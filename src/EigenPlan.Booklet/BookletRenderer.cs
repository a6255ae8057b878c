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
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(output);

        using var measurer = new TextMeasurer();
        var flow = new PageFlow(model, new Typography(), measurer);
        foreach (var section in BookletSections.For(model))
        {
            section.Compose(flow);
        }

        PdfBookletWriter.Write(flow, model, output);
    }

    /// <summary>Convenience for callers that want the bytes (download button, CLI).</summary>
    public byte[] Render(BookletModel model)
    {
        using var stream = new MemoryStream();
        Render(model, stream);
        return stream.ToArray();
    }
}
