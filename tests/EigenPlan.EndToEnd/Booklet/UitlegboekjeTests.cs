using System.Net;
using System.Net.Http.Headers;
using EigenPlan.Content;
using EigenPlan.EndToEnd.Infrastructure;
using EigenPlan.Web.Endpoints;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;

namespace EigenPlan.EndToEnd.Booklet;

/// <summary>The uitlegboekje: downloaded from the start page by a resident, and served like the blank booklet.</summary>
public sealed class UitlegboekjeTests(BrowserFixture browser) : AppTest(browser)
{
    [Fact]
    public async Task Uitlegboekje_FromTheStartPage_HoldsEveryExampleAndSaysThePeopleAreMadeUp()
    {
        await using var device = await Browser.NewDeviceAsync(BrowserFixture.Phone);
        var page = await device.NewPageAsync();
        await page.GoAndWaitAsync(App.Url("/"));
        await page.GetByRole(AriaRole.Radio, new() { Name = "Almere" }).CheckAsync();

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Uitlegboekje met voorbeelden" }).ClickAsync());
        var path = Path.Combine(RepoPaths.Output("downloads"), "uitlegboekje.pdf");
        await download.SaveAsAsync(path);

        Assert.Equal("uitlegboekje-almere.pdf", download.SuggestedFilename);
        using var pdf = PdfDocument.Open(path);
        var pages = pdf.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))).ToList();
        Assert.StartsWith("Uitlegboekje bij Mijn Eigen Plan Gemeente Almere", pages[0], StringComparison.Ordinal);
        Assert.Contains("De mensen in dit boekje zijn verzonnen", pages[0]);
        // Every answer of every fictional resident is in it. Read letter by letter in the order they are drawn (the
        // booklet draws in reading order; PdfPig's words are ordered by position and mix boxes side by side), and
        // compared without white space, as lines break anywhere.
        var all = Squeeze(string.Concat(pdf.GetPages().SelectMany(p => p.Letters)
            .Where(l => l.TextOrientation == UglyToad.PdfPig.Content.TextOrientation.Horizontal).Select(l => l.Value)));
        var explanation = ContentLoader.LoadDirectory(RepoPaths.Content).FindExplanation("basis")!;
        foreach (var resident in explanation.Residents)
        {
            Assert.Contains($"Voorbeeld van {resident.Name}", string.Join(' ', pages));
            Assert.All(resident.Topics.Values.SelectMany(t => t.Values), answer => Assert.Contains(Squeeze(answer), all));
        }

        // The last page points to this site's blank booklet, with the address the resident used.
        var links = pdf.GetPage(pdf.NumberOfPages).GetAnnotations().Select(a => a.Action).OfType<UriAction>().Select(a => a.Uri);
        Assert.Contains(App.Url("/boekje/leeg/almere"), links);
    }

    [Fact]
    public async Task Uitlegboekje_HasAStrongETag_IsRenderedOnce_AndAnswersIfNoneMatchWith304()
    {
        using var http = new HttpClient { BaseAddress = new Uri(App.BaseUrl) };
        var cache = App.Services.GetRequiredService<BlankBookletCache>();

        using var first = await http.GetAsync("/uitlegboekje/almere");
        var etag = first.Headers.ETag;
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/pdf", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", first.Headers.CacheControl?.ToString());
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        var pdf = await first.Content.ReadAsByteArrayAsync();
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4), StringComparison.Ordinal);

        using var second = await http.GetAsync("/uitlegboekje/almere");
        Assert.Equal(etag, second.Headers.ETag);
        Assert.Equal(pdf, await second.Content.ReadAsByteArrayAsync());

        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/uitlegboekje/almere");
        conditional.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag.Tag));
        using var notModified = await http.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        // One render for the three requests, kept apart from the blank booklet's.
        Assert.Equal(1, cache.ExplanationRenders);
        Assert.Equal(0, cache.Renders);
        using var blank = await http.GetAsync("/boekje/leeg/almere");
        Assert.NotEqual(etag, blank.Headers.ETag);
        Assert.Equal((1, 1), (cache.ExplanationRenders, cache.Renders));
    }

    [Fact]
    public async Task Uitlegboekje_UnknownMunicipality_IsNotFound()
    {
        using var http = new HttpClient { BaseAddress = new Uri(App.BaseUrl) };

        using var response = await http.GetAsync("/uitlegboekje/bestaat-niet");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
