using System.Net;
using System.Text.RegularExpressions;
using EigenPlan.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static EigenPlan.EndToEnd.Wizard.ResidentJourney;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.Start;

/// <summary>
/// Sample data is never shown as real: Almere's file says <c>voorbeeld: true</c>, so its pages carry a banner and its
/// example.nl addresses are never links; Voorbeeldstad (the template) is for staff only.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class SampleDataTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Banner = "Voorbeeldgegevens — nog niet gecontroleerd door de gemeente";
    private const string StaffKey = "test-sleutel-voor-beheer-voorbeeld";
    private AppServer app = default!;

    public Task InitializeAsync()
    {
        app = AppServer.Start(settings: new Dictionary<string, string?> { ["Staff:AccessKey"] = StaffKey });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Almere_HasTheBannerOnTheStartFormAndEveryPlanPage_AndNoLinkToAnExampleAddress()
    {
        await using var device = await browser.NewDeviceAsync(BrowserFixture.Phone);
        var page = await device.NewPageAsync();
        await page.GoAndWaitAsync(app.Url("/nieuw/almere"));
        await Expect(page.GetByRole(AriaRole.Note)).ToContainTextAsync(Banner);
        await page.AssertAccessibleAsync("start je plan met voorbeeldgegevens");
        await page.ScreenshotAsync("phone-20-start-voorbeeldgegevens");

        var (planUrl, _) = await StartPlanAsync(page, app);
        foreach (var path in new[] { "/huisjes", "/overzicht", "/onderwerp/geldzaken.inkomen", "/onderwerp/geldzaken.uitgaven-en-schulden", "/mijn-plan", "/inleveren" })
        {
            await page.GoAndWaitAsync(planUrl + path);
            await Expect(page.GetByText(Banner)).ToBeVisibleAsync();
            await Expect(page.Locator("a[href*='example.nl'], a[href*='example.org'], a[href*='example.com']")).ToHaveCountAsync(0);
        }

        // A Sociale Kaart card with a sample address shows it as text that says so.
        await page.GoAndWaitAsync(planUrl + "/onderwerp/geldzaken.inkomen");
        await page.Locator("details.entry__more > summary").Filter(new() { HasText = "Formulierenbrigade" }).ClickAsync(); // its details join the live page when opened
        await Expect(page.Locator(".entry").Filter(new() { HasText = "formulierenbrigade@example.nl" })).ToContainTextAsync("(voorbeeldadres, werkt niet)");
        await page.AssertAccessibleAsync("onderwerp met voorbeeldadressen");
    }

    [Fact]
    public async Task Voorbeeldstad_IsNotOfferedToResidents_ButStaffStillSeeIt()
    {
        await using var device = await browser.NewDeviceAsync(BrowserFixture.Desktop);
        var page = await device.NewPageAsync();
        await page.GoAndWaitAsync(app.Url("/"));
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Voorbeeldstad" })).ToHaveCountAsync(0);
        await Expect(page.Locator("main")).Not.ToContainTextAsync("Voorbeeldstad");

        var response = await page.GotoAsync(app.Url("/nieuw/voorbeeldstad"));
        Assert.Equal((int)HttpStatusCode.NotFound, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Deze pagina bestaat niet" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Start mijn plan" })).ToHaveCountAsync(0);

        await page.GoAndWaitAsync(app.Url("/beheer"));
        await page.GetByLabel("Toegangscode").FillAsync(StaffKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Open de beheerpagina" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/beheer$"));
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Voorbeeldstad" })).ToBeVisibleAsync();
    }
}
