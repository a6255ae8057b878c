using EigenPlan.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.Languages;

/// <summary>
/// The shared plan in Arabic on a phone: from the explanation to making it, its overview and the people pages, each
/// right to left, axe clean and with no part left marked Dutch (the words are Arabic, not a Dutch page in an Arabic frame).
/// Then the booklet from Mijn plan carries the shared plan in Arabic with the Dutch headings.
/// </summary>
public sealed partial class LanguageJourneyTests
{
    [Fact]
    public async Task Arabic_SharedPlan_MadeAndShown_InArabic_RightToLeft_Accessible_WithTheBookletsSharedPages()
    {
        await using var device = await Browser.NewDeviceAsync(BrowserFixture.Phone);
        var page = await device.NewPageAsync();
        var words = LanguageWords.Arabic;
        var (planUrl, _) = await StartPlanInAsync(page, words);

        await page.GoAndWaitAsync(planUrl + "/samen");
        await AssertArabicPageAsync(page, "اجعلها خطة مشتركة", "samen: uitleg in het Arabisch");
        await page.GetByRole(AriaRole.Link, new() { Name = "ابدأ الخطة المشتركة" }).ClickAsync();
        await page.WaitForPathAsync("/samen/maken$");
        await page.WaitForInteractiveAsync();
        await AssertArabicPageAsync(page, "اجعلها خطة مشتركة", "samen maken in het Arabisch");

        // A goal in the resident's own words (she writes in any language), then the plan.
        await page.Locator("#eigen-doel").FillAsync("أريد أن أدفع فواتيري في الوقت المحدد");
        await page.GetByRole(AriaRole.Button, new() { Name = "أضف هذا الهدف" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "أنشئ الخطة المشتركة" }).ClickAsync();
        await page.WaitForPathAsync("/samen$");
        await Expect(page.Locator(".goal-list > li")).ToContainTextAsync("أريد أن أدفع فواتيري في الوقت المحدد");
        await AssertArabicPageAsync(page, "خطتنا المشتركة", "samenplan overzicht in het Arabisch");
        await page.ScreenshotAsync("languages-ar-samen");

        foreach (var (path, heading) in new[]
        {
            ("/samen/uitnodigen", (string?)null),
            ("/samen/huishouden", null),
            ("/samen/logboek", "من اطّلع على خطتي؟"),
            ("/gegevens", null),
        })
        {
            await page.GoAndWaitAsync(planUrl + path);
            await AssertArabicPageAsync(page, heading, $"{path} in het Arabisch");
        }

        var booklet = await DownloadBookletTextAsync(page, planUrl, "ar");
        Assert.Contains("NL: Ons samenplan", booklet, StringComparison.Ordinal);
        Assert.Contains("NL: Mijn doelen, het belangrijkste eerst", booklet, StringComparison.Ordinal);
        Assert.DoesNotContain("Kleur:", booklet, StringComparison.Ordinal);
    }

    /// <summary>Arabic, right to left, an Arabic h1 (that exact text when given), nothing marked Dutch, axe clean.</summary>
    private static async Task AssertArabicPageAsync(IPage page, string? heading, string what)
    {
        await AssertLanguageAsync(page, "ar", "rtl");
        var h1 = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        if (heading is not null)
        {
            await Expect(h1).ToHaveTextAsync(heading);
        }
        Assert.Contains(await h1.InnerTextAsync(), c => c is >= '\u0600' and <= '\u06FF');
        Assert.Equal(0, await page.Locator("main [lang=nl]").CountAsync());
        await page.AssertAccessibleAsync(what);
    }
}
