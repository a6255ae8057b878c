using EigenPlan.Booklet.Layout;
using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Style;

namespace EigenPlan.Booklet.Sections.Explanation;

/// <summary>
/// "De huisjes" explained: the explanation text and the faces with their words, then per fictional resident their
/// filled-in huisjesplaat (faces marked) and their notes per house, inside the example frame: one resident per spread.
/// </summary>
public sealed class HousesExplanationSection(ExplanationBookletModel model) : IBookletSection
{
    public const string Title = "De huisjes";

    /// <summary>What an example's empty box says: leaving something empty is allowed, and no lines invite writing in it.</summary>
    public const string EmptyNote = "Niets ingevuld. Dat mag ook.";

    public IReadOnlyList<ContentsEntry> ContentsEntries =>
    [
        new(Title, 0, "uitleg-huisjes"),
        .. model.Examples.Select(e => new ContentsEntry($"De huisjes van {e.Name}", 1, $"voorbeeld-huisjes:{e.Id}")),
    ];

    public void Compose(PageFlow flow)
    {
        var type = flow.Typography;
        var booklet = model.Booklet;
        flow.NewPage(PageStyle.Plain(Title));
        flow.Anchor("uitleg-huisjes");
        flow.Text(Title, type.Title, Palette.Ink, BlockTag.Heading1);
        flow.Space(8);
        RichText.Write(flow, model.HousesText, Palette.Ink);
        flow.Space(16);

        flow.EnsureSpace(110);
        flow.Text("De gezichtjes", type.Heading, Palette.Ink, BlockTag.Heading2);
        flow.Space(8);
        HousesPlate.Legend(flow, booklet.Smileys);

        if (model.Examples.Count > 0)
        {
            flow.Space(16);
            flow.EnsureSpace(80);
            flow.Text("Voorbeelden", type.Heading, Palette.Ink, BlockTag.Heading2);
            flow.Space(2);
            var names = model.Examples.Select(e => e.Name).ToList();
            flow.Text(
                $"Op de volgende bladzijden zie je hoe {Join(names)} de huisjes invulden. " +
                "Ze bestaan niet. Je herkent hun voorbeelden aan de stippellijn eromheen.",
                type.Body, Palette.Ink);
        }

        foreach (var example in model.Examples)
        {
            Example(flow, example);
        }
    }

    private void Example(PageFlow flow, BookletExample example)
    {
        var type = flow.Typography;
        // No "vervolg" title: the example frame's own label says whose notes continue.
        flow.NewPage(PageStyle.Plain());
        flow.Anchor($"voorbeeld-huisjes:{example.Id}");
        ExampleFrame.Write(flow, example.Name, f =>
        {
            f.Text($"De huisjes van {example.Name}", type.Heading, Palette.Ink, BlockTag.Heading2);
            f.Text(example.About, type.Body, Palette.Muted);
            f.Space(10);
            new HousesPlate(example.Houses, model.Booklet.Smileys, IsBlank: false).Write(f);

            f.BreakPage();
            f.Text($"Wat gaat goed en wat gaat niet goed bij {example.Name}?", type.Heading, Palette.Ink, BlockTag.Heading2);
            f.Space(6);
            HouseNotesBoxes.Write(f, example.Houses, compact: true, emptyNote: EmptyNote);
        });
    }

    private static string Join(List<string> names) =>
        names.Count <= 1 ? string.Concat(names) : $"{string.Join(", ", names.Take(names.Count - 1))} en {names[^1]}";
}
