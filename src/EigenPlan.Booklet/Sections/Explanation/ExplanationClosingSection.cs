using EigenPlan.Booklet.Layout;
using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Style;

namespace EigenPlan.Booklet.Sections.Explanation;

/// <summary>
/// "Aan de slag", the last page of the uitlegboekje: where to get the blank booklet, the page for client supporters,
/// and who can help, with their contact details (placeholder addresses as text, never as links).
/// </summary>
public sealed class ExplanationClosingSection : IBookletSection
{
    public const string Title = "Aan de slag";

    public IReadOnlyList<ContentsEntry> ContentsEntries => [new(Title, 0, "aan-de-slag")];

    public void Compose(PageFlow flow)
    {
        var model = flow.Model;
        var type = flow.Typography;
        var options = model.Options;
        flow.NewPage(PageStyle.Plain(Title));
        flow.Anchor("aan-de-slag");
        flow.Text(Title, type.Title, Palette.Ink, BlockTag.Heading1);
        flow.Space(4);
        flow.Text("Nu maak je je eigen plan. Dat kan op papier of op de website. Je kiest zelf wat je invult.", type.Body, Palette.Ink);
        flow.Space(14);

        flow.Text("Het lege boekje", type.Heading, Palette.Ink, BlockTag.Heading2);
        flow.Space(4);
        var blank = BookletNotices.Address(options, BookletNotices.BlankBookletPath(model.MunicipalityId));
        ClosingSection.WriteWithAddress(flow,
            blank is null
                ? "Op de website van Mijn Eigen Plan kun je het lege boekje downloaden en printen. Je vult het in met een pen."
                : "Print het lege boekje en vul het in met een pen. Je downloadt het hier:",
            blank);
        flow.Space(14);

        flow.Text("Voor cliëntondersteuners", type.Heading, Palette.Ink, BlockTag.Heading2);
        flow.Space(4);
        var supporters = BookletNotices.Address(options, BookletNotices.ForSupportersPath);
        ClosingSection.WriteWithAddress(flow,
            supporters is null
                ? "Help je iemand met een eigen plan? Op de website van Mijn Eigen Plan staat de pagina 'Voor cliëntondersteuners'. Daar lees je hoe je helpt zonder het over te nemen."
                : "Help je iemand met een eigen plan? Op de pagina 'Voor cliëntondersteuners' lees je hoe je helpt zonder het over te nemen:",
            supporters);

        if (model.HelpContacts.Count > 0)
        {
            flow.Space(14);
            flow.EnsureSpace(120);
            flow.Text("Hulp bij je plan", type.Heading, Palette.Ink, BlockTag.Heading2);
            flow.Space(6);
            foreach (var team in model.HelpContacts)
            {
                new TipCard(BookletText.Clean(team.Name, 200), BookletText.Clean(team.Description, 500), team.Contact).Write(flow);
            }
        }
    }
}
