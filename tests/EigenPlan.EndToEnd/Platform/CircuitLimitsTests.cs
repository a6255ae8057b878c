using EigenPlan.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static EigenPlan.EndToEnd.Wizard.ResidentJourney;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.Platform;

/// <summary>
/// The circuit's limits: a message just above the largest allowed answer closes the connection, the largest allowed
/// answer itself goes through; and one client address holds at most Circuits:MaxPerClient live circuits.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class CircuitLimitsTests(BrowserFixture browser)
{
    private const string AnswerLabel = "Hoe gaat het nu?";

    [Fact]
    public async Task LargestAllowedAnswer_GoesThrough_ALargerMessageClosesTheConnection()
    {
        // SignalR says why it closed a connection only at Debug level.
        await using var app = AppServer.Start(settings: new Dictionary<string, string?> { ["Logging:LogLevel:Microsoft.AspNetCore.SignalR"] = "Debug" });
        await using var device = await browser.NewDeviceAsync(BrowserFixture.Desktop);
        var page = await device.NewPageAsync();
        var (planUrl, _) = await StartPlanAsync(page, app);
        await page.GoAndWaitAsync(planUrl + "/onderwerp/gezondheid.gevoel-en-gedachten");

        // 20,000 control characters: the most bytes an allowed answer can take (\u0001 is 6 bytes in the browser's JSON).
        await SetAnswerByScriptAsync(page, 20_000);
        await TypeAnswerAsync(page, "Wat wil ik?", "Na het lange antwoord werkt alles nog.");
        await page.WaitForSavedAsync();
        Assert.DoesNotContain(app.Logs.Lines, l => l.Contains("maximum message size", StringComparison.Ordinal));

        // Half as much again, past the page's maxlength (only a script can): SignalR refuses it and closes the connection.
        await SetAnswerByScriptAsync(page, 30_000);
        await Expect(page.Locator("#components-reconnect-modal")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("components-reconnect-"), new() { Timeout = 10_000 });
        Assert.Contains(app.Logs.Lines, l => l.Contains($"The maximum message size of {EigenPlan.Web.Security.SignalRLimits.MaxMessageBytes}B was exceeded", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CircuitsPerClient_AreCapped_OtherClientsStillConnect()
    {
        await using var app = AppServer.Start(settings: new Dictionary<string, string?> { ["Circuits:MaxPerClient"] = "2" });
        await using var device = await browser.NewDeviceAsync(BrowserFixture.Desktop);
        for (var i = 0; i < 2; i++)
        {
            var open = await device.NewPageAsync();
            await open.GoAndWaitAsync(app.Url("/"));
        }

        var third = await device.NewPageAsync();
        await third.GotoAsync(app.Url("/"));

        await Expect(third.Locator("#blazor-error-ui")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        Assert.Equal("false", await third.Locator("#app-state").GetAttributeAsync("data-interactive"));
        Assert.Contains(app.Logs.Lines, l => l.Contains("Circuit refused: client", StringComparison.Ordinal));

        // Another client (behind the same proxy) is not affected; closing a tab frees a place.
        await using var neighbour = await browser.NewDeviceAsync(BrowserFixture.Phone);
        await neighbour.SetExtraHTTPHeadersAsync([new("X-Forwarded-For", "203.0.113.99")]);
        var theirs = await neighbour.NewPageAsync();
        await theirs.GoAndWaitAsync(app.Url("/"));
        await device.Pages[0].CloseAsync();
        var again = await device.NewPageAsync();
        await again.GoAndWaitAsync(app.Url("/"));
    }

    private static async Task SetAnswerByScriptAsync(IPage page, int length) =>
        await page.GetByLabel(AnswerLabel, new() { Exact = true }).EvaluateAsync(
            "(box, n) => { box.removeAttribute('maxlength'); box.value = '\\u0001'.repeat(n); box.dispatchEvent(new Event('input', { bubbles: true })); }",
            length);
}
