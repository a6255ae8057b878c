using EigenPlan.Booklet.Layout;
using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Style;

namespace EigenPlan.Booklet.Sections;

/// <summary>
/// Tips uit de Sociale Kaart: first what the resident chose to try (per topic), then more tips for the topics they
/// worked on; the blank booklet lists everything by house and topic. Contact details are clickable links.
/// </summary>
public sealed class SocialMapSection(BookletWords words) : IBookletSection
{
    public IReadOnlyList<ContentsEntry> ContentsEntries => [new(words.TipsTitle, 0, "tips")];

    public void Compose(PageFlow flow)
    {
        var model = flow.Model;
        var type = flow.Typography;
        flow.NewPage(PageStyle.Plain(words.TipsTitle));
        flow.Anchor("tips");
        flow.Text(words.TipsTitle, type.Title, Palette.Ink, BlockTag.Heading1);
        flow.Space(4);
        flow.Text(
            BookletWords.Format(words.TipsIntro, model.MunicipalityName),
            type.Body, Palette.Ink);
        flow.Space(12);

        var tips = model.Tips;
        if (tips.Chosen.Count > 0)
        {
            Heading(flow, words.TipsChosen);
            Groups(flow, tips.Chosen);
        }

        if (tips.More.Count > 0)
        {
            Heading(flow, model.IsBlank ? words.TipsAll : words.TipsMore);
            Groups(flow, tips.More);
        }

        if (tips.Chosen.Count == 0 && tips.More.Count == 0)
        {
            flow.Text(words.TipsNone, type.Body, Palette.Muted);
        }

        if (model.HelpContacts.Count > 0)
        {
            Heading(flow, words.TipsHelp);
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
                TipCard.For(entry, flow.Model.Words).Write(flow);
            }

            for (var i = 0; i < group.MissingCount; i++)
            {
                flow.Text(flow.Model.Words.TipMissing, type.Body, Palette.Muted);
            }

            flow.Space(8);
        }
    }
}
