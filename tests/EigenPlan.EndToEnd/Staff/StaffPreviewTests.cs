using System.Text.RegularExpressions;
using EigenPlan.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.Staff;

/// <summary>The staff preview: protected by a key, shows the Sociale Kaart with its problems, and follows live edits.</summary>
[Collection(BrowserGroup.Name)]
public sealed class StaffPreviewTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Key = "test-sleutel-voor-beheer";
    private readonly string _content = Path.Combine(Path.GetTempPath(), "eigenplan-e2e-content-" + Guid.NewGuid().ToString("N"));
    private AppServer app = default!;

    private string AlmereFile => Path.Combine(_content, "municipalities", "almere.yaml");

    public Task InitializeAsync()
    {
        CopyDirectory(RepoPaths.Content, _content);
        app = AppServer.Start(contentPath: _content, settings: new Dictionary<string, string?>
        {
            ["Staff:AccessKey"] = Key,
            ["Content:ReloadInterval"] = "00:00:00.5",
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        Directory.Delete(_content, recursive: true);
    }

    [Fact]
    public async Task PreviewPage_WithoutKey_AsksForItAndRefusesAWrongOne()
    {
        await using var device = await browser.NewDeviceAsync(BrowserFixture.Desktop);
        var page = await device.NewPageAsync();

        await page.GoAndWaitAsync(app.Url("/beheer/almere"));

        Assert.Matches("/beheer/toegang\\?terug=", page.Url);
        Assert.Equal("noindex, nofollow", await page.Locator("meta[name=robots]").GetAttributeAsync("content"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sociale Kaart van Almere" })).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync("toegang beheer");

        await page.GetByLabel("Toegangscode").FillAsync("fout");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open de beheerpagina" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Deze toegangscode klopt niet.");
        Assert.DoesNotContain(await device.CookiesAsync(), c => c.Name == "eigenplan-beheer");
        await page.AssertAccessibleAsync("toegang beheer met fout");
        await page.ScreenshotAsync("staff-01-toegang-fout");
    }

    [Fact]
    public async Task PreviewPage_WithKey_ShowsTheSocialMapByHouseWithDatesAndProblems()
    {
        await using var device = await browser.NewDeviceAsync(BrowserFixture.Desktop);
        var page = await device.NewPageAsync();

        await SignInAsync(page, "/beheer/almere");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sociale Kaart van Almere", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Geldzaken", Level = 2 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Schuldhulpverlening" }).First).ToBeVisibleAsync();
        await Expect(page.GetByText("Laatst gecontroleerd").First).ToBeVisibleAsync();
        var cookie = Assert.Single(await device.CookiesAsync(), c => c.Name == "eigenplan-beheer");
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, cookie.SameSite);
        Assert.DoesNotContain(Key, cookie.Value, StringComparison.Ordinal);
        Assert.Equal("noindex, nofollow", await page.Locator("meta[name=robots]").GetAttributeAsync("content"));
        await page.AssertAccessibleAsync("beheer Almere");
        await page.ScreenshotAsync("staff-02-almere");
    }

    [Fact]
    public async Task StaffPages_RefuseWithoutSignIn_WorkAfterIt()
    {
        await using var device = await browser.NewDeviceAsync(BrowserFixture.Desktop);

        // Without the staff cookie the server sends every staff page to the sign-in page, with nothing of the page.
        foreach (var path in new[] { "/beheer", "/beheer/almere" })
        {
            var refused = await device.APIRequest.GetAsync(app.Url(path), new() { MaxRedirects = 0 });
            Assert.Equal(302, refused.Status);
            Assert.StartsWith("/beheer/toegang?terug=", new Uri(new Uri(app.BaseUrl), refused.Headers["location"]).PathAndQuery, StringComparison.Ordinal);
            Assert.DoesNotContain("Sociale Kaart", await refused.TextAsync(), StringComparison.Ordinal);
        }

        var page = await device.NewPageAsync();
        await SignInAsync(page, "/beheer");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sociale Kaarten", Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Almere" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sociale Kaart van Almere", Level = 1 })).ToBeVisibleAsync();
        var allowed = await device.APIRequest.GetAsync(app.Url("/beheer/almere"), new() { MaxRedirects = 0 });
        Assert.Equal(200, allowed.Status);
        Assert.Equal("noindex, nofollow", allowed.Headers["x-robots-tag"]);
    }

    [Fact]
    public async Task LiveReload_AddBreakFix_PreviewFollowsAndKeepsTheLastGoodVersion()
    {
        await using var device = await browser.NewDeviceAsync(BrowserFixture.Desktop);
        var page = await device.NewPageAsync();
        await SignInAsync(page, "/beheer/almere");
        var original = await File.ReadAllTextAsync(AlmereFile);

        // A new entry, older than 12 months: it appears, highlighted.
        await File.WriteAllTextAsync(AlmereFile, WithEntry(original, "taalcafe-de-brug", "Taalcafé De Brug", "2025-01-15"));
        var entry = page.Locator("article", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Taalcafé De Brug" }) });
        await Expect(entry.First).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await Expect(entry.First).ToContainTextAsync("Ouder dan 12 maanden");

        // Broken: the last good version stays, the problem is shown with line and column.
        await File.WriteAllTextAsync(AlmereFile, WithEntry(original, "taalcafe-de-brug", "Taalcafé De Brug", "2025-01-15").Replace("soort: vrijwilligers\n    onderwerpen: [tijdsbesteding.leren]", "soort: vrijwiligers\n    onderwerpen: [tijdsbesteding.leren]", StringComparison.Ordinal));
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Inwoners zien nog de vorige goede versie", new() { Timeout = 10_000 });
        await Expect(page.GetByText(new Regex("Fout\\s+op regel \\d+, kolom \\d+")).First).ToBeVisibleAsync();
        await Expect(page.GetByText("'vrijwiligers' is geen geldige waarde").First).ToBeVisibleAsync();
        await Expect(entry.First).ToBeVisibleAsync();
        await page.AssertAccessibleAsync("beheer Almere met fout");
        await page.ScreenshotAsync("staff-03-fout");

        // Fixed with another change: the new version is served.
        await File.WriteAllTextAsync(AlmereFile, WithEntry(original, "taalcafe-de-brug", "Taalcafé De Bruggen", "2026-06-01"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Taalcafé De Bruggen" }).First).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        await page.ReloadAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Taalcafé De Bruggen" }).First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task PreviewPage_KeyNotConfigured_SaysThePreviewIsOff()
    {
        await using var off = AppServer.Start(contentPath: _content);
        await using var device = await browser.NewDeviceAsync(BrowserFixture.Desktop);
        var page = await device.NewPageAsync();

        await page.GoAndWaitAsync(off.Url("/beheer/almere"));

        await Expect(page.GetByText("De beheerpagina's staan uit.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Geldzaken" })).ToHaveCountAsync(0);
    }

    private async Task SignInAsync(IPage page, string path)
    {
        await page.GoAndWaitAsync(app.Url(path));
        await page.GetByLabel("Toegangscode").FillAsync(Key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Open de beheerpagina" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(Regex.Escape(path) + "$"));
        await page.WaitForInteractiveAsync();
    }

    /// <summary>The file with one more entry at the end of its Sociale Kaart (the last key of the file).</summary>
    internal static string WithEntry(string yaml, string id, string name, string lastChecked) => yaml.TrimEnd() + $"""


          - id: {id}
            naam: {name}
            soort: vrijwilligers
            onderwerpen: [tijdsbesteding.leren]
            samenvatting: Samen Nederlands oefenen met koffie erbij.
            voor_wie: Iedereen die Nederlands wil oefenen.
            kosten: Gratis
            aanmelden: Loop binnen.
            contact:
              email: taalcafe@example.nl
            laatst_gecontroleerd: {lastChecked}

        """;

    internal static void CopyDirectory(string source, string target)
    {
        foreach (var directory in Directory.GetDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(directory.Replace(source, target, StringComparison.Ordinal));
        }

        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(source, target, StringComparison.Ordinal));
        }
    }
}
