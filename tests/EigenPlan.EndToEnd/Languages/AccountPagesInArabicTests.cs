using EigenPlan.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.Languages;

/// <summary>
/// Mijn gegevens, the device list and the privacy page in Arabic, right to left, through the live connection: no part
/// marked Dutch except the privacy page's full text, which says in Arabic that it follows in Dutch.
/// </summary>
public sealed class AccountPagesInArabicTests(BrowserFixture browser) : AppTest(browser)
{
    [Fact]
    public async Task MyDataDevicesAndPrivacy_InArabic_Accessible()
    {
        await using var device = await Browser.NewDeviceAsync(BrowserFixture.Phone);
        var page = await device.NewPageAsync();
        var words = LanguageWords.Arabic;
        var (planUrl, _) = await LanguageStart.StartPlanInAsync(page, App, words);

        await page.GoAndWaitAsync(planUrl + "/gegevens");
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("بياناتي");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "احذف خطتي" })).ToBeVisibleAsync();
        await Expect(page.Locator("main div[lang=nl]")).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync("Mijn gegevens in het Arabisch");

        await page.GetByRole(AriaRole.Link, new() { Name = "أجهزتي" }).ClickAsync();
        await page.WaitForPathAsync("/apparaten$");
        await Expect(page.Locator(".device-list__name")).ToContainTextAsync("(هذا الجهاز)");

        await page.GoAndWaitAsync(App.Url("/privacy"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("الخصوصية والأمان");
        await Expect(page.Locator(".privacy-short li")).ToHaveCountAsync(5);
        await Expect(page.Locator("main div[lang=nl][dir=ltr]")).ToContainTextAsync("Wat bewaren we?");
    }
}
