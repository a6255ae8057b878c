using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Layout;
using EigenPlan.Booklet.Style;

namespace EigenPlan.Booklet.Sections;

/// <summary>
/// The huisjesplaat: every house in its colour with its topics and a row of faces under each; the chosen face is
/// marked (after an earlier round, the face of then beside it). Then, per house, "Wat gaat goed?" and "Wat gaat niet goed?".
/// </summary>
public sealed class HousesOverviewSection(BookletWords words) : IBookletSection
{
    public IReadOnlyList<ContentsEntry> ContentsEntries =>
    [
        new(words.HousesTitle, 0, "huisjes"),
        new(words.NotesTitle, 1, "huisjes-notities"),
    ];

    public void Compose(PageFlow flow)
    {
        var model = flow.Model;
        var type = flow.Typography;
        var then = model.IsBlank ? null : model.ThenDate;
        flow.NewPage(PageStyle.Plain(words.HousesTitle));
        flow.Anchor("huisjes");
        flow.Text(words.HousesTitle, type.Title, Palette.Ink, BlockTag.Heading1);
        flow.Space(4);
        flow.Text(
            model.IsBlank ? words.HousesIntroBlank
            : then is null ? words.HousesIntroNow
            // One line, so the plate keeps its page with the extra line per topic.
            : BookletWords.Format(words.HousesIntroThen, words.DateText(then.Value)),
            type.Body, Palette.Ink);
        flow.Space(14);

        new HousesPlate(model.Houses, model.Smileys, model.IsBlank) { Then = then }.Write(flow);
        HousesPlate.Legend(flow, model.Smileys);

        flow.NewPage(PageStyle.Plain(words.NotesTitle));
        flow.Anchor("huisjes-notities");
        flow.Text(words.NotesTitle, type.Title, Palette.Ink, BlockTag.Heading1);
        flow.Space(4);
        flow.Text(words.NotesIntro, type.Body, Palette.Ink);
        flow.Space(12);
        HouseNotesBoxes.Write(flow, model.Houses);
    }
}
