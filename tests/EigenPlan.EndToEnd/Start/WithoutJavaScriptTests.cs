using EigenPlan.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static EigenPlan.EndToEnd.Wizard.ResidentJourney;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.Start;

/// <summary>
/// Start and continue are plain server-rendered forms: they work with JavaScript switched off, and the form's own
/// response signs the browser in (no ticket, no script).
/// </summary>
public sealed class WithoutJavaScriptTests(BrowserFixture browser) : AppTest(browser)
{
    [Fact]
    public async Task StartMijnPlan_WithJavaScriptOff_ShowsProblemsThenReachesTheCodePage()
    {
        await using var device = await Browser.NewDeviceAsync(BrowserFixture.Phone, javaScriptEnabled: false);
        var page = await device.NewPageAsync();
        await page.GotoAsync(App.Url("/nieuw/almere"));

        // A problem comes back in the page: in the summary (linked to the field) and under the field.
        await page.GetByLabel("Je naam").FillAsync("Zonder Script");
        await page.GetByLabel("Je leeftijd").FillAsync("veertig");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start mijn plan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Vul je leeftijd in als getal");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Vul je leeftijd in als getal, bijvoorbeeld 42. Of laat het leeg." }))
            .ToHaveAttributeAsync("href", "#leeftijd");
        await Expect(page.Locator("#leeftijd-fout")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Je naam")).ToHaveValueAsync("Zonder Script");
        Assert.Null(await device.PlanCookieAsync());

        await page.GetByLabel("Je leeftijd").FillAsync("47");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Met hulp van een cliëntondersteuner" }).CheckAsync();
        await page.GetByLabel("Naam van de cliëntondersteuner").FillAsync("Ahmed Yilmaz");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start mijn plan" }).ClickAsync();

        await page.WaitForPathAsync("/plan/[0-9A-Z]{6}/code$");
        // The first response already shows the plan, so the new code can be read and written down without JavaScript;
        // filling in the plan needs JavaScript, which a <noscript> says (this emulation does not render it).
        await Expect(page.Locator("#persoonlijke-code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$"));
        await Expect(page.GetByText("Je plan wordt geopend…")).ToHaveCountAsync(0);
        Assert.Contains("lukt alleen als JavaScript aan staat", await page.ContentAsync(), StringComparison.Ordinal);
        Assert.NotNull(await device.PlanCookieAsync());

        // The cookie that response set opens the plan, with the code and the name from the form.
        await using var withScript = await Browser.CopyWithJavaScriptAsync(device, BrowserFixture.Phone);
        var check = await withScript.NewPageAsync();
        await check.GoAndWaitAsync(page.Url);
        await Expect(check.Locator("#persoonlijke-code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$"));
        // On a phone the plan's menu is one button.
        await check.GetByText("Menu", new() { Exact = true }).ClickAsync();
        await check.GetByRole(AriaRole.Link, new() { Name = "Mijn gegevens" }).ClickAsync();
        await Expect(check.GetByLabel("Je naam")).ToHaveValueAsync("Zonder Script");
    }

    [Fact]
    public async Task ContinueWithCode_WithJavaScriptOff_RefusesAWrongCode_OpensWithTheRightOne()
    {
        await using var phone = await Browser.NewDeviceAsync(BrowserFixture.Phone);
        var (planUrl, code) = await StartPlanAsync(await phone.NewPageAsync(), App);

        await using var laptop = await Browser.NewDeviceAsync(BrowserFixture.Desktop, javaScriptEnabled: false);
        var page = await laptop.NewPageAsync();
        await page.GotoAsync(App.Url("/verder"));
        await page.GetByLabel("Je persoonlijke code").FillAsync("AAAA-BBBB-CCCC-DDDD-EEEE");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open mijn plan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Deze code klopt niet");
        await Expect(page.Locator("#code-fout")).ToBeVisibleAsync();
        Assert.Null(await laptop.PlanCookieAsync());

        await page.GetByLabel("Je persoonlijke code").FillAsync(code.ToLowerInvariant());
        await page.GetByRole(AriaRole.Button, new() { Name = "Open mijn plan" }).ClickAsync();
        await page.WaitForPathAsync(new Uri(planUrl).AbsolutePath + "/overzicht$");
        Assert.NotNull(await laptop.PlanCookieAsync());

        await using var withScript = await Browser.CopyWithJavaScriptAsync(laptop, BrowserFixture.Desktop);
        var check = await withScript.NewPageAsync();
        await check.GoAndWaitAsync(page.Url);
        await Expect(check.GetByRole(AriaRole.Navigation, new() { Name = "Mijn plan" })).ToBeVisibleAsync();
    }
}
