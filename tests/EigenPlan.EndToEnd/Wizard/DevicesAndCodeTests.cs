using System.Text.RegularExpressions;
using EigenPlan.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static EigenPlan.EndToEnd.Wizard.ResidentJourney;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.Wizard;

/// <summary>
/// Each browser has its own key: the resident sees the devices, closes any of them on the server, and a new code closes
/// them all. The library-computer story: nothing stays behind for the next visitor.
/// </summary>
public sealed class DevicesAndCodeTests(BrowserFixture browser) : AppTest(browser)
{
    private const string NotOpen = "Dit plan is op dit apparaat niet open";

    [Fact]
    public async Task DeviceList_ShowsBothDevices_ClosingTheOther_ItsCookieNoLongerOpensThePlan()
    {
        await using var phone = await Browser.NewDeviceAsync(BrowserFixture.Phone);
        var phonePage = await phone.NewPageAsync();
        var (planUrl, code) = await StartPlanAsync(phonePage, App);
        await using var laptop = await Browser.NewDeviceAsync(BrowserFixture.Desktop);
        var laptopPage = await laptop.NewPageAsync();
        await ContinueWithCodeAsync(laptopPage, App, code);

        await phonePage.GoAndWaitAsync(planUrl + "/gegevens");
        await phonePage.GetByRole(AriaRole.Link, new() { Name = "Mijn apparaten" }).ClickAsync();
        await phonePage.WaitForPathAsync("/apparaten$");
        var devices = phonePage.Locator("li.device-list__item");
        await Expect(devices).ToHaveCountAsync(2);
        await Expect(devices.Filter(new() { HasText = "(dit apparaat)" })).ToHaveCountAsync(1);
        await Expect(devices.First).ToContainTextAsync("Chrome op Linux");
        await Expect(devices.First).ToContainTextAsync("Open sinds");
        await phonePage.AssertAccessibleAsync("mijn apparaten");

        await devices.Filter(new() { HasNotText = "(dit apparaat)" }).GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Sluit af") }).ClickAsync();

        await phonePage.WaitForPathAsync("/apparaten$");
        await phonePage.WaitForInteractiveAsync();
        await Expect(phonePage.Locator("li.device-list__item")).ToHaveCountAsync(1);
        // The laptop still has its cookie, but the server closed its device: it opens nothing.
        Assert.NotNull(await laptop.PlanCookieAsync());
        await laptopPage.GoAndWaitAsync(planUrl + "/huisjes");
        await Expect(laptopPage.GetByRole(AriaRole.Heading, new() { Name = NotOpen })).ToBeVisibleAsync();
        var download = await laptop.APIRequest.GetAsync(planUrl + "/export.json", new() { MaxRedirects = 0 });
        Assert.Equal(302, download.Status);
    }

