using EigenPlan.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static EigenPlan.EndToEnd.Wizard.ResidentJourney;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.Wizard;

/// <summary>Opnieuw kijken hoe het gaat: a second round, with then and now side by side in words.</summary>
public sealed class RoundsTests(BrowserFixture browser) : AppTest(browser)
{
    [Theory]
    [InlineData("phone")]
    [InlineData("desktop")]
    public async Task SecondRound_HousesAndMijnPlanShowThenAndNow(string viewport)
    {
        await using var device = await Browser.NewDeviceAsync(viewport == "phone" ? BrowserFixture.Phone : BrowserFixture.Desktop);
        var page = await device.NewPageAsync();
        var (planUrl, _) = await StartPlanAsync(page, App);
        await page.GoAndWaitAsync(planUrl + "/huisjes/woonruimte");
        await Smileys(page, "Wonen").GetByRole(AriaRole.Radio, new() { Name = "Gaat goed" }).CheckAsync(new() { Force = true });
        await page.WaitForSavedAsync();
        await page.GoAndWaitAsync(planUrl + "/huisjes/geldzaken");
        await Smileys(page, "Inkomen").GetByRole(AriaRole.Radio, new() { Name = "Gaat slecht" }).CheckAsync(new() { Force = true });
        await page.WaitForSavedAsync();
        await Expect(page.Locator(".then-now")).ToHaveCountAsync(0);

        // From Mijn plan, with an explanation and a confirmation.
        await page.GoAndWaitAsync(planUrl + "/mijn-plan");
        await page.GetByRole(AriaRole.Link, new() { Name = "Opnieuw kijken hoe het gaat" }).ClickAsync();
        await page.WaitForPathAsync("/opnieuw-kijken$");
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Wat je schreef, blijft staan.");
        await page.AssertAccessibleAsync("opnieuw kijken");
        await page.ScreenshotAsync($"{viewport}-17-opnieuw-kijken");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, begin opnieuw" }).ClickAsync();

        // The houses page: each face starts empty, with the earlier one next to it, in words.
        await page.WaitForPathAsync("/huisjes$");
        await Expect(page.Locator("main")).ToContainTextAsync("Je kijkt opnieuw hoe het gaat.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Geldzaken" }).ClickAsync();
        await page.WaitForPathAsync("/huisjes/geldzaken$");
        var inkomen = page.Locator(".house-card__topic").Filter(new() { Has = Smileys(page, "Inkomen") });
        await Expect(Smileys(page, "Inkomen").GetByRole(AriaRole.Radio, new() { Name = "Gaat slecht" })).Not.ToBeCheckedAsync();
        await Expect(inkomen.Locator(".then-now")).ToContainTextAsync("Toen: Gaat slecht.");
        await Expect(inkomen.Locator(".then-now")).ToContainTextAsync("Nu: niets gekozen.");
        await Smileys(page, "Inkomen").GetByRole(AriaRole.Radio, new() { Name = "Gaat goed" }).CheckAsync(new() { Force = true });
        await Expect(inkomen.Locator(".then-now")).ToContainTextAsync("Nu: Gaat goed.");
        await Expect(inkomen.Locator(".then-now")).ToContainTextAsync("beter dan toen");
        await page.WaitForSavedAsync();
        await page.AssertAccessibleAsync("de huisjes, tweede ronde");
        await inkomen.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync($"{viewport}-18-huisjes-toen-en-nu");

        // Mijn plan: the distance travelled, with the dates of both rounds.
        await page.GoAndWaitAsync(planUrl + "/mijn-plan");
        var thenAndNow = page.Locator("section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Toen en nu", Level = 2 }) });
        await Expect(thenAndNow).ToContainTextAsync("Inkomen");
        await Expect(thenAndNow).ToContainTextAsync("Toen: Gaat slecht. Nu: Gaat goed.");
        await Expect(thenAndNow).ToContainTextAsync("Wonen");
        await Expect(thenAndNow).ToContainTextAsync("Toen: Gaat goed. Nu: niets gekozen.");
        await Expect(thenAndNow.Locator("p").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Toen: \d{1,2} \w+ \d{4}\. Nu: \d{1,2} \w+ \d{4}\.$"));
        await page.AssertAccessibleAsync("mijn plan, toen en nu");
        await thenAndNow.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync($"{viewport}-19-mijn-plan-toen-en-nu");
    }
}
