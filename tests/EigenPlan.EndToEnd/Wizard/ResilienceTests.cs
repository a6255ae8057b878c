using EigenPlan.EndToEnd.Infrastructure;
using static EigenPlan.EndToEnd.Wizard.ResidentJourney;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.Wizard;

/// <summary>Nothing is lost: not when the app restarts in the middle of a sentence's journey.</summary>
[Collection(BrowserGroup.Name)]
public sealed class ResilienceTests(BrowserFixture browser)
{
    [Fact]
    public async Task AppRestartMidJourney_KeepsEveryWord_AndTheDeviceStaysSignedIn()
    {
        var first = AppServer.Start();
        var databasePath = first.DatabasePath;
        await using var device = await browser.NewDeviceAsync(BrowserFixture.Phone);
        var page = await device.NewPageAsync();
        string planPath;
        try
        {
            var (planUrl, _) = await StartPlanAsync(page, first);
            planPath = new Uri(planUrl).AbsolutePath;
            await page.GoAndWaitAsync(planUrl + "/onderwerp/mensen-om-mij-heen.vrienden-en-buren");
            await TypeAnswerAsync(page, "Wie uit mijn omgeving zou mij hierbij kunnen helpen?", "Mijn buurvrouw Ingrid.");
            await page.WaitForSavedAsync();
        }
        finally
        {
            await first.DisposeAsync();
        }

        // The same database, a new process-like host; the browser keeps its cookie (cookies ignore the port). The
        // keys that protect the cookie live next to the database, so the new host can read it.
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(Path.GetDirectoryName(databasePath)!, "dataprotection-keys"), "key-*.xml"));
        await using var second = AppServer.Start(databasePath);
        await page.GoAndWaitAsync(second.Url(planPath + "/onderwerp/mensen-om-mij-heen.vrienden-en-buren"));

        await Expect(page.GetByLabel("Wie uit mijn omgeving zou mij hierbij kunnen helpen?", new() { Exact = true }))
            .ToHaveValueAsync("Mijn buurvrouw Ingrid.");
    }
}
