using EigenPlan.Booklet.Layout;
using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Style;

namespace EigenPlan.Booklet.Sections.Explanation;

/// <summary>
/// "Aan de slag", the last page of the uitlegboekje: where to get the blank booklet, the page for client supporters,
/// and who can help, with their contact details (placeholder addresses as text, never as links).
/// </summary>
public sealed class ExplanationClosingSection(ExplanationBookletWords words) : IBookletSection
{
    public const string Title = "Aan de slag";

    public IReadOnlyList<ContentsEntry> ContentsEntries => [new(words.ClosingTitle, 0, "aan-de-slag")];

    public void Compose(PageFlow flow)
    {
        var model = flow.Model;
        var type = flow.Typography;
        var options = model.Options;
        flow.NewPage(PageStyle.Plain(words.ClosingTitle));
        flow.Anchor("aan-de-slag");
        flow.Text(words.ClosingTitle, type.Title, Palette.Ink, BlockTag.Heading1);
        flow.Space(4);
        flow.Text(words.ClosingIntro, type.Body, Palette.Ink);
        flow.Space(14);

        flow.Text(words.BlankTitle, type.Heading, Palette.Ink, BlockTag.Heading2);
        flow.Space(4);
        var blank = BookletNotices.Address(options, BookletNotices.BlankBookletPath(model.MunicipalityId));
        ClosingSection.WriteWithAddress(flow,
            blank is null
                ? words.BlankWithoutAddress
                : words.BlankWithAddress,
            blank);
        flow.Space(14);

        flow.Text(words.SupportersTitle, type.Heading, Palette.Ink, BlockTag.Heading2);
        flow.Space(4);
        var supporters = BookletNotices.Address(options, BookletNotices.ForSupportersPath);
        ClosingSection.WriteWithAddress(flow,
            supporters is null
                ? words.SupportersWithoutAddress
                : words.SupportersWithAddress,
            supporters);

        if (model.HelpContacts.Count > 0)
        {
            flow.Space(14);
            flow.EnsureSpace(120);
            flow.Text(words.HelpTitle, type.Heading, Palette.Ink, BlockTag.Heading2);
            flow.Space(6);
            foreach (var team in model.HelpContacts)
            {
                new TipCard(BookletText.Clean(team.Name, 200), BookletText.Clean(team.Description, 500), team.Contact).Write(flow);
            }
        }
    }
}
