using EigenPlan.Content;
using EigenPlan.Core.Languages;
using EigenPlan.EndToEnd.Infrastructure;
using EigenPlan.EndToEnd.Languages;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.Uitleg;

/// <summary>
/// The uitleg in the plan's language: an Arabic plan on a phone shows the Arabic example, read right to left, not
/// marked Dutch, and its link to the uitlegboekje gives the Arabic PDF.
/// </summary>
public sealed class ExamplesInLanguageTests(BrowserFixture browser) : AppTest(browser)
{
    private const string Topic = "geldzaken.inkomen";

    [Fact]
    public async Task ArabicPlan_TopicExample_IsArabic_RightToLeft_AndLinksTheArabicUitlegboekje()
    {
        var catalog = App.Services.GetRequiredService<IContentCatalog>();
        var uitleg = catalog.ExplanationOf(catalog.FindFormat("basis")!, PlanLanguage.Arabic)!;
        var example = uitleg.ExamplesFor(Topic, "wil")[0];
        Assert.Equal(PlanLanguage.Arabic, uitleg.Language);
        await using var device = await Browser.NewDeviceAsync(BrowserFixture.Phone);
        var page = await device.NewPageAsync();
        var (planUrl, _) = await LanguageStart.StartPlanInAsync(page, App, LanguageWords.Arabic);

        await page.GoAndWaitAsync(planUrl + "/onderwerp/" + Topic);
        var wish = catalog.Current.FindFormat("basis", PlanLanguage.Arabic)!.FindQuestion("wil")!.Label;
        var fold = page.Locator("details.example-fold").Filter(new() { Has = page.Locator("summary", new() { HasTextString = $"‘{wish}’" }) });
        await Expect(fold).ToHaveCountAsync(1);
        await fold.Locator("summary").ClickAsync();

        var quote = fold.Locator("blockquote");
        await Expect(quote).ToHaveTextAsync(example.Text);
        await Expect(quote).ToHaveAttributeAsync("dir", "auto");
        Assert.Equal("rtl", await quote.EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        // The municipality's own help cards on this page stay Dutch (marked so); the example is not one of them.
        await Expect(fold.Locator("[lang=nl]")).ToHaveCountAsync(0);
        var link = fold.Locator("a[href^='/uitlegboekje/']");
        await Expect(link).ToHaveAttributeAsync("href", "/uitlegboekje/almere?taal=ar");
        await page.AssertAccessibleAsync("onderwerp in het Arabisch met een open voorbeeld");
        await page.ScreenshotAsync("phone-ar-voorbeeld");

        var response = await page.Context.APIRequest.GetAsync(App.Url("/uitlegboekje/almere?taal=ar"));
        Assert.Equal(200, response.Status);
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        var pdf = await response.BodyAsync();
        var path = Path.Combine(RepoPaths.Output("downloads"), "uitlegboekje-ar.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        var dutch = await (await page.Context.APIRequest.GetAsync(App.Url("/uitlegboekje/almere"))).BodyAsync();
        Assert.NotEqual(dutch, pdf);
    }
}
