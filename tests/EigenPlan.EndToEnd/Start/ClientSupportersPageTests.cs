using EigenPlan.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.Start;

/// <summary>Voor cliëntondersteuners: reachable from the start page, plain, and clear about never asking for the code.</summary>
public sealed class ClientSupportersPageTests(BrowserFixture browser) : AppTest(browser)
{
    [Theory]
    [InlineData("phone")]
    [InlineData("desktop")]
    public async Task FromTheStartPage_ExplainsHelpingWithoutTakingOver_AndRemotelyWithoutTheCode(string viewport)
    {
        await using var device = await Browser.NewDeviceAsync(viewport == "phone" ? BrowserFixture.Phone : BrowserFixture.Desktop);
        var page = await device.NewPageAsync();
        await page.GoAndWaitAsync(App.Url("/"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Voor cliëntondersteuners" }).ClickAsync();
        await page.WaitForPathAsync("/voor-clientondersteuners$");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Voor cliëntondersteuners", Level = 1 })).ToBeVisibleAsync();
        foreach (var heading in new[] { "Waar is het eigen plan voor?", "Aan de keukentafel", "Helpen zonder over te nemen", "Op afstand helpen" })
        {
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 2 })).ToBeVisibleAsync();
        }
        await Expect(page.Locator("main")).ToContainTextAsync("Vraag nooit om de persoonlijke code.");
        await Expect(page.Locator("main")).ToContainTextAsync("nodigt jou uit");
        await page.AssertAccessibleAsync("voor cliëntondersteuners");
        await page.ScreenshotAsync($"{viewport}-23-voor-clientondersteuners");
    }
}
