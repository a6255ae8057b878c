using EigenPlan.Booklet.Layout;
using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Style;
using EigenPlan.Core.Content;
using PdfSharp.Drawing;

namespace EigenPlan.Booklet.Sections;

/// <summary>One Sociale Kaart entry (or team) as a card: name, what it offers, for whom, costs, how to apply, contact links.</summary>
internal sealed record TipCard(string Name, string Summary, ContactDetails Contact)
{
    internal const double LabelWidth = 92;
    private const double Padding = 12;

    public string? Meta { get; init; }
    public IReadOnlyList<(string Label, string Value)> Facts { get; init; } = [];
    public string? OpeningHours { get; init; }
    public string? Checked { get; init; }

    public static TipCard For(SocialMapEntry entry, BookletWords? words = null)
    {
        words ??= BookletWords.Dutch;
        var organisation = BookletText.Clean(entry.Organisation, 200);
        return new TipCard(BookletText.Clean(entry.Name, 200), BookletText.Clean(entry.Summary, 1000), entry.Contact)
        {
            Meta = organisation.Length > 0 ? $"{organisation} · {entry.Kind.Label()}" : entry.Kind.Label(),
            Facts = [(words.ForWhom, BookletText.Clean(entry.ForWhom, 1000)), (words.Costs, BookletText.Clean(entry.Costs, 500)), (words.Apply, BookletText.Clean(entry.HowToApply, 1000))],
            OpeningHours = BookletText.Clean(entry.OpeningHours, 300),
            Checked = BookletWords.Format(words.LastChecked, words.DateText(entry.LastChecked)),
        };
    }

    public void Write(PageFlow flow)
    {
        var type = flow.Typography;
        var rows = Rows(flow.Model.Words);
        // Keep a card on one page when it fits on one.
        flow.EnsureSpace(Math.Min(MeasureHeight(flow, rows), PageFlow.Bottom - PageGeometry.MarginTop - 80));

        var startPage = flow.Pages.Count;
        var frame = new RectShape(flow.Left, flow.Y, flow.Width, 0) { Fill = Palette.Soft, Radius = 6 };
        flow.Begin(BlockTag.Artifact).Add(frame);
        var left = flow.Left;
        var width = flow.Width;
        flow.Y += Padding;
        flow.SetColumn(left + Padding, width - (2 * Padding));
        flow.Text(Name, type.Label, Palette.Ink, BlockTag.Heading3);
        if (!string.IsNullOrEmpty(Meta))
        {
            flow.Text(Meta, type.Small, Palette.Muted);
        }

        if (Summary.Length > 0)
        {
            flow.Space(4);
            flow.Text(Summary, type.Body, Palette.Ink);
        }

        flow.Space(4);
        foreach (var row in rows)
        {
            Row(flow, row, left + Padding, width - (2 * Padding));
        }

        if (Checked is not null)
        {
            flow.Space(2);
            flow.Text(Checked, type.Small, Palette.Muted);
        }

        flow.Y += Padding - 4;
        // A card taller than a page keeps its background on the first page only.
        frame.Height = flow.Pages.Count == startPage ? flow.Y - frame.Y : PageFlow.Bottom - frame.Y;
        flow.SetColumn(PageGeometry.MarginLeft, PageGeometry.ContentWidth);
        flow.Space(10);
    }

    private List<(string Label, string Value, string? Uri)> Rows(BookletWords words)
    {
        var rows = Facts.Where(f => f.Value.Length > 0).Select(f => (f.Label, f.Value, (string?)null)).ToList();
        void Add(string label, string? value, string? uri)
        {
            var clean = BookletText.Clean(value, 500);
            if (clean.Length > 0)
            {
                rows.Add((label, clean, uri));
            }
        }

        Add(words.Phone, Contact.Phone, ContactLinks.Phone(Contact.Phone));
        Add(words.Email, Contact.Email, ContactLinks.Email(Contact.Email));
        Add(words.Website, Contact.Website, ContactLinks.Website(Contact.Website));
        Add(words.Address, Contact.Address, null);
        Add(words.Open, OpeningHours, null);
        return rows;
    }

    private double MeasureHeight(PageFlow flow, List<(string Label, string Value, string? Uri)> rows)
    {
        var type = flow.Typography;
        var inner = flow.Width - (2 * Padding);
        return (2 * Padding) + flow.MeasureHeight(Name, type.Label, inner) + Typography.LineHeight(type.Small) + 10
            + flow.MeasureHeight(Summary, type.Body, inner)
            + rows.Sum(r => flow.MeasureHeight(r.Value, type.Body, inner - LabelWidth))
            + Typography.LineHeight(type.Small);
    }

    /// <summary>A label on the left and its value beside it; a value with an address is a link.</summary>
    internal static void Row(PageFlow flow, (string Label, string Value, string? Uri) row, double left, double width)
    {
        var type = flow.Typography;
        var lineHeight = Typography.LineHeight(type.Body);
        flow.EnsureSpace(lineHeight);
        // Label and value form one paragraph ("Kosten Gratis"): one structure element instead of two.
        var paragraph = flow.Begin(BlockTag.Paragraph).Add(new TextRun(row.Label, type.BodyBold, Palette.Ink, left, flow.Y + PageFlow.Baseline(type.Body)));
        if (row.Uri is null)
        {
            flow.SetColumn(left + LabelWidth, width - LabelWidth);
            flow.Text(row.Value, type.Body, Palette.Ink, into: paragraph);
            flow.SetColumn(left, width);
            return;
        }

        flow.EnsureSpace(flow.MeasureHeight(row.Value, type.Body, width - LabelWidth));
        var link = flow.Begin(BlockTag.WebLink, $"{row.Label}: {row.Value}");
        link.Uri = row.Uri;
        var top = flow.Y;
        var breaker = new LineBreaker(row.Value, type.Body, flow.Measurer);
        var widest = 0.0;
        while (breaker.NextLine(width - LabelWidth) is { } line)
        {
            var x = left + LabelWidth;
            var baseline = flow.Y + PageFlow.Baseline(type.Body);
            var lineWidth = flow.Measurer.Width(line, type.Body);
            widest = Math.Max(widest, lineWidth);
            link.Add(new TextRun(line, type.Body, Palette.Link, x, baseline));
            link.Add(new LineShape(x, baseline + 2, x + lineWidth, baseline + 2, Palette.Link, 0.6));
            flow.Y += lineHeight;
        }

        link.Bounds = new XRect(left + LabelWidth, top, widest, flow.Y - top);
    }
}
