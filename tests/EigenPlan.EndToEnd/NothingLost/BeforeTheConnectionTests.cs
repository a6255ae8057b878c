using EigenPlan.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static EigenPlan.EndToEnd.Wizard.ResidentJourney;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.NothingLost;

/// <summary>
/// The first pages work before the live connection is up (slow phone, slow network, scripts blocked): the start button
/// on the home page leads to the start form, and plan pages show the plan in their first response.
/// </summary>
public sealed class BeforeTheConnectionTests(BrowserFixture browser) : AppTest(browser)
{
    [Fact]
    public async Task StartMijnPlan_TappedBeforeBlazorConnects_LeadsToTheStartForm()
    {
        await using var device = await Browser.NewDeviceAsync(BrowserFixture.Phone);
        var page = await device.NewPageAsync();
        // A slow network: Blazor's script arrives only after the tap.
        var release = new TaskCompletionSource();
        await page.RouteAsync("**/_framework/blazor.web.js", async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });
        // The document is parsed up to the script it waits for: the form is there, Blazor is not.
        await page.GotoAsync(App.Url("/"), new() { WaitUntil = WaitUntilState.Commit });
        await page.GetByRole(AriaRole.Radio, new() { Name = "Almere" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start mijn plan" }).ClickAsync();

        await page.WaitForPathAsync("/nieuw/almere$");
        release.SetResult();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Start je plan", Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task StartMijnPlan_WithJavaScriptOff_FromTheHomePage_LeadsToTheStartForm_OrAsksForAMunicipality()
    {
        await using var device = await Browser.NewDeviceAsync(BrowserFixture.Phone, javaScriptEnabled: false);
        var page = await device.NewPageAsync();
        await page.GotoAsync(App.Url("/"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Start mijn plan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Kies eerst je gemeente.");

        await page.GetByRole(AriaRole.Radio, new() { Name = "Almere" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start mijn plan" }).ClickAsync();
        await page.WaitForPathAsync("/nieuw/almere$");
    }

    [Fact]
    public async Task PlanPages_InTheirFirstResponse_ShowThePlan_NotALoadingMessage()
    {
        await using var device = await Browser.NewDeviceAsync(BrowserFixture.Desktop);
        var page = await device.NewPageAsync();
        var (planUrl, _) = await StartPlanAsync(page, App);
        await page.GoAndWaitAsync(planUrl + "/onderwerp/gezondheid.lichaam");
        await TypeAnswerAsync(page, "Hoe gaat het nu?", "Mijn knie doet pijn.");
        await page.WaitForSavedAsync();

        // The same device with scripts off sees only the first response: the plan is in it.
        await using var noScript = await Browser.NewDeviceAsync(BrowserFixture.Desktop, javaScriptEnabled: false);
        await noScript.AddCookiesAsync((await device.CookiesAsync()).Select(c => new Cookie
        {
            Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, Expires = c.Expires,
            HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
        }));
        var first = await noScript.NewPageAsync();
        var response = await first.GotoAsync(planUrl + "/onderwerp/gezondheid.lichaam");
        Assert.Contains("no-store", response!.Headers["cache-control"], StringComparison.Ordinal);
        await Expect(first.GetByLabel("Hoe gaat het nu?", new() { Exact = true })).ToHaveValueAsync("Mijn knie doet pijn.");
        await Expect(first.GetByText("Je plan wordt geopend…")).ToHaveCountAsync(0);
        await Expect(first).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Stap \\d+ van [1-9]\\d* – Lichaam"));
        await first.GotoAsync(planUrl + "/huisjes");
        await Expect(first).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Stap 1 van [1-9]\\d* – De huisjes"));
        await Expect(first.GetByRole(AriaRole.Heading, new() { Name = "De huisjes", Level = 1 })).ToBeVisibleAsync();
    }
}
