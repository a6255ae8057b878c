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
        // Voorbeeldstad is the template for municipalities, never offered to residents: Almere is the only one here.
        await Expect(group.GetByRole(AriaRole.Radio)).ToHaveCountAsync(1);
        await Expect(group.GetByRole(AriaRole.Radio, new() { Name = "Almere" })).ToBeVisibleAsync();
        await Expect(group.GetByRole(AriaRole.Radio, new() { Name = "Voorbeeldstad" })).ToHaveCountAsync(0);
        await page.ScreenshotAsync("phone-00-start");

        await Expect(group.GetByRole(AriaRole.Radio, new() { Name = "Almere" })).ToBeCheckedAsync();

        // With two municipalities to choose from, starting without a choice gets a clear message, not a dead button.
        var content = Path.Combine(Path.GetTempPath(), "eigenplan-e2e-content-" + Guid.NewGuid().ToString("N"));
        Staff.StaffPreviewTests.CopyDirectory(RepoPaths.Content, content);
        var almere = await File.ReadAllTextAsync(Path.Combine(content, "municipalities", "almere.yaml"));
        await File.WriteAllTextAsync(Path.Combine(content, "municipalities", "lelystad.yaml"),
            almere.Replace("id: almere", "id: lelystad", StringComparison.Ordinal).Replace("naam: Almere", "naam: Lelystad", StringComparison.Ordinal));
        await using var two = AppServer.Start(contentPath: content);
        await page.GoAndWaitAsync(two.Url("/"));
        await Expect(group.GetByRole(AriaRole.Radio)).ToHaveCountAsync(2);
        await page.GetByRole(AriaRole.Button, new() { Name = "Start mijn plan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Kies eerst je gemeente.");
    }

    [Fact]
    public async Task KeyboardOnly_ChoosesSmileysOpensTopicAndTypes()
    {
        await using var device = await Browser.NewDeviceAsync(BrowserFixture.Desktop);
        var page = await device.NewPageAsync();
        var (planUrl, _) = await StartPlanAsync(page, App);
        await page.GoAndWaitAsync(planUrl + "/huisjes/geldzaken");

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
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tips voor het gesprek (alleen voor jou als helper)" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("phone-22-gesprekstips");
    }

    [Fact]
    public async Task SupporterMode_ShowsConversationPrompts_OnlyWhenSwitchedOn()
    {
        await using var device = await Browser.NewDeviceAsync(BrowserFixture.Desktop);
        var page = await device.NewPageAsync();
        var (planUrl, _) = await StartPlanAsync(page, App);
        await page.GoAndWaitAsync(planUrl + "/onderwerp/gezondheid.lichaam");
        var prompts = page.GetByRole(AriaRole.Heading, new() { Name = "Tips voor het gesprek (alleen voor jou als helper)" });
        await Expect(prompts).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Ik help iemand" }).CheckAsync();
        await Expect(prompts).ToBeVisibleAsync();
        // Tips for the helper, not questions for the resident: a list of tips, no fields, no numbers.
        var tips = page.GetByRole(AriaRole.Complementary, new() { Name = "Tips voor het gesprek (alleen voor jou als helper)" });
        await Expect(tips.GetByRole(AriaRole.Listitem)).Not.ToHaveCountAsync(0);
        await Expect(tips.GetByRole(AriaRole.Textbox)).ToHaveCountAsync(0);
        await Expect(tips.Locator("input, textarea, select, ol")).ToHaveCountAsync(0);
        Assert.Equal("none", await tips.Locator("ul").EvaluateAsync<string>("el => getComputedStyle(el).listStyleType"));
        await page.AssertAccessibleAsync("onderwerp met gesprekstips");
        await page.ScreenshotAsync("desktop-22-gesprekstips");

        // The setting belongs to this browser: it survives a reload, and switching it off hides the prompts again.
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(prompts).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Ik help iemand" }).UncheckAsync();
        await Expect(prompts).ToHaveCountAsync(0);
    }
}
