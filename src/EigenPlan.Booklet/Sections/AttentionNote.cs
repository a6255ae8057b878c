using EigenPlan.Booklet.Layout;
using EigenPlan.Booklet.Style;

namespace EigenPlan.Booklet.Sections;

/// <summary>
/// The neutral note for a topic that is skipped or left empty (<see cref="Core.Plans.PlanAttention"/>): plain words in a
/// soft grey box, no warning colour or icon. The study found that what is left open can be worth talking about; it is
/// never a failure.
/// </summary>
internal static class AttentionNote
{
    private const double Padding = 10;

    public static void Write(PageFlow flow, string note)
    {
        var type = flow.Typography;
        var (left, width) = (flow.Left, flow.Width);
        var height = (2 * Padding) + flow.MeasureHeight(note, type.Body, width - (2 * Padding));
        flow.EnsureSpace(height);
        var top = flow.Y;
        flow.Begin(BlockTag.Artifact).Add(new RectShape(left, top, width, height) { Fill = Palette.Soft, Radius = 6 });
        flow.SetColumn(left + Padding, width - (2 * Padding));
        flow.Y += Padding;
        flow.Text(note, type.Body, Palette.Ink);
        flow.SetColumn(left, width);
        flow.Y = top + height;
    }
}
