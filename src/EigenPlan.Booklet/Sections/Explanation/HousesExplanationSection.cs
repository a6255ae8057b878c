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
        new(Words.HousesTitle, 0, "uitleg-huisjes"),
        .. model.Examples.Select(e => new ContentsEntry(BookletWords.Format(Words.HousesOf, e.Name), 1, $"voorbeeld-huisjes:{e.Id}")),
    ];

    private ExplanationBookletWords Words => model.Booklet.Words.Explanation;

    public void Compose(PageFlow flow)
    {
        var type = flow.Typography;
        var booklet = model.Booklet;
        flow.NewPage(PageStyle.Plain(Words.HousesTitle));
        flow.Anchor("uitleg-huisjes");
        flow.Text(Words.HousesTitle, type.Title, Palette.Ink, BlockTag.Heading1);
        flow.Space(8);
        RichText.Write(flow, model.HousesText, Palette.Ink);
        flow.Space(16);

        flow.EnsureSpace(110);
        flow.Text(Words.FacesTitle, type.Heading, Palette.Ink, BlockTag.Heading2);
        flow.Space(8);
        HousesPlate.Legend(flow, booklet.Smileys);

        if (model.Examples.Count > 0)
        {
            flow.Space(16);
            flow.EnsureSpace(80);
            flow.Text(Words.ExamplesTitle, type.Heading, Palette.Ink, BlockTag.Heading2);
            flow.Space(2);
            var names = model.Examples.Select(e => e.Name).ToList();
            flow.Text(BookletWords.Format(Words.HousesExamplesIntro, booklet.Words.List(names)), type.Body, Palette.Ink);
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
        ExampleFrame.Write(flow, BookletWords.Format(Words.ExampleOf, example.Name), f =>
        {
            f.Text(BookletWords.Format(Words.HousesOf, example.Name), type.Heading, Palette.Ink, BlockTag.Heading2);
            f.Text(example.About, type.Body, Palette.Muted);
            f.Space(10);
            new HousesPlate(example.Houses, model.Booklet.Smileys, IsBlank: false).Write(f);

            f.BreakPage();
            f.Text(BookletWords.Format(Words.NotesOf, example.Name), type.Heading, Palette.Ink, BlockTag.Heading2);
            f.Space(6);
            HouseNotesBoxes.Write(f, example.Houses, compact: true, emptyNote: Words.EmptyNote);
        });
    }
}
