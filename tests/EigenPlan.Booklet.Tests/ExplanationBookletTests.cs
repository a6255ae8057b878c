using EigenPlan.Booklet.Model;
using EigenPlan.Content;
using EigenPlan.Core.Content;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using YamlDotNet.RepresentationModel;

namespace EigenPlan.Booklet.Tests;

/// <summary>The uitlegboekje from the repository's own content: content/uitleg/basis.yaml for Almere.</summary>
public class ExplanationBookletTests
{
    private static readonly ContentSnapshot Snapshot = ContentLoader.LoadDirectory(RepoRoot.Content);
    private static readonly Format Format = Snapshot.FindFormat("basis")!;
    private static readonly Municipality Almere = Snapshot.FindMunicipality("almere")!;
    private static readonly FormatExplanation Explanation = Snapshot.FindExplanation("basis")!;
    private static readonly BookletOptions Options = BookletOptions.Deterministic(BookletPdf.FixedTime) with { SiteAddress = "https://eigenplan.almere.nl" };
    private static readonly ExplanationBookletModel Model = ExplanationBookletModel.Create(Format, Almere, Explanation, Options);
    private static readonly byte[] Pdf = new ExplanationBookletRenderer().Render(Model);
    private static readonly List<string[]> Pages = BookletPdf.Words(Pdf);
    private static readonly string Running = BookletPdf.Squeeze(BookletPdf.RunningText(Pdf));

