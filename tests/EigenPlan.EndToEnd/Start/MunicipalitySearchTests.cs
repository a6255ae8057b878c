using EigenPlan.EndToEnd.Infrastructure;
using EigenPlan.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.Start;

/// <summary>
/// The start page with as many municipalities as the Netherlands has: a resident types "alm" and chooses Almere, with
/// scripts on (matches while typing) and off (the form goes to the server), by keyboard, and axe stays clean.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class MunicipalitySearchTests(BrowserFixture browser, NationalContent content)
    : IAsyncLifetime, IClassFixture<NationalContent>
{
    private AppServer app = default!;

    public Task InitializeAsync()
    {
        app = AppServer.Start(contentPath: content.Root);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task TypeAlm_ChooseAlmere_WithScripts_StartsAlmere()
    {
        await using var device = await browser.NewDeviceAsync(BrowserFixture.Phone);
        var page = await device.NewPageAsync();
        await page.GoAndWaitAsync(app.Url("/"));
        var group = page.GetByRole(AriaRole.Group, new() { Name = "In welke gemeente woon je?" });
        await Expect(group.GetByRole(AriaRole.Radio)).ToHaveCountAsync(0);

        // One input event with the whole text: typing key by key on a loaded test machine let an earlier event's
        // results arrive last (seen once: "4 gemeenten gevonden." for "al"); the live update itself is what is tested.
        await page.GetByLabel("Zoek je gemeente").FillAsync("alm");

        await Expect(page.Locator("#gemeente-aantal")).ToHaveTextAsync("2 gemeenten gevonden.");
        await Expect(group.GetByRole(AriaRole.Radio)).ToHaveCountAsync(2);
        await Expect(group.GetByRole(AriaRole.Radio).Nth(0)).ToHaveAccessibleNameAsync("Almelo");
        await Expect(group.GetByRole(AriaRole.Radio).Nth(1)).ToHaveAccessibleNameAsync("Almere");
        await page.AssertAccessibleAsync("de beginpagina met zoekresultaten");
        await AssertBigEnoughAsync(page);

        // Enter in the field searches; it never starts a plan.
        await page.GetByLabel("Zoek je gemeente").PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(app.Url("/"));

        // Keyboard: Tab from the field passes the search button to the first match; arrows move the choice.
        await page.GetByLabel("Zoek je gemeente").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(group.GetByRole(AriaRole.Radio, new() { Name = "Almere" })).ToBeCheckedAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Leeg boekje om te printen" })).ToHaveAttributeAsync("href", "/boekje/leeg/almere");
        await page.ScreenshotAsync("phone-00-start-search");

        await page.GetByRole(AriaRole.Button, new() { Name = "Start mijn plan" }).ClickAsync();
        await page.WaitForPathAsync("/nieuw/almere$");
    }

    [Fact]
    public async Task TypeAlm_ChooseAlmere_WithoutScripts_TheFormGoesToTheServer()
    {
        await using var device = await browser.NewDeviceAsync(BrowserFixture.Phone, javaScriptEnabled: false);
        var page = await device.NewPageAsync();
        await page.GotoAsync(app.Url("/"));

        await page.GetByLabel("Zoek je gemeente").FillAsync("alm");
        await page.GetByLabel("Zoek je gemeente").PressAsync("Enter");

        await page.WaitForPathAsync(@"/\?zoek=alm&actie=zoek$");
        var group = page.GetByRole(AriaRole.Group, new() { Name = "In welke gemeente woon je?" });
        await Expect(page.Locator("#gemeente-aantal")).ToHaveTextAsync("2 gemeenten gevonden.");
        await Expect(group.GetByRole(AriaRole.Radio)).ToHaveCountAsync(2);
        await Expect(page.GetByLabel("Zoek je gemeente")).ToHaveValueAsync("alm");
        // The browser's own suggestions while typing: every name, in a datalist.
        Assert.Equal(ManyMunicipalities.Count, await page.Locator("datalist#gemeente-namen option").CountAsync());

        await group.GetByRole(AriaRole.Radio, new() { Name = "Almere" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start mijn plan" }).ClickAsync();

        await page.WaitForPathAsync("/nieuw/almere$");
        await Expect(page.GetByText("Gemeente: Almere")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task WithoutScripts_TheWholeName_IsChosenAtOnce()
    {
        await using var device = await browser.NewDeviceAsync(BrowserFixture.Phone, javaScriptEnabled: false);
        var page = await device.NewPageAsync();
        await page.GotoAsync(app.Url("/?zoek=almere"));

        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Almere" })).ToBeCheckedAsync();
        await Expect(page.Locator("#gemeente-aantal")).ToHaveTextAsync("1 gemeente gevonden: Almere.");
    }

    /// <summary>Touch targets of the search: at least 44 by 44 CSS pixels (WCAG 2.5.5).</summary>
    private static async Task AssertBigEnoughAsync(IPage page)
    {
        var targets = new[]
        {
            page.GetByLabel("Zoek je gemeente"),
            page.GetByRole(AriaRole.Button, new() { Name = "Zoek", Exact = true }),
            page.Locator(".municipality-picker .choice").First,
        };
        foreach (var target in targets)
        {
            var box = await target.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.Height >= 44 && box.Width >= 44, $"{await target.EvaluateAsync<string>("e => e.outerHTML.slice(0, 80)")}: {box.Width}×{box.Height}");
        }
    }
}

/// <summary>The bundled format and Almere, and 341 more municipalities (minimal files), in a temp folder.</summary>
public sealed class NationalContent : IDisposable
{
    private readonly TempContent folder = new();

    public NationalContent()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Content, "formats")))
        {
            File.Copy(file, Path.Combine(folder.Formats, Path.GetFileName(file)));
        }
        folder.CopyMunicipality(Path.Combine(RepoPaths.Content, "municipalities", "almere.yaml"));
        foreach (var municipality in ManyMunicipalities.All.Where(m => m.Id != "almere"))
        {
            folder.WriteMunicipality(municipality.Id, ManyMunicipalities.Yaml(municipality));
        }
    }

    public string Root => folder.Root;

    public void Dispose() => folder.Dispose();
}
