using EigenPlan.Booklet.Figures;
using EigenPlan.Booklet.Layout;
using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Style;
using PdfSharp.Drawing;

namespace EigenPlan.Booklet.Sections;

/// <summary>
/// The cover: "Mijn Eigen Plan", the municipality, the row of houses, and who made the plan, when and with whose help.
/// In the blank booklet those are lines to write on.
/// </summary>
public sealed class CoverSection : IBookletSection
{
    public IReadOnlyList<ContentsEntry> ContentsEntries => [];

    public void Compose(PageFlow flow)
    {
        var model = flow.Model;
        var type = flow.Typography;
        var words = model.Words;
        flow.NewPage(PageStyle.Plain());
        flow.Anchor("cover");

        DrawHouseRow(flow, model);

        flow.Space(34);
        flow.Text(words.BookTitle, type.CoverTitle, Palette.Ink, BlockTag.Heading1);
        flow.Space(2);
        flow.Text(BookletWords.Format(words.MunicipalityLine, model.MunicipalityName), type.Heading, Palette.Muted);
        flow.Space(22);
        if (model.IsSample)
        {
            SampleNotice.Write(flow);
            flow.Space(18);
        }

        flow.Text(words.CoverIntro, type.Body, Palette.Ink);
        flow.Space(30);

        var cover = model.Cover;
        Field(flow, words.Name, cover.Name);
        Field(flow, words.Age, cover.Age is { } age ? BookletWords.Format(words.AgeYears, age) : null);
        Field(flow, words.Date, cover.Date is { } date ? words.DateText(date) : null);
        if (model.IsBlank)
        {
            HelpChoices(flow);
        }
        else
        {
            Field(flow, words.FilledIn, cover.HelpLine);
            if (model.HandedIn is { } handedIn)
            {
                Field(flow, words.HandedIn, handedIn.In(words));
            }
        }

        HelpBox(flow, model);
    }

    /// <summary>At the foot of the cover: who helps with the plan, with phone numbers, in a calm tinted box.</summary>
    internal static void HelpBox(PageFlow flow, BookletModel model)
    {
        var type = flow.Typography;
        var lines = model.HelpContacts
            .Select(t => (Name: BookletText.Clean(t.Name, 200), Reach: string.Join(" · ", new[] { t.Contact.Phone, t.Contact.Website }.Select(v => BookletText.Clean(v, 200)).Where(v => v.Length > 0))))
            .Where(t => t.Name.Length > 0)
            .ToList();
        var height = 24 + Typography.LineHeight(type.Label) + (lines.Count * 2 * Typography.LineHeight(type.Body)) + 12;
        var top = PageFlow.Bottom - height;
        if (lines.Count == 0 || top < flow.Y + 20)
        {
            return;
        }

        flow.Y = top;
        flow.Begin(BlockTag.Artifact).Add(new RectShape(flow.Left, top, flow.Width, height) { Fill = Palette.Soft, Radius = 8 });
        var left = flow.Left;
        flow.SetColumn(left + 16, flow.Width - 32);
        flow.Y += 14;
        flow.Text(model.Words.HelpHeading, type.Label, Palette.Ink, BlockTag.Heading2);
        foreach (var (name, reach) in lines)
        {
            flow.Text(name, type.BodyBold, Palette.Ink);
            flow.Text(reach, type.Body, Palette.Ink);
        }

        flow.SetColumn(left, PageGeometry.ContentWidth);
    }

    /// <summary>The six houses side by side across the top, as on the front of the paper booklet.</summary>
    internal static void DrawHouseRow(PageFlow flow, BookletModel model)
    {
        var count = Math.Max(1, model.Houses.Count);
        var gap = 12.0;
        var size = Math.Min(64, (flow.Width - ((count - 1) * gap)) / count);
        var bounds = new XRect(flow.Left, flow.Y, flow.Width, size * 0.95);
        var alt = BookletWords.Format(model.Words.HousesAlt, string.Join(", ", model.Houses.Select(h => h.Title)));
        var figure = flow.Begin(BlockTag.Figure, alt);
        figure.Bounds = bounds;
        var houses = model.Houses;
        figure.Add(new Artwork(gfx =>
        {
            for (var i = 0; i < houses.Count; i++)
            {
                var box = new XRect(bounds.X + (i * (size + gap)), bounds.Y, size, size * 0.95);
                HouseFigure.Draw(gfx, box, Palette.FromHex(houses[i].Color), houses[i].Icon);
            }
        }));
        flow.Y += bounds.Height;
    }

