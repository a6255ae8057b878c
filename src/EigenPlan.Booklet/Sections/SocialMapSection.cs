using EigenPlan.Booklet.Layout;
using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Style;

namespace EigenPlan.Booklet.Sections;

/// <summary>
/// Tips uit de Sociale Kaart: first what the resident chose to try (per topic), then more tips for the topics they
/// worked on; the blank booklet lists everything by house and topic. Contact details are clickable links.
/// </summary>
public sealed class SocialMapSection : IBookletSection
{
    public IReadOnlyList<ContentsEntry> ContentsEntries => [new("Tips uit de Sociale Kaart", 0, "tips")];

    public void Compose(PageFlow flow)
    {
        var model = flow.Model;
        var type = flow.Typography;
        flow.NewPage(PageStyle.Plain("Tips uit de Sociale Kaart"));
        flow.Anchor("tips");
        flow.Text("Tips uit de Sociale Kaart", type.Title, Palette.Ink, BlockTag.Heading1);
        flow.Space(4);
        flow.Text(
            $"Op de Sociale Kaart van {model.MunicipalityName} staan organisaties, vrijwilligers en mensen die kunnen helpen. " +
            "Kijk hier bij de vraag 'Wat heb ik nog nodig?'.",
            type.Body, Palette.Ink);
        flow.Space(12);

        var tips = model.Tips;
        if (tips.Chosen.Count > 0)
        {
            Heading(flow, "Dit wil ik proberen");
            Groups(flow, tips.Chosen);
        }

        if (tips.More.Count > 0)
        {
            Heading(flow, model.IsBlank ? "Alle tips per onderwerp" : "Meer tips bij jouw onderwerpen");
            Groups(flow, tips.More);
        }

        if (tips.Chosen.Count == 0 && tips.More.Count == 0)
        {
            flow.Text("Er staan nog geen tips bij de onderwerpen die je hebt ingevuld.", type.Body, Palette.Muted);
        }

        if (model.HelpContacts.Count > 0)
        {
            Heading(flow, "Hulp bij je plan");
            foreach (var team in model.HelpContacts)
            {
                new TipCard(BookletText.Clean(team.Name, 200), BookletText.Clean(team.Description, 500), team.Contact).Write(flow);
            }
        }
    }

    private static void Heading(PageFlow flow, string text)
    {
        flow.EnsureSpace(120);
        flow.Space(8);
        flow.Text(text, flow.Typography.Heading, Palette.Ink, BlockTag.Heading2);
        flow.Space(6);
    }

    private static void Groups(PageFlow flow, IReadOnlyList<TipGroup> groups)
    {
        var type = flow.Typography;
        foreach (var group in groups)
        {
            flow.EnsureSpace(100);
            flow.Text($"{group.TopicTitle} · {group.HouseTitle}", type.Label, Palette.Muted, BlockTag.Heading3);
            flow.Space(4);
            foreach (var entry in group.Entries)
            {
                TipCard.For(entry).Write(flow);
            }

            for (var i = 0; i < group.MissingCount; i++)
            {
                flow.Text("Een tip die je hier had gekozen staat niet meer op de Sociale Kaart.", type.Body, Palette.Muted);
            }

            flow.Space(8);
        }
    }
}
