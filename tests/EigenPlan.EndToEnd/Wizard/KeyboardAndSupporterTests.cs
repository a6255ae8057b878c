using EigenPlan.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static EigenPlan.EndToEnd.Wizard.ResidentJourney;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.Wizard;

public sealed class KeyboardAndSupporterTests(BrowserFixture browser) : AppTest(browser)
{
    [Fact]
    public async Task StartPage_ListsTheMunicipalitiesFromTheContent()
    {
        await using var device = await Browser.NewDeviceAsync(BrowserFixture.Phone);
        var page = await device.NewPageAsync();
        await page.GoAndWaitAsync(App.Url("/"));

        var group = page.GetByRole(AriaRole.Group, new() { Name = "In welke gemeente woon je?" });
        await Expect(group.GetByRole(AriaRole.Radio)).ToHaveCountAsync(2);
        await Expect(group.GetByRole(AriaRole.Radio, new() { Name = "Almere" })).ToBeVisibleAsync();
        await Expect(group.GetByRole(AriaRole.Radio, new() { Name = "Voorbeeldstad" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("phone-00-start");

        // Starting without a choice gets a clear message, not a dead button.
        await page.GetByRole(AriaRole.Button, new() { Name = "Start mijn plan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Kies eerst je gemeente.");
    }

    [Fact]
    public async Task KeyboardOnly_ChoosesSmileysOpensTopicAndTypes()
    {
        await using var device = await Browser.NewDeviceAsync(BrowserFixture.Desktop);
        var page = await device.NewPageAsync();
        var (planUrl, _) = await StartPlanAsync(page, App);
        await page.GoAndWaitAsync(planUrl + "/huisjes");

        var inkomen = Smileys(page, "Inkomen");
        await inkomen.GetByRole(AriaRole.Radio, new() { Name = "Gaat heel slecht" }).FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(inkomen.GetByRole(AriaRole.Radio, new() { Name = "Gaat slecht" })).ToBeCheckedAsync();
        // The focused option shows a visible focus ring.
        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement.nextElementSibling).outlineStyle");
        Assert.Equal("solid", outline);

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Schrijf over Inkomen" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForPathAsync("/onderwerp/geldzaken.inkomen$");

        var box = page.GetByLabel("Hoe gaat het nu?", new() { Exact = true });
        for (var i = 0; i < 40 && !await box.EvaluateAsync<bool>("el => el === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }
        await Expect(box).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Met het toetsenbord getypt.");
        await page.WaitForSavedAsync();
        await Expect(box).ToHaveValueAsync("Met het toetsenbord getypt.");
    }

    [Fact]
    public async Task SupporterModeChosenOnTheStartForm_IsOnInThePlan()
    {
        await using var device = await Browser.NewDeviceAsync(BrowserFixture.Phone);
        var page = await device.NewPageAsync();
        await page.GoAndWaitAsync(App.Url("/nieuw/almere"));
        var helperMode = page.GetByRole(AriaRole.Checkbox, new() { Name = "Ik help iemand" });
        await Expect(helperMode).ToBeHiddenAsync();

        await page.GetByRole(AriaRole.Radio, new() { Name = "Met hulp van een cliëntondersteuner" }).CheckAsync();
        await helperMode.CheckAsync();
        await page.ScreenshotAsync("phone-00-start-clientondersteuner");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start mijn plan" }).ClickAsync();
        await page.WaitForPathAsync("/plan/[0-9A-Z]{6}/code$");

        await page.GoAndWaitAsync(page.Url.Replace("/code", "/onderwerp/gezondheid.lichaam", StringComparison.Ordinal));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Vragen voor het gesprek" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SupporterMode_ShowsConversationPrompts_OnlyWhenSwitchedOn()
    {
        await using var device = await Browser.NewDeviceAsync(BrowserFixture.Desktop);
        var page = await device.NewPageAsync();
        var (planUrl, _) = await StartPlanAsync(page, App);
        await page.GoAndWaitAsync(planUrl + "/onderwerp/gezondheid.lichaam");
        var prompts = page.GetByRole(AriaRole.Heading, new() { Name = "Vragen voor het gesprek" });
        await Expect(prompts).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Ik help iemand" }).CheckAsync();
        await Expect(prompts).ToBeVisibleAsync();
        await Expect(page.Locator(".helper-prompts li")).Not.ToHaveCountAsync(0);
        await page.AssertAccessibleAsync("onderwerp met gespreksvragen");

        // The setting belongs to this browser: it survives a reload, and switching it off hides the prompts again.
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(prompts).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Ik help iemand" }).UncheckAsync();
        await Expect(prompts).ToHaveCountAsync(0);
    }
}