    [Fact]
    public async Task NewCode_AsksTheCurrentCode_ThenTheOldCodeAndTheOtherDevicesStopWorking_TheNewCodeOpens()
    {
        await using var phone = await Browser.NewDeviceAsync(BrowserFixture.Phone);
        var phonePage = await phone.NewPageAsync();
        var (planUrl, oldCode) = await StartPlanAsync(phonePage, App);
        await using var laptop = await Browser.NewDeviceAsync(BrowserFixture.Desktop);
        var laptopPage = await laptop.NewPageAsync();
        await ContinueWithCodeAsync(laptopPage, App, oldCode);
        // The laptop never saw the code: it is shown only right after it was made.
        await laptopPage.GoAndWaitAsync(planUrl + "/code");
        await Expect(laptopPage.Locator("#persoonlijke-code")).ToHaveCountAsync(0);
        await Expect(laptopPage.GetByRole(AriaRole.Link, new() { Name = "Nieuwe code maken" })).ToBeVisibleAsync();

        await phonePage.GoAndWaitAsync(planUrl + "/gegevens");
        await phonePage.GetByRole(AriaRole.Link, new() { Name = "Nieuwe code maken" }).ClickAsync();
        await phonePage.WaitForPathAsync("/nieuwe-code$");
        // A static form page: the link loads it afresh (it is not part of the live connection).
        await phonePage.Locator("input[name=_handler][value=nieuwe-code]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await phonePage.WaitForLoadStateAsync(LoadState.Load);
        await phonePage.AssertAccessibleAsync("nieuwe code maken");
        await phonePage.GetByLabel("Je huidige code").FillAsync("AAAA-BBBB-CCCC-DDDD-EEEE");
        await phonePage.GetByRole(AriaRole.Button, new() { Name = "Maak een nieuwe code" }).ClickAsync();
        await Expect(phonePage.Locator("#code-fout")).ToContainTextAsync("Deze code klopt niet");
        await phonePage.GetByLabel("Je huidige code").FillAsync(oldCode);
        await phonePage.GetByRole(AriaRole.Button, new() { Name = "Maak een nieuwe code" }).ClickAsync();

        await phonePage.WaitForPathAsync("/code$");
        await phonePage.WaitForInteractiveAsync();
        var newCode = (await phonePage.Locator("#persoonlijke-code").InnerTextAsync()).Trim();
        Assert.Matches("^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$", newCode);
        Assert.NotEqual(oldCode, newCode);
        Assert.Equal(oldCode.Replace("-", "", StringComparison.Ordinal)[..6], newCode.Replace("-", "", StringComparison.Ordinal)[..6]);

        await laptopPage.GoAndWaitAsync(planUrl + "/huisjes");
        await Expect(laptopPage.GetByRole(AriaRole.Heading, new() { Name = NotOpen })).ToBeVisibleAsync();
        await laptopPage.GoAndWaitAsync(App.Url("/verder"));
        await laptopPage.GetByLabel("Je persoonlijke code").FillAsync(oldCode);
        await laptopPage.GetByRole(AriaRole.Button, new() { Name = "Open mijn plan" }).ClickAsync();
        await Expect(laptopPage.Locator("#code-fout")).ToContainTextAsync("Deze code klopt niet");
        await ContinueWithCodeAsync(laptopPage, App, newCode);
        await phonePage.GoAndWaitAsync(planUrl + "/huisjes");
        await Expect(phonePage.GetByRole(AriaRole.Heading, new() { Name = "De huisjes", Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task LibraryComputer_SharedChoice_SessionCookie_ClosingLeavesTheNextVisitorNothing()
    {
        await using var library = await Browser.NewDeviceAsync(BrowserFixture.Desktop);
        var page = await library.NewPageAsync();
        var (planUrl, code) = await StartPlanAsync(page, App, sharedComputer: true);
        var cookie = await library.PlanCookieAsync();
        Assert.NotNull(cookie);
        // Session cookies only: nothing of the plan is written to this computer's disk.
        Assert.Equal(-1, cookie.Expires);
        Assert.Equal(-1, (await library.CookiesAsync()).Single(c => c.Name == "eigenplan_code").Expires);
        await page.GoAndWaitAsync(planUrl + "/onderwerp/gezondheid.lichaam");
        await TypeAnswerAsync(page, "Hoe gaat het nu?", "Mijn knie doet pijn.");
        await page.WaitForSavedAsync();
        // What the next visitor of this browser could find: everything the browser holds, copied before closing.
        var everythingBefore = await library.CookiesAsync();

        await page.GoAndWaitAsync(planUrl + "/gegevens");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sluit mijn plan op dit apparaat" }).ClickAsync();
        await page.WaitForPathAsync("^http://127\\.0\\.0\\.1:\\d+/$");
        Assert.Null(await library.PlanCookieAsync());

        await using var nextVisitor = await Browser.NewDeviceAsync(BrowserFixture.Desktop);
        await nextVisitor.AddCookiesAsync(everythingBefore.Select(c => new Cookie
        {
            Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, Expires = c.Expires, HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
        }));
        var next = await nextVisitor.NewPageAsync();
        foreach (var path in new[] { "/huisjes", "/code", "/onderwerp/gezondheid.lichaam" })
        {
            await next.GoAndWaitAsync(planUrl + path);
            await Expect(next.GetByRole(AriaRole.Heading, new() { Name = NotOpen })).ToBeVisibleAsync();
        }
        Assert.DoesNotContain("Mijn knie", await next.ContentAsync(), StringComparison.Ordinal);
        var download = await nextVisitor.APIRequest.GetAsync(planUrl + "/export.json", new() { MaxRedirects = 0 });
        Assert.Equal(302, download.Status);

        // The resident opens it again elsewhere with the code, and the device list shows only that device.
        await using var home = await Browser.NewDeviceAsync(BrowserFixture.Phone);
        var homePage = await home.NewPageAsync();
        await ContinueWithCodeAsync(homePage, App, code);
        await homePage.GoAndWaitAsync(planUrl + "/apparaten");
        await Expect(homePage.Locator("li.device-list__item")).ToHaveCountAsync(1);
    }
}
