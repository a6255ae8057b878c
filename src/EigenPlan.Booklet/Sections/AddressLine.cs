using EigenPlan.Booklet.Layout;
using EigenPlan.Booklet.Style;
using PdfSharp.Drawing;

namespace EigenPlan.Booklet.Sections;

/// <summary>A web address on a line of its own: blue and underlined as a link when <c>uri</c> is set, plain text otherwise.</summary>
internal static class AddressLine
{
    public static void Write(PageFlow flow, string address, string? uri)
    {
        var type = flow.Typography;
        if (uri is null)
        {
            flow.Text(address, type.BodyBold, Palette.Ink);
            return;
        }

        var lineHeight = Typography.LineHeight(type.Body);
        flow.EnsureSpace(flow.MeasureHeight(address, type.Body, flow.Width));
        var link = flow.Begin(BlockTag.WebLink, address);
        link.Uri = uri;
        var top = flow.Y;
        var widest = 0.0;
        var breaker = new LineBreaker(address, type.Body, flow.Measurer);
        while (breaker.NextLine(flow.Width) is { } line)
        {
            var baseline = flow.Y + PageFlow.Baseline(type.Body);
            var width = flow.Measurer.Width(line, type.Body);
            widest = Math.Max(widest, width);
            link.Add(new TextRun(line, type.Body, Palette.Link, flow.Left, baseline));
            link.Add(new LineShape(flow.Left, baseline + 2, flow.Left + width, baseline + 2, Palette.Link, 0.6));
            flow.Y += lineHeight;
        }

        link.Bounds = new XRect(flow.Left, top, widest, flow.Y - top);
    }
}
