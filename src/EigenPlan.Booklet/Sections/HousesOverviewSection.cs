using EigenPlan.Booklet.Layout;
using EigenPlan.Booklet.Style;

namespace EigenPlan.Booklet.Sections;

/// <summary>
/// The huisjesplaat: every house in its colour with its topics and a row of faces under each; the chosen face is
/// marked (after an earlier round, the face of then beside it). Then, per house, "Wat gaat goed?" and "Wat gaat niet goed?".
/// </summary>
public sealed class HousesOverviewSection : IBookletSection
{
    public IReadOnlyList<ContentsEntry> ContentsEntries =>
    [
        new("De huisjes", 0, "huisjes"),
        new("Wat gaat goed en wat gaat niet goed?", 1, "huisjes-notities"),
    ];

    public void Compose(PageFlow flow)
    {
        var model = flow.Model;
        var type = flow.Typography;
        var then = model.IsBlank ? null : model.ThenDate;
        flow.NewPage(PageStyle.Plain("De huisjes"));
        flow.Anchor("huisjes");
        flow.Text("De huisjes", type.Title, Palette.Ink, BlockTag.Heading1);
        flow.Space(4);
        flow.Text(
            model.IsBlank ? "Elk huisje gaat over een deel van je leven. Zet bij elk onderwerp een kring om het gezichtje dat past."
            : then is null ? "Elk huisje gaat over een deel van je leven. Bij elk onderwerp zie je hoe het nu met je gaat."
            // One line, so the plate keeps its page with the extra line per topic.
            : $"Bij elk onderwerp zie je hoe het nu gaat, en hoe het ging op {Model.BookletText.DutchDate(then.Value)}.",
            type.Body, Palette.Ink);
        flow.Space(14);

        new HousesPlate(model.Houses, model.Smileys, model.IsBlank) { Then = then }.Write(flow);
        HousesPlate.Legend(flow, model.Smileys);

        flow.NewPage(PageStyle.Plain("Wat gaat goed en wat gaat niet goed?"));
        flow.Anchor("huisjes-notities");
        flow.Text("Wat gaat goed en wat gaat niet goed?", type.Title, Palette.Ink, BlockTag.Heading1);
        flow.Space(4);
        flow.Text("Schrijf per huisje op wat goed gaat en wat niet. Een paar woorden is genoeg.", type.Body, Palette.Ink);
        flow.Space(12);
        HouseNotesBoxes.Write(flow, model.Houses);
    }
}
