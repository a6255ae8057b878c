using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Style;
using PdfSharp.Drawing;

namespace EigenPlan.Booklet.Layout;

/// <summary>
/// A labelled box as on the paper page: the question on top, the answer typeset inside. A long answer continues
/// in a box on the next page, labelled "(vervolg)". Without an answer the box has ruled lines to write on.
/// </summary>
public sealed record WritingBox(string Label, string Text, XColor Accent)
{
    private const double Padding = 10;

    /// <summary>Distance between writing lines: 23 pt is 8.1 mm, room for ordinary handwriting.</summary>
    public const double LineSpacing = 23;

    /// <summary>Writing lines when there is no text (blank booklet, or a question left open).</summary>
    public int BlankLines { get; init; } = 2;
    /// <summary>Indent for a sub-question, which sits under its main question with a connector.</summary>
    public double Indent { get; init; }

    /// <summary>The Dutch question under a translated one, small and grey, so the municipality can follow; null in Dutch.</summary>
    public string? DutchLabel { get; init; }

    /// <summary>The box is at least this tall (on its last page), so boxes side by side line up.</summary>
    public double MinHeight { get; init; }

    public static double HeightOfBlankLines(int lines) => lines * LineSpacing;

    /// <summary>Height of the box without any text or lines: padding and the label.</summary>
    public double ChromeHeight(PageFlow flow) =>
        (2 * Padding) + 4 + flow.MeasureHeight(Label, flow.Typography.Label, flow.Width - Indent - (2 * Padding))
        + (DutchLabel is null ? 0 : flow.MeasureHeight(BookletWords.DutchBeside(DutchLabel), flow.Typography.Small, flow.Width - Indent - (2 * Padding)));

    /// <summary>The height the whole box takes in the current column, for keeping boxes side by side.</summary>
    public double Height(PageFlow flow) => ChromeHeight(flow) + (Text.Length > 0
        ? flow.MeasureHeight(Text, flow.Typography.Body, flow.Width - Indent - (2 * Padding))
        : HeightOfBlankLines(BlankLines));

    public void Write(PageFlow flow)
    {
        var body = flow.Typography.Body;
        var lineHeight = Typography.LineHeight(body);
        var firstRow = Text.Length > 0 ? lineHeight : LineSpacing;
        flow.EnsureSpace(ChromeHeight(flow) + firstRow);

        var frame = OpenFrame(flow, Label, flow.Typography.Label, Palette.Ink, continued: false);
        var rtl = flow.IsRightToLeft(Text);
        if (Text.Length == 0)
        {
            Block? lines = null;
            for (var i = 0; i < BlankLines; i++)
            {
                if (!flow.Fits(LineSpacing + Padding))
                {
                    CloseFrame(flow, frame);
                    flow.BreakPage();
                    frame = OpenFrame(flow, BookletWords.Format(flow.Model.Words.Continued, Label), flow.Typography.Small, Palette.Muted, continued: true);
                    lines = null;
                }

                flow.Y += LineSpacing;
                lines ??= flow.Begin(BlockTag.Artifact);
                lines.Add(new LineShape(
                    frame.X + Padding, flow.Y - 4, frame.X + frame.Width - Padding, flow.Y - 4, Palette.Rule, 0.8));
            }
        }
        else
        {
            var breaker = new LineBreaker(Text, body, flow.Measurer);
            Block? paragraph = null;
            while (!breaker.IsDone)
            {
                if (!flow.Fits(lineHeight + Padding))
                {
                    CloseFrame(flow, frame);
                    flow.BreakPage();
                    frame = OpenFrame(flow, BookletWords.Format(flow.Model.Words.Continued, Label), flow.Typography.Small, Palette.Muted, continued: true);
                    paragraph = null;
                }

                var line = breaker.NextLine(frame.Width - (2 * Padding));
                paragraph ??= flow.Begin(BlockTag.Paragraph);
                if (line is { Length: > 0 })
                {
                    paragraph.Add(new TextRun(line, body, Palette.Ink, frame.X + Padding, flow.Y + PageFlow.Baseline(body))
                    {
                        RightEdge = frame.X + frame.Width - Padding,
                        RightToLeft = rtl,
                    });
                }

                flow.Y += lineHeight;
            }
        }

        flow.Y = Math.Max(flow.Y, frame.Y + MinHeight - Padding);
        CloseFrame(flow, frame);
    }

    private RectShape OpenFrame(PageFlow flow, string label, XFont font, XColor color, bool continued)
    {
        var x = flow.Left + Indent;
        var width = flow.Width - Indent;
        var frame = new RectShape(x, flow.Y, width, 0)
        {
            Fill = Palette.Tint(Accent, 0.94),
            Stroke = Palette.Tint(Accent, 0.45),
            StrokeWidth = 1,
            Radius = 6,
        };
        var chrome = flow.Begin(BlockTag.Artifact).Add(frame);
        if (Indent > 0 && !continued)
        {
            // The connector from the main question's box down into this one shows it belongs to it.
            var cx = x - (Indent / 2);
            chrome.Add(new LineShape(cx, flow.Y - 10, cx, flow.Y + 14, Palette.Tint(Accent, 0.3), 2));
            chrome.Add(new LineShape(cx, flow.Y + 14, x, flow.Y + 14, Palette.Tint(Accent, 0.3), 2));
        }

        flow.Y += Padding;
        var heading = flow.Begin(BlockTag.Heading3);
        var rtl = flow.IsRightToLeft(label);
        var breaker = new LineBreaker(label, font, flow.Measurer);
        while (breaker.NextLine(width - (2 * Padding)) is { } line)
        {
            heading.Add(new TextRun(line, font, color, x + Padding, flow.Y + PageFlow.Baseline(font)) { RightEdge = x + width - Padding, RightToLeft = rtl });
            flow.Y += Typography.LineHeight(font);
        }

        if (DutchLabel is not null && !continued)
        {
            var small = flow.Typography.Small;
            var dutch = new LineBreaker(BookletWords.DutchBeside(DutchLabel), small, flow.Measurer);
            while (dutch.NextLine(width - (2 * Padding)) is { } line)
            {
                heading.Add(new TextRun(line, small, Palette.Muted, x + Padding, flow.Y + PageFlow.Baseline(small))
                {
                    RightEdge = x + width - Padding,
                    RightToLeft = flow.Model.IsRightToLeft,
                });
                flow.Y += Typography.LineHeight(small);
            }
        }

        flow.Y += 4;
        return frame;
    }

    private static void CloseFrame(PageFlow flow, RectShape frame)
    {
        flow.Y += Padding;
        frame.Height = flow.Y - frame.Y;
    }
}