    [Fact]
    public void Render_EveryTextInTheUitlegFile_Appears()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(RepoRoot.Content, "uitleg", "basis.yaml")))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var missing = new List<string>();
        // The explanations are Markdown: compared as the reader sees them, without the ** and list marks.
        foreach (var scalar in Scalars(root.Children[new YamlScalarNode("uitleg")]))
        {
            var plain = string.Join(' ', SafeMarkdown.ToPlainBlocks(scalar).Select(b => b.Text));
            if (!Running.Contains(BookletPdf.Squeeze(plain), StringComparison.Ordinal))
            {
                missing.Add(plain);
            }
        }

        // The residents' words are plain text: every one of them, except ids and the smiley ids they chose.
        foreach (var person in ((YamlSequenceNode)root.Children[new YamlScalarNode("personen")]).Children.Cast<YamlMappingNode>())
        {
            foreach (var (key, value) in person.Children)
            {
                if (((YamlScalarNode)key).Value is "id" or "smileys")
                {
                    continue;
                }

                missing.AddRange(Scalars(value).Where(text => !Running.Contains(BookletPdf.Squeeze(text), StringComparison.Ordinal)));
            }
        }

        Assert.True(missing.Count == 0, "Not in the PDF:\n" + string.Join('\n', missing));
        Assert.True(Explanation.Residents.Sum(r => r.Topics.Sum(t => t.Value.Count)) >= 90, "the file has about a hundred example answers");
    }

    [Fact]
    public void Render_EveryTopicPage_ExplainsEveryQuestion()
    {
        foreach (var house in Format.Houses)
        {
            foreach (var topic in house.Topics)
            {
                var pages = PageFinder.TopicPages(Pages, house.Title, topic.Title);
                Assert.NotEmpty(pages);
                var text = BookletPdf.Squeeze(PageFinder.Text(Pages[pages[0]]));
                foreach (var question in Format.Questions)
                {
                    Assert.Contains(BookletPdf.Squeeze(question.Label), text);
                    var explanation = string.Join(' ', SafeMarkdown.ToPlainBlocks(Explanation.ForQuestion(question.Id)).Select(b => b.Text));
                    Assert.Contains(BookletPdf.Squeeze(explanation), text);
                }
            }
        }
    }

    [Fact]
    public void Render_EveryExampleAnswer_IsOnItsTopicsPagesInsideAFrameWithTheResidentsName()
    {
        foreach (var resident in Explanation.Residents)
        {
            foreach (var (topicKey, answers) in resident.Topics)
            {
                var topic = Format.FindTopic(topicKey)!;
                var house = Format.FindHouse(topic.HouseId)!;
                var topicPages = PageFinder.TopicPages(Pages, house.Title, topic.Title);
                var text = BookletPdf.Squeeze(string.Join(' ', topicPages.Select(i => PageFinder.Text(Pages[i]))));
                foreach (var answer in answers.Values)
                {
                    Assert.Contains(BookletPdf.Squeeze(answer), text);
                    // The page with the answer carries the label of this resident's example.
                    var page = topicPages.Single(i => BookletPdf.Squeeze(PageFinder.Text(Pages[i])).Contains(BookletPdf.Squeeze(answer), StringComparison.Ordinal));
                    Assert.Contains($"Voorbeeld van {resident.Name}", PageFinder.Text(Pages[page]));
                }
            }
        }
    }

    [Fact]
    public void Render_HousesExample_ShowsEachResidentsFacesInWordsAndTheirNotes()
    {
        foreach (var resident in Explanation.Residents)
        {
            // The plate is the first thing in the frame: its label, then the heading.
            var start = Pages.FindIndex(p => PageFinder.Text(p).StartsWith($"Voorbeeld van {resident.Name} De huisjes van {resident.Name}", StringComparison.Ordinal));
            Assert.True(start > 0, resident.Name);
            var plate = BookletPdf.PagesInDrawingOrder(Pdf)[start];
            // The plate names each chosen face under its topic, in booklet order.
            var at = 0;
            foreach (var topic in Format.Topics)
            {
                var label = Format.FindSmiley(resident.SmileyFor(topic.Key)!)!.Label;
                at = plate.IndexOf($"{topic.Title} ", at, StringComparison.Ordinal);
                Assert.True(at >= 0, $"{resident.Name}: {topic.Title}");
                Assert.True(plate.IndexOf(label, at, StringComparison.Ordinal) > at, $"{resident.Name}: {topic.Title} {label}");
            }

            // In drawing order: the two boxes of a house stand side by side, so reading by position mixes their lines.
            var notes = BookletPdf.Squeeze(BookletPdf.PagesInDrawingOrder(Pdf)[start + 1]);
            Assert.Contains(BookletPdf.Squeeze($"Voorbeeld van {resident.Name} (vervolg)"), notes);
            // Both notes of every house; a note left empty is not in the file (the frame then says so, see below).
            var written = resident.Houses.Values.SelectMany(n => new[] { n.GoingWell, n.NotGoingWell }).OfType<string>().Where(t => t.Length > 0).ToList();
            Assert.NotEmpty(written);
            Assert.All(written, n => Assert.Contains(BookletPdf.Squeeze(n), notes));
        }
    }

    [Fact]
    public void Render_HouseNoteAResidentLeftEmpty_SaysSoInsteadOfOfferingLinesToWriteOn()
    {
        var withEmpty = Model.Examples.Where(e => e.Houses.Any(h => h.GoingWell.Length == 0 || h.NotGoingWell.Length == 0)).ToList();
        Assert.NotEmpty(withEmpty);
        foreach (var example in withEmpty)
        {
            var notes = Pages.FindIndex(p => PageFinder.Text(p).Contains($"Wat gaat goed en wat gaat niet goed bij {example.Name}?", StringComparison.Ordinal));
            var empty = example.Houses.Sum(h => (h.GoingWell.Length == 0 ? 1 : 0) + (h.NotGoingWell.Length == 0 ? 1 : 0));

            var text = BookletPdf.PagesInDrawingOrder(Pdf)[notes];
            Assert.Equal(empty, (text.Length - text.Replace(Sections.Explanation.HousesExplanationSection.EmptyNote, "", StringComparison.Ordinal).Length)
                / Sections.Explanation.HousesExplanationSection.EmptyNote.Length);
        }
    }

    [Fact]
    public void Render_Cover_SaysWhatItIsForWhichMunicipalityAndThatThePeopleAreMadeUp()
    {
        var cover = PageFinder.Text(Pages[0]);

        Assert.StartsWith("Uitlegboekje bij Mijn Eigen Plan Gemeente Almere", cover, StringComparison.Ordinal);
        Assert.Contains("De mensen in dit boekje zijn verzonnen", cover);
        Assert.Contains("Sanne, Harold, Jesse en Fatima bestaan niet.", cover);
        // Almere's file is sample data: on the cover, and small in the footer of every other page.
        Assert.Contains(BookletNotices.SampleData, cover);
        Assert.All(Pages.Skip(1), p => Assert.Contains(BookletNotices.SampleData, PageFinder.Text(p)));
    }

    [Fact]
    public void Render_IntroAndHousesText_AppearWithBoldRunsInBold()
    {
        using var document = PdfDocument.Open(Pdf);
        var intro = document.GetPage(Pages.FindIndex(p => PageFinder.Text(p).StartsWith("Over dit boekje", StringComparison.Ordinal)) + 1);
        var words = intro.GetWords().ToList();

        var bold = words.SkipWhile(w => w.Text != "Alles").Take(4).ToList();
        Assert.Equal(["Alles", "mag,", "niets", "moet."], bold.Select(w => w.Text));
        Assert.All(bold, w => Assert.Contains("Bold", w.Letters[0].FontName, StringComparison.Ordinal));
        Assert.DoesNotContain("Bold", words.First(w => w.Text == "Je").Letters[0].FontName, StringComparison.Ordinal);
        Assert.DoesNotContain("**", BookletPdf.RunningText(Pdf));
    }

    [Fact]
    public void Render_LastPage_LinksToTheBlankBookletAndTheSupportersPage_AndNeverToExampleAddresses()
    {
        using var document = PdfDocument.Open(Pdf);
        var last = document.GetPage(document.NumberOfPages);
        var uris = document.GetPages().SelectMany(p => p.GetAnnotations()).Select(a => a.Action).OfType<UriAction>().Select(a => a.Uri).ToList();

        Assert.StartsWith("Aan de slag", PageFinder.Text(Pages[^1]), StringComparison.Ordinal);
        var lastUris = last.GetAnnotations().Select(a => a.Action).OfType<UriAction>().Select(a => a.Uri).ToList();
        Assert.Contains("https://eigenplan.almere.nl/boekje/leeg/almere", lastUris);
        Assert.Contains("https://eigenplan.almere.nl/voor-clientondersteuners", lastUris);
        Assert.Contains("clientondersteuning@example.nl", PageFinder.Text(Pages[^1]));
        Assert.DoesNotContain(uris, u => u.Contains("example.", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_TaggedDutchWithTitle_AndTabsOnTopicPages()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "u.pdf");
        File.WriteAllBytes(path, Pdf);
        var info = BookletPdf.Run("pdfinfo", $"\"{path}\"");

        Assert.Contains("Title:           Uitlegboekje bij Mijn Eigen Plan – Almere", info);
        Assert.Contains("Tagged:          yes", info);
        var firstTopic = PageFinder.TopicPages(Pages, Format.Houses[0].Title, Format.Houses[0].Topics[0].Title)[0];
        var tab = Booklet.Figures.TabFigure.Bounds(0, Format.Houses.Count);
        Assert.Equal(Format.Houses[0].Color, PagePixels.Render(Pdf, firstTopic + 1).ColorAt(tab.X + (tab.Width / 2), tab.Y + 6));
    }

    [Fact]
    public void Render_SameModelTwice_GivesIdenticalBytes()
    {
        var again = new ExplanationBookletRenderer().Render(ExplanationBookletModel.Create(Format, Almere, Explanation, Options));

        Assert.Equal(Pdf, again);
    }

    [Fact]
    public void Render_WithoutSiteAddress_SaysWhereToLookInWords()
    {
        var pdf = new ExplanationBookletRenderer().Render(ExplanationBookletModel.Create(Format, Almere, Explanation, BookletOptions.Deterministic(BookletPdf.FixedTime)));

        var last = PageFinder.Text(BookletPdf.Words(pdf)[^1]);
        Assert.Contains("Op de website van Mijn Eigen Plan kun je het lege boekje downloaden", last);
        Assert.Contains("staat de pagina 'Voor cliëntondersteuners'", last);
    }

    /// <summary>Every text value under a node: the values of mappings and sequences, never their keys.</summary>
    private static IEnumerable<string> Scalars(YamlNode node) => node switch
    {
        YamlScalarNode { Value: { } value } => [value],
        YamlMappingNode mapping => mapping.Children.Values.SelectMany(Scalars),
        YamlSequenceNode sequence => sequence.Children.SelectMany(Scalars),
        _ => [],
    };
}
