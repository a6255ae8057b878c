using EigenPlan.Booklet.Figures;
using EigenPlan.Booklet.Layout;

namespace EigenPlan.Booklet.Tests;

public class BlankBookletTests
{
    private static readonly byte[] Pdf = BookletPdf.Render(plan: null);
    private static readonly List<string[]> Pages = BookletPdf.Words(Pdf);

    [Fact]
    public void Render_EveryTopicPage_HasEveryQuestionLabel()
    {
        foreach (var house in RealisticContent.Format.Houses)
        {
            foreach (var topic in house.Topics)
            {
                var topicPages = PageFinder.TopicPages(Pages, house.Title, topic.Title);
                var text = string.Join(' ', topicPages.Select(i => PageFinder.Text(Pages[i])));
                foreach (var question in RealisticContent.Format.Questions)
                {
                    Assert.Contains(question.Label, text);
                }
            }
        }
    }

    [Fact]
    public void Render_PageCount_IsTwoPagesPerTopicPlusTheFixedParts()
    {
        // A topic has room to write (at least five lines per main question): its first page and one "vervolg" page.
        var twoPageTopics = RealisticContent.Format.Houses.Sum(h => h.Topics.Count(t => PageFinder.TopicPages(Pages, h.Title, t.Title).Count == 2));
        var continuationPages = Pages.Count(p => PageFinder.Text(p).Contains("(vervolg)", StringComparison.Ordinal));
        var tipsPages = Pages.Count(p => PageFinder.Text(p).StartsWith("Tips uit de Sociale Kaart", StringComparison.Ordinal));

        Assert.Equal(13, twoPageTopics);
        // Cover, contents, huisjes, two pages of notes, 13 topics of two pages, 6 vrije ruimte pages, then the tips.
        Assert.Equal(1 + 1 + 1 + 2 + (13 * 2) + 6 + tipsPages, Pages.Count);
        Assert.Equal(1 + 13 + (tipsPages - 1), continuationPages);
    }

    [Fact]
    public void Render_NoSmileyIsMarked_AndNoAnswersAppear()
    {
        var all = string.Join(' ', Pages.Select(PageFinder.Text));

        Assert.DoesNotContain("kenmerk", all);
        Assert.DoesNotContain("Nog niet gekozen", all);
        Assert.DoesNotContain("Dit wil ik proberen", all);
    }

    [Fact]
    public void Render_Tabs_HaveTheHouseColourAtTheHousePosition()
    {
        var houses = RealisticContent.Format.Houses;
        for (var h = 0; h < houses.Count; h++)
        {
            var firstTopic = PageFinder.TopicPages(Pages, houses[h].Title, houses[h].Topics[0].Title)[0];
            var pixels = PagePixels.Render(Pdf, firstTopic + 1);
            for (var other = 0; other < houses.Count; other++)
            {
                var tab = TabFigure.Bounds(other, houses.Count);
                // Near the page edge and the tab's top, clear of the white house name in the middle.
                var color = pixels.ColorAt(PageGeometry.Width - 3, tab.Y + 8);
                Assert.Equal(other == h ? houses[h].Color : "#FFFFFF", color);
            }
        }
    }

    [Fact]
    public void Render_TabPositions_AreFixedPerHouseAndDoNotOverlap()
    {
        var bands = Enumerable.Range(0, 6).Select(i => TabFigure.Bounds(i, 6)).ToList();

        for (var i = 1; i < bands.Count; i++)
        {
            Assert.True(bands[i].Top > bands[i - 1].Bottom);
        }

        Assert.True(bands[^1].Bottom < PageGeometry.FooterBaseline - 20);
    }

    [Fact]
    public void RenderPagePng_WritesAPngFile()
    {
        var png = BookletPdf.RenderPagePng(Pdf, 3);

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(png)[..4]);
    }
}
