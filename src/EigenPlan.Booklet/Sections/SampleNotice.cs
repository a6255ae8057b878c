using EigenPlan.Booklet.Layout;
using EigenPlan.Booklet.Style;

namespace EigenPlan.Booklet.Sections;

/// <summary>
/// The banner on a cover when the municipality's data is a sample: the addresses and tips in the booklet may be
/// right, but nobody at the municipality has checked them yet. Amber with a dark bar, so it reads as a warning in
/// grayscale too; the footer of every other page repeats the first line.
/// </summary>
internal static class SampleNotice
{
    private const double Padding = 12;
    private const double Bar = 6;

    public static void Write(PageFlow flow)
    {
        var type = flow.Typography;
        var words = flow.Model.Words;
        var (left, width) = (flow.Left, flow.Width);
        var inner = width - Bar - (2 * Padding);
        var height = (2 * Padding) + flow.MeasureHeight(words.SampleData, type.Label, inner) + 2
            + flow.MeasureHeight(words.SampleExplanation, type.Small, inner);
        flow.EnsureSpace(height);
        var top = flow.Y;
        flow.Begin(BlockTag.Artifact)
            .Add(new RectShape(left, top, width, height) { Fill = Palette.NoticeBackground, Radius = 6 })
            .Add(new RectShape(left, top, Bar, height) { Fill = Palette.Notice });

        flow.SetColumn(left + Bar + Padding, inner);
        flow.Y += Padding;
        flow.Text(words.SampleData, type.Label, Palette.Notice, BlockTag.Heading2);
        flow.Space(2);
        flow.Text(words.SampleExplanation, type.Small, Palette.Ink);
        flow.SetColumn(left, width);
        flow.Y = top + height;
    }
}
