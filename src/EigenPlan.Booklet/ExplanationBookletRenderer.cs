using EigenPlan.Booklet.Fonts;
using EigenPlan.Booklet.Layout;
using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Rendering;
using EigenPlan.Booklet.Sections.Explanation;
using EigenPlan.Booklet.Style;

namespace EigenPlan.Booklet;

/// <summary>
/// Lays the uitlegboekje out with the booklet's own layout engine, typography, palette and house tabs (first pass),
/// then draws it as a tagged PDF (second pass), exactly like <see cref="BookletRenderer"/>.
/// </summary>
public sealed class ExplanationBookletRenderer : IExplanationBookletRenderer
{
    static ExplanationBookletRenderer() => PdfSharpSetup.EnsureInitialized();

    public void Render(ExplanationBookletModel model, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        PdfBookletWriter.Write(Layout(model), model.Booklet, output);
    }

    /// <summary>Convenience for callers that want the bytes (CLI, tests).</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Public API next to the interface method; callers hold a renderer.")]
    public byte[] Render(ExplanationBookletModel model) => PdfBookletWriter.Write(Layout(model), model.Booklet);

    private static PageFlow Layout(ExplanationBookletModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var measurer = new TextMeasurer();
        var flow = new PageFlow(model.Booklet, new Typography(), measurer);
        foreach (var section in ExplanationSections.For(model))
        {
            section.Compose(flow);
        }

        return flow;
    }
}
