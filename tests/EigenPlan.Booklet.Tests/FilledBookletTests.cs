using EigenPlan.Booklet.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Tokens;

namespace EigenPlan.Booklet.Tests;

public class FilledBookletTests
{
    private static readonly byte[] Pdf = BookletPdf.Render(SamplePlans.Filled(RealisticContent.Format, RealisticContent.Almere));
    private static readonly List<string[]> Pages = BookletPdf.Words(Pdf);

    [Fact]
    public void Render_EveryAnswer_AppearsOnItsOwnTopicPage()
    {
        foreach (var house in RealisticContent.Format.Houses)
        {
            foreach (var topic in house.Topics)
            {
                var topicPages = PageFinder.TopicPages(Pages, house.Title, topic.Title);
                Assert.NotEmpty(topicPages);
                foreach (var question in RealisticContent.Format.Questions)
                {
                    var marker = SamplePlans.Marker(topic.Key, question.Id);
                    var found = Enumerable.Range(0, Pages.Count).Where(i => Pages[i].Any(w => w.StartsWith(marker, StringComparison.Ordinal))).ToList();
                    Assert.True(found.Count == 1 && topicPages.Contains(found[0]),
                        $"{marker} on pages [{string.Join(",", found)}], topic pages [{string.Join(",", topicPages)}]");
                }
            }
        }
    }

    [Fact]
    public void Render_CoverShowsNameAgeDateAndHelper_WithDutchCharacters()
    {
        var cover = PageFinder.Text(Pages[0]);

        Assert.Contains("Mijn Eigen Plan", cover);
        Assert.Contains("Gemeente Almere", cover);
        Assert.Contains("Anouk de Vries-Çelik", cover);
        Assert.Contains("47 jaar", cover);
        Assert.Contains("12 maart 2026", cover);
        Assert.Contains("Met hulp van Joëlle Bakker (cliëntondersteuner)", cover);
    }

    [Fact]
    public void Render_HouseNotesKeepEuroSignAndApostrophe()
    {
        var all = string.Join(' ', Pages.Select(PageFinder.Text));

        Assert.Contains("€180", all);
        Assert.Contains("’s avonds", all);
    }

    [Fact]
    public void Render_ContentsPageNumbers_PointAtTheRightPages()
    {
        var contents = Pages[1];
        foreach (var (title, firstWordOnPage) in new[] { ("Tips", "Tips"), ("Inkomen", "Geldzaken"), ("huisjes", "De") })
        {
            var index = Array.IndexOf(contents, title);
            var number = contents.Skip(index).First(w => int.TryParse(w, out _));
            Assert.Equal(firstWordOnPage, Pages[int.Parse(number) - 1][0]);
        }
    }

    [Fact]
    public void Render_Footer_SaysPageXOfY()
    {
        Assert.Contains($"pagina 2 van {Pages.Count}", PageFinder.Text(Pages[1]));
        Assert.Contains($"pagina {Pages.Count} van {Pages.Count}", PageFinder.Text(Pages[^1]));
    }

    [Fact]
    public void Render_SocialMap_ChosenTipsFirstWithClickableContacts()
    {
        using var document = PdfDocument.Open(Pdf);
        var tipsStart = Pages.FindIndex(p => PageFinder.Text(p).StartsWith("Tips uit de Sociale Kaart Op de", StringComparison.Ordinal));
        var tipsText = string.Join(' ', Pages.Skip(tipsStart).Select(PageFinder.Text));
        var uris = document.GetPages().Skip(tipsStart)
            .SelectMany(p => p.GetAnnotations())
            .Select(a => a.Action).OfType<UriAction>().Select(a => a.Uri).ToList();

        Assert.True(tipsText.IndexOf("Dit wil ik proberen", StringComparison.Ordinal) < tipsText.IndexOf("Meer tips bij jouw onderwerpen", StringComparison.Ordinal));
        Assert.Contains("niet meer op de Sociale Kaart", tipsText);
        Assert.Contains("tel:+31365399911", uris);
        Assert.Contains("https://www.almere.nl/schulden", uris);
        // An address on example.nl is sample data: printed for the reader, never a link that leads nowhere.
        Assert.Contains("administratie@humanitas.example.nl", tipsText);
        Assert.DoesNotContain(uris, u => u.Contains("example.", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_Metadata_TitleNoAuthorDutchAndTagged()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "b.pdf");
        File.WriteAllBytes(path, Pdf);
        var info = BookletPdf.Run("pdfinfo", $"\"{path}\"");
        using var document = PdfDocument.Open(Pdf);

        Assert.Contains("Title:           Mijn Eigen Plan – Almere", info);
        Assert.DoesNotContain("Author:", info);
        Assert.Contains("Tagged:          yes", info);
        Assert.Equal("nl-NL", (document.Structure.Catalog.CatalogDictionary.Data["Lang"] as StringToken)?.Data);
    }

    [Fact]
    public void Render_Font_IsEmbeddedAtkinsonHyperlegible()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "b.pdf");
        File.WriteAllBytes(path, Pdf);
        var fonts = BookletPdf.Run("pdffonts", $"\"{path}\"");

        var lines = fonts.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();

        // Dutch text fits WinAnsi, so regular and bold are simple TrueType fonts; WinAnsi is a standard encoding
        // that maps every character to Unicode by itself (PDF 9.10.2), so no ToUnicode map is needed for search.
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.Contains("AtkinsonHyperlegible", l.Replace(" ", "", StringComparison.Ordinal)));
        Assert.All(lines, l => Assert.Matches(@"\bWinAnsi\s+yes\s+yes\b", l));
    }

    [Fact]
    public void Render_SameModelTwice_GivesIdenticalBytes()
    {
        var plan = SamplePlans.Filled(RealisticContent.Format, RealisticContent.Almere);

        var first = BookletPdf.Render(plan);
        var second = BookletPdf.Render(plan);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Render_InParallel_GivesTheSameBytesAsAlone()
    {
        // The renderer is registered as a singleton; the web app renders booklets for several residents at once.
        var plan = SamplePlans.Filled(RealisticContent.Format, RealisticContent.Almere);
        var alone = BookletPdf.Render(plan);

        var results = new byte[4][];
        Parallel.For(0, results.Length, i => results[i] = BookletPdf.Render(plan));

        Assert.All(results, r => Assert.Equal(alone, r));
    }

    [Fact]
    public void Render_WithoutFixedId_GivesDifferentDocumentIds()
    {
        var options = new BookletOptions { Clock = BookletOptions.Deterministic(BookletPdf.FixedTime).Clock };

        var first = BookletPdf.Render(null, options);
        var second = BookletPdf.Render(null, options);

        Assert.NotEqual(first, second);
    }
}
