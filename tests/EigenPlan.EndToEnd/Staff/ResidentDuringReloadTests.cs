using System.Text.RegularExpressions;
using EigenPlan.Content;
using EigenPlan.EndToEnd.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.Staff;

/// <summary>A reload never disturbs a resident: a chosen entry that was removed stays in the plan, marked as gone.</summary>
[Collection(BrowserGroup.Name)]
public sealed class ResidentDuringReloadTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly string _content = Path.Combine(Path.GetTempPath(), "eigenplan-e2e-content-" + Guid.NewGuid().ToString("N"));
    private AppServer app = default!;

    public Task InitializeAsync()
    {
        StaffPreviewTests.CopyDirectory(RepoPaths.Content, _content);
        app = AppServer.Start(contentPath: _content, settings: new Dictionary<string, string?> { ["Content:ReloadInterval"] = "00:00:00.5" });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        Directory.Delete(_content, recursive: true);
    }

    [Fact]
    public async Task ChosenEntryRemovedByReload_PageKeepsWorking_SummaryShowsItIsGone()
    {
        await using var device = await browser.NewDeviceAsync(BrowserFixture.Desktop);
        var page = await device.NewPageAsync();
        var (planUrl, _) = await Wizard.ResidentJourney.StartPlanAsync(page, app);
        await page.GoAndWaitAsync(planUrl + "/onderwerp/geldzaken.uitgaven-en-schulden");
        var tip = page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Dit wil ik proberen") }).First;
        var tipName = (await tip.Locator(".visually-hidden").InnerTextAsync()).TrimStart(':', ' ');
        await tip.ClickAsync();
        await page.WaitForSavedAsync();

        var catalog = app.Services.GetRequiredService<ContentCatalog>();
        var entryId = catalog.FindMunicipality("almere")!.SocialMap.First(e => e.Name == tipName).Id;
        var file = Path.Combine(_content, "municipalities", "almere.yaml");
        await File.WriteAllTextAsync(file, WithoutEntry(await File.ReadAllTextAsync(file), entryId));
        for (var tries = 0; catalog.FindMunicipality("almere")!.FindEntry(entryId) is not null; tries++)
        {
            Assert.True(tries < 200, "The removal was not reloaded within 10 seconds.");
            await Task.Delay(50);
        }

        // The open page still works with the version it started with.
        await Expect(page.Locator("button[aria-pressed=true]")).ToHaveCountAsync(1);
        await page.GetByLabel("Wat heb ik nog nodig?", new() { Exact = true }).FillAsync("Een betalingsregeling.");
        await page.WaitForSavedAsync();

        // Opened again, the plan keeps the choice and says it is gone from the Sociale Kaart.
        await page.GoAndWaitAsync(planUrl + "/mijn-plan");
        await Expect(page.GetByText("niet meer op de Sociale Kaart").First).ToBeVisibleAsync();
        await page.ScreenshotAsync("staff-04-tip-verdwenen");
    }

    private static string WithoutEntry(string yaml, string id)
    {
        var start = yaml.IndexOf($"\n  - id: {id}\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"Entry {id} not found.");
        var next = yaml.IndexOf("\n  - id: ", start + 1, StringComparison.Ordinal);
        return next < 0 ? yaml[..start] + "\n" : yaml[..start] + yaml[next..];
    }
}
