using EigenPlan.Booklet.Layout;
using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Style;

namespace EigenPlan.Booklet.Sections;

/// <summary>
/// The end of the booklet, "Hoe verder?": how to hand in the plan at the municipality (or, when the resident noted it,
/// that they did), and a line for the person helping: the web app's page for client supporters. Written under the
/// last section when it fits there, otherwise on a page of its own.
/// </summary>
public sealed class ClosingSection(BookletWords words) : IBookletSection
{
    private const string AnchorKey = "verder";

    public IReadOnlyList<ContentsEntry> ContentsEntries => [new(words.ClosingTitle, 0, AnchorKey)];

    public void Compose(PageFlow flow)
    {
        var model = flow.Model;
        var type = flow.Typography;
        var handIn = HandInLines(model);
        var supporters = SupportersLine(model.Options, words);
        var rows = HandInRows(model);
        var height = Typography.LineHeight(type.Title) + 12
            + (handIn.Count + rows.Count > 0 ? Typography.LineHeight(type.Heading) + 8 + handIn.Sum(l => flow.MeasureHeight(l, type.Body, flow.Width) + 4) : 0)
            + rows.Sum(r => flow.MeasureHeight(r.Value, type.Body, flow.Width - TipCard.LabelWidth))
            + Typography.LineHeight(type.Heading) + 20 + flow.MeasureHeight(supporters, type.Body, flow.Width) + 24;
        if (flow.Pages.Count == 0 || !flow.Fits(height + 30))
        {
            flow.NewPage(PageStyle.Plain(words.ClosingTitle));
        }
        else
        {
            // Under the last section, set apart by a rule.
            flow.Space(12);
            flow.Begin(BlockTag.Artifact).Add(new LineShape(flow.Left, flow.Y, flow.Right, flow.Y, Palette.Rule, 0.75));
            flow.Space(18);
        }

        flow.Anchor(AnchorKey);
        flow.Text(words.ClosingTitle, type.Title, Palette.Ink, BlockTag.Heading1);
        flow.Space(8);

        if (handIn.Count + rows.Count > 0)
        {
            flow.Text(model.HandedIn is null ? words.HandInHeading : words.HandedInHeading, type.Heading, Palette.Ink, BlockTag.Heading2);
            flow.Space(4);
            foreach (var line in handIn)
            {
                flow.Text(line, type.Body, Palette.Ink);
                flow.Space(4);
            }

            foreach (var row in rows)
            {
                TipCard.Row(flow, row, flow.Left, flow.Width);
            }

            flow.Space(14);
        }

        flow.Text(words.ForSupporters, type.Heading, Palette.Ink, BlockTag.Heading2);
        flow.Space(4);
        WriteWithAddress(flow, supporters, BookletNotices.Address(model.Options, BookletNotices.ForSupportersPath));
    }

    /// <summary>What to say about handing in: the resident's own note when there is one, otherwise the municipality's "when".</summary>
    private static List<string> HandInLines(BookletModel model)
    {
        if (model.HandedIn is { } handedIn)
        {
            return [BookletWords.Format(model.Words.YouHandedIn, handedIn.In(model.Words))];
        }

        if (model.HandIn is not { } handIn)
        {
            return [];
        }

        return handIn.When.Length > 0
            ? [$"{BookletWords.Format(model.Words.YouCanHandIn, model.MunicipalityName)} {handIn.When}"]
            : [BookletWords.Format(model.Words.YouCanHandIn, model.MunicipalityName)];
    }

    private static List<(string Label, string Value, string? Uri)> HandInRows(BookletModel model)
    {
        if (model.HandedIn is not null || model.HandIn is not { } handIn)
        {
            return [];
        }

        var rows = new List<(string Label, string Value, string? Uri)>();
        void Add(string label, string value, string? uri)
        {
            if (value.Length > 0)
            {
                rows.Add((label, value, uri));
            }
        }

        Add(model.Words.Email, handIn.Email, ContactLinks.Email(handIn.Email));
        Add(model.Words.Upload, handIn.UploadPage, ContactLinks.Website(handIn.UploadPage));
        Add(model.Words.ByPost, handIn.PostalAddress, null);
        Add(model.Words.Phone, handIn.Phone, ContactLinks.Phone(handIn.Phone));
        return rows;
    }

    private static string SupportersLine(BookletOptions options, BookletWords words) => BookletNotices.Address(options, BookletNotices.ForSupportersPath) is not null
        ? words.SupportersWithAddress
        : words.SupportersWithoutAddress;

    /// <summary>The text, then the address (when known) on a line of its own: a link, unless it is a placeholder.</summary>
    internal static void WriteWithAddress(PageFlow flow, string text, string? address)
    {
        var type = flow.Typography;
        flow.Text(text, type.Body, Palette.Ink);
        if (address is not null)
        {
            AddressLine.Write(flow, address, ContactLinks.Website(address));
        }
    }
}
