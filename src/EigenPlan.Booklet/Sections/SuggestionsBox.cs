using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Layout;
using EigenPlan.Booklet.Style;
using PdfSharp.Drawing;

namespace EigenPlan.Booklet.Sections;

/// <summary>
/// A topic's helpende suggesties: in a box in the side column of its first page, and when they do not all fit there,
/// the rest in a box after the questions, headed "Helpende suggesties (vervolg)". None is left out, and none is cut in
/// two between the side column and the rest.
/// </summary>
internal static class SuggestionsBox
{

    private const double Padding = 10;
    private const double BulletIndent = 10;
    private const double ItemGap = 5;
    private const double KeepWholeUpTo = 300;

    /// <summary>Writes the side box from the cursor down; returns the suggestions that did not fit, in their order.</summary>
    public static IReadOnlyList<string> WriteInSideColumn(PageFlow flow, XColor color, double x, double width, IReadOnlyList<string> suggestions)
    {
        var type = flow.Typography;
        var font = type.Small;
        var inner = width - (2 * Padding);
        var frame = new RectShape(x, flow.Y, width, 0) { Fill = Palette.Tint(color, 0.9), Radius = 6 };
        flow.Begin(BlockTag.Artifact).Add(frame);
        flow.Y += Padding;
        flow.Begin(BlockTag.Heading3).Add(new TextRun(flow.Model.Words.SuggestionsTitle, type.SmallBold, Palette.Ink, x + Padding, flow.Y + PageFlow.Baseline(font)));
        flow.Y += Typography.LineHeight(font) + 2;
        SideLines(flow, flow.Model.Words.SuggestionsIntro, font, Palette.Muted, x + Padding, inner, flow.Begin(BlockTag.Paragraph));

        var note = ItemGap + flow.MeasureHeight(flow.Model.Words.MoreSuggestionsAfter, type.SmallBold, inner);
        var shown = 0;
        foreach (var suggestion in suggestions)
        {
            // A suggestion stays whole; if more follow, the note saying where they are must still fit under it.
            var height = ItemGap + flow.MeasureHeight(suggestion, font, inner - BulletIndent);
            var noteAfter = shown < suggestions.Count - 1 ? note : 0;
            if (!flow.Fits(height + noteAfter + Padding))
            {
                break;
            }

            flow.Y += ItemGap;
            var bullet = flow.Begin(BlockTag.Paragraph);
            bullet.Add(new TextRun("•", font, Palette.Ink, x + Padding, flow.Y + PageFlow.Baseline(font)));
            SideLines(flow, suggestion, font, Palette.Ink, x + Padding + BulletIndent, inner - BulletIndent, bullet);
            shown++;
        }

        if (shown < suggestions.Count)
        {
            flow.Y += ItemGap;
            SideLines(flow, flow.Model.Words.MoreSuggestionsAfter, type.SmallBold, Palette.Ink, x + Padding, inner, flow.Begin(BlockTag.Paragraph));
        }

        flow.Y += Padding;
        frame.Height = flow.Y - frame.Y;
        return suggestions.Skip(shown).ToList();
    }

    /// <summary>The height of the box after the questions, at the full width of a follow-up page.</summary>
    public static double ContinuedHeight(PageFlow flow, IReadOnlyList<string> rest, double width)
    {
        var font = flow.Typography.Body;
        var inner = width - (2 * Padding) - BulletIndent - 6;
        return (2 * Padding) + Typography.LineHeight(flow.Typography.Label) + 2
            + rest.Sum(s => ItemGap + flow.MeasureHeight(s, font, inner));
    }

    /// <summary>The suggestions that did not fit in the side column, at full width in the body font, flowing over pages.</summary>
    public static void WriteContinued(PageFlow flow, XColor color, IReadOnlyList<string> rest)
    {
        var font = flow.Typography.Body;
        var lineHeight = Typography.LineHeight(font);
        var inner = flow.Width - (2 * Padding) - BulletIndent - 6;
        // The heading stays with the first suggestion.
        flow.EnsureSpace(ContinuedHeight(flow, rest.Take(1).ToList(), flow.Width));
        var frame = OpenFrame(flow, color);
        foreach (var suggestion in rest)
        {
            // Keep a suggestion on one page, unless it is so long that it would leave much of a page empty.
            var height = ItemGap + flow.MeasureHeight(suggestion, font, inner);
            if (!flow.Fits(height + Padding) && height < KeepWholeUpTo)
            {
                frame = NextPage(flow, color, frame);
            }

            flow.Y += ItemGap;
            var paragraph = flow.Begin(BlockTag.Paragraph);
            paragraph.Add(new TextRun("•", font, Palette.Ink, flow.Left + Padding, flow.Y + PageFlow.Baseline(font)));
            var breaker = new LineBreaker(suggestion, font, flow.Measurer);
            while (!breaker.IsDone)
            {
                if (!flow.Fits(lineHeight + Padding))
                {
                    frame = NextPage(flow, color, frame);
                    paragraph = flow.Begin(BlockTag.Paragraph);
                }

                if (breaker.NextLine(inner) is { Length: > 0 } line)
                {
                    paragraph.Add(new TextRun(line, font, Palette.Ink, flow.Left + Padding + BulletIndent + 6, flow.Y + PageFlow.Baseline(font)));
                }

                flow.Y += lineHeight;
            }
        }

        CloseFrame(flow, frame);
    }

    private static RectShape NextPage(PageFlow flow, XColor color, RectShape frame)
    {
        CloseFrame(flow, frame);
        flow.BreakPage();
        return OpenFrame(flow, color);
    }

    private static RectShape OpenFrame(PageFlow flow, XColor color)
    {
        var font = flow.Typography.Label;
        var frame = new RectShape(flow.Left, flow.Y, flow.Width, 0) { Fill = Palette.Tint(color, 0.9), Radius = 6 };
        flow.Begin(BlockTag.Artifact).Add(frame);
        flow.Y += Padding;
        flow.Begin(BlockTag.Heading3).Add(new TextRun(BookletWords.Format(flow.Model.Words.Continued, flow.Model.Words.SuggestionsTitle), font, Palette.Ink, flow.Left + Padding, flow.Y + PageFlow.Baseline(font)));
        flow.Y += Typography.LineHeight(font) + 2;
        return frame;
    }

    private static void CloseFrame(PageFlow flow, RectShape frame)
    {
        flow.Y += Padding;
        frame.Height = flow.Y - frame.Y;
    }

    /// <summary>Wrapped lines in the side column; they stop at the page bottom, since the side column never flows.</summary>
    private static void SideLines(PageFlow flow, string text, XFont font, XColor color, double x, double width, Block block)
    {
        var breaker = new LineBreaker(text, font, flow.Measurer);
        var lineHeight = Typography.LineHeight(font);
        while (flow.Fits(lineHeight) && breaker.NextLine(width) is { } line)
        {
            block.Add(new TextRun(line, font, color, x, flow.Y + PageFlow.Baseline(font)));
            flow.Y += lineHeight;
        }
    }
}