    /// <summary>A label with its value, or with a line to write on.</summary>
    private static void Field(PageFlow flow, string label, string? value)
    {
        var type = flow.Typography;
        const double labelWidth = 96;
        var rowHeight = 34.0;
        // The label shares the value's baseline, so "Naam" and the name read as one line. In Arabic the label is on the
        // right and the value (or the line to write on) to its left.
        var rtl = flow.Model.IsRightToLeft;
        var paragraph = flow.Begin(BlockTag.Paragraph).Add(new TextRun(label, type.Label, Palette.Muted, flow.Left, flow.Y + PageFlow.Baseline(type.Heading))
        {
            RightEdge = flow.Right,
            RightToLeft = rtl,
        });
        var (lineLeft, lineRight) = rtl ? (flow.Left, flow.Right - labelWidth) : (flow.Left + labelWidth, flow.Right);
        if (value is null)
        {
            flow.Begin(BlockTag.Artifact).Add(new LineShape(lineLeft, flow.Y + 20, lineRight, flow.Y + 20, Palette.Rule, 1));
            flow.Y += rowHeight;
            return;
        }

        var left = flow.Left;
        flow.SetColumn(lineLeft, flow.Width - labelWidth);
        flow.Text(value, type.Heading, Palette.Ink, into: paragraph);
        flow.SetColumn(left, PageGeometry.ContentWidth);
        flow.Y += rowHeight - Typography.LineHeight(type.Heading);
    }

    /// <summary>Blank booklet: tick boxes for "zelf" or "met hulp van", with a line for the helper's name.</summary>
    private static void HelpChoices(PageFlow flow)
    {
        var type = flow.Typography;
        flow.Space(6);
        flow.Text(flow.Model.Words.IFillIn, type.Label, Palette.Muted);
        flow.Space(6);
        foreach (var (text, line) in new[] { (flow.Model.Words.Myself, false), (flow.Model.Words.WithHelpOf, true) })
        {
            var y = flow.Y;
            var textWidth = flow.Measurer.Width(text, type.Body);
            if (flow.Model.IsRightToLeft)
            {
                // Mirrored for Arabic: the box on the right, the words to its left, the line after them.
                flow.Begin(BlockTag.Artifact).Add(new RectShape(flow.Right - 15, y + 2, 15, 15) { Stroke = Palette.Ink, StrokeWidth = 1.2, Radius = 2 });
                flow.Begin(BlockTag.Paragraph).Add(new TextRun(text, type.Body, Palette.Ink, flow.Right - 26 - textWidth, y + 14));
                if (line)
                {
                    flow.Begin(BlockTag.Artifact).Add(new LineShape(flow.Left, y + 17, flow.Right - 26 - textWidth - 10, y + 17, Palette.Rule, 1));
                }

                flow.Y += 30;
                continue;
            }

            flow.Begin(BlockTag.Artifact).Add(new RectShape(flow.Left, y + 2, 15, 15) { Stroke = Palette.Ink, StrokeWidth = 1.2, Radius = 2 });
            var x = flow.Left + 26;
            flow.Begin(BlockTag.Paragraph).Add(new TextRun(text, type.Body, Palette.Ink, x, y + 14));
            if (line)
            {
                var start = x + textWidth + 10;
                flow.Begin(BlockTag.Artifact).Add(new LineShape(start, y + 17, flow.Right, y + 17, Palette.Rule, 1));
            }

            flow.Y += 30;
        }
    }
}
