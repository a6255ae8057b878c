using System.Globalization;
using System.Text;
using System.Text.Json;
using EigenPlan.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static EigenPlan.EndToEnd.Wizard.ResidentJourney;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.Phone;

/// <summary>
/// Issue 15.1, phone first, at 390×844: every link, button, disclosure and smiley is at least 44 px in both directions,
/// the first smiley sits on the first screen, the header stays one line, and each page's height, controls and words
/// are written down (to the test output and <c>test-output/phone/pages.md</c>) so a change can be compared.
/// </summary>
public sealed class PhonePagesTests(BrowserFixture browser, ITestOutputHelper output) : AppTest(browser)
{
    private const int ScreenHeight = 844;

    // Targets a finger has to hit. A link inside a sentence is left out: WCAG 2.5.8 excepts targets "in a sentence",
    // whose size the line of text sets. Hidden things (a closed menu, a visually-hidden text) have no box to hit.
    private const string SmallTargetsScript = """
        () => {
          const out = [];
          for (const el of document.querySelectorAll('a[href], button, summary, input[type=radio] + label')) {
            const r = el.getBoundingClientRect();
            if (r.width <= 1 || r.height <= 1 || r.right <= 0 || r.bottom <= 0) continue;
            const style = getComputedStyle(el);
            if (style.visibility === 'hidden') continue;
            if (el.matches('a') && style.display === 'inline' && el.closest('p, li p, .field__hint')) continue;
            if (r.width < 44 || r.height < 44)
              out.push(`${el.tagName.toLowerCase()} "${el.textContent.trim().replace(/\s+/g, ' ').slice(0, 40)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
          }
          return out;
        }
        """;

    private const string MeasureScript = """
        () => ({
          height: document.documentElement.scrollHeight,
          controls: document.querySelectorAll('a[href], button, summary, select, textarea, input:not([type=hidden])').length,
          words: document.body.innerText.split(/\s+/).filter(w => /[\p{L}\p{N}]/u.test(w)).length,
          firstSmiley: Math.round(document.querySelector('fieldset input[type=radio] + label')?.getBoundingClientRect().bottom ?? -1),
        })
        """;

    [Fact]
    public async Task ResidentPages_AtPhoneSize_HaveTargetsOf44PxAndAreMeasured()
    {
        await using var device = await Browser.NewDeviceAsync(BrowserFixture.Phone);
        var page = await device.NewPageAsync();
        var (planUrl, _) = await StartPlanAsync(page, App);
        var pages = new (string Name, string Url)[]
        {
            ("start", App.Url("/")),
            ("huisjes", planUrl + "/huisjes"),
            ("één huisje", planUrl + "/huisjes/geldzaken"),
            ("onderwerp", planUrl + "/onderwerp/geldzaken.inkomen"),
            ("overzicht", planUrl + "/overzicht"),
            ("mijn plan", planUrl + "/mijn-plan"),
        };

        var table = new StringBuilder("| page | height (px) | screens | controls | words | first smiley ends at y |\n|---|---|---|---|---|---|\n");
        var problems = new List<string>();
        foreach (var (name, url) in pages)
        {
            await page.GoAndWaitAsync(url);
            var measured = await page.EvaluateAsync<JsonElement>(MeasureScript);
            var height = measured.GetProperty("height").GetInt32();
            table.Append(CultureInfo.InvariantCulture, $"| {name} | {height:N0} | {height / (double)ScreenHeight:0.0} | {measured.GetProperty("controls").GetInt32()} | {measured.GetProperty("words").GetInt32()} | {FirstSmiley(measured)} |\n");
            problems.AddRange((await page.EvaluateAsync<string[]>(SmallTargetsScript)).Select(p => $"{name}: {p}"));
            if (url.StartsWith(planUrl, StringComparison.Ordinal))
            {
                // The menu opened: its links are targets too.
                await page.GetByText("Menu", new() { Exact = true }).ClickAsync();
                problems.AddRange((await page.EvaluateAsync<string[]>(SmallTargetsScript)).Select(p => $"{name} (menu open): {p}"));
            }
        }

        output.WriteLine(table.ToString());
        File.WriteAllText(Path.Combine(RepoPaths.Output("phone"), "pages.md"), table.ToString());
        Assert.True(problems.Count == 0, "Targets smaller than 44×44 px at 390×844:\n" + string.Join("\n", problems));
    }

    [Fact]
    public async Task HousesAndTopic_AtPhoneSize_ShowTheFirstSmileyOnTheFirstScreen_UnderAOneLineHeader()
    {
        await using var device = await Browser.NewDeviceAsync(BrowserFixture.Phone);
        var page = await device.NewPageAsync();
        var (planUrl, _) = await StartPlanAsync(page, App);

        await page.GoAndWaitAsync(planUrl + "/huisjes");
        // One line: the brand and the header's link side by side, and the header no higher than one row of targets.
        var header = await page.Locator(".site-header").BoundingBoxAsync();
        var brand = await page.Locator(".brand").BoundingBoxAsync();
        var link = await page.Locator(".site-nav a").BoundingBoxAsync();
        Assert.True(header!.Height < 80 && Math.Abs(brand!.Y + brand.Height / 2 - (link!.Y + link.Height / 2)) < 4,
            $"The header wrapped: {header.Height:0} px high, brand at y = {brand!.Y:0}, link at y = {link!.Y:0}.");
        await AssertOnFirstScreenAsync(page.Locator(".house-link").First, "the first house on the houses page");

        await page.GoAndWaitAsync(planUrl + "/huisjes/geldzaken");
        await AssertOnFirstScreenAsync(Smileys(page, "Inkomen").Locator("label").First, "the first smiley on a house page");

        await page.GoAndWaitAsync(planUrl + "/onderwerp/geldzaken.inkomen");
        await AssertOnFirstScreenAsync(page.GetByRole(AriaRole.Radiogroup).First.Locator("label").First, "the first smiley on a topic page");
    }

    [Fact]
    public async Task PlanMenu_OnAPhone_IsOneButton_OnADesktop_IsARowOfLinks()
    {
        await using var phone = await Browser.NewDeviceAsync(BrowserFixture.Phone);
        var page = await phone.NewPageAsync();
        var (planUrl, _) = await StartPlanAsync(page, App);
        await page.GoAndWaitAsync(planUrl + "/overzicht");
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Mijn plan" });
        await Expect(menu).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "bewaard" })).ToBeVisibleAsync();
        await page.GetByText("Menu", new() { Exact = true }).ClickAsync();
        await Expect(menu.GetByRole(AriaRole.Link)).ToHaveCountAsync(7);
        await page.AssertAccessibleAsync("het menu open op een telefoon");
        await page.ScreenshotAsync("phone-30-menu-open");
        await menu.GetByRole(AriaRole.Link, new() { Name = "Mijn gegevens" }).ClickAsync();
        await page.WaitForPathAsync("/gegevens$");

        await page.SetViewportSizeAsync(BrowserFixture.Desktop.Width, BrowserFixture.Desktop.Height);
        await page.GoAndWaitAsync(planUrl + "/overzicht");
        await Expect(page.GetByText("Menu", new() { Exact = true })).ToBeHiddenAsync();
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Wie keek mee" })).ToBeVisibleAsync();
        await menu.GetByRole(AriaRole.Link, new() { Name = "Mijn plan" }).ClickAsync();
        await page.WaitForPathAsync("/mijn-plan$");
    }

    [Fact]
    public async Task OneHouse_HasUniqueLabels_AndGoesToTheNextAndPreviousHouse()
    {
        await using var device = await Browser.NewDeviceAsync(BrowserFixture.Phone);
        var page = await device.NewPageAsync();
        var (planUrl, _) = await StartPlanAsync(page, App);
        await page.GoAndWaitAsync(planUrl + "/huisjes");
        await page.GetByRole(AriaRole.Link, new() { Name = "Geldzaken" }).ClickAsync();
        await page.WaitForPathAsync("/huisjes/geldzaken$");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Geldzaken", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByText("Stap 1 van 21 · Huisje 1 van 6")).ToBeVisibleAsync();
        await Smileys(page, "Inkomen").GetByRole(AriaRole.Radio, new() { Name = "Gaat slecht" }).CheckAsync(new() { Force = true });
        await page.GetByLabel("Wat gaat goed bij Geldzaken?", new() { Exact = true }).FillAsync("Ik betaal op tijd.");
        await page.GetByLabel("Wat gaat niet goed bij Geldzaken?", new() { Exact = true }).FillAsync("Post.");
        await page.WaitForSavedAsync();
        await page.AssertAccessibleAsync("één huisje");

        await page.GetByRole(AriaRole.Link, new() { Name = "Volgend huisje" }).ClickAsync();
        await page.WaitForPathAsync("/huisjes/woonruimte$");
        await Expect(page.GetByText("Huisje 2 van 6")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Vorig huisje" }).ClickAsync();
        await page.WaitForPathAsync("/huisjes/geldzaken$");
        await Expect(page.GetByLabel("Wat gaat goed bij Geldzaken?", new() { Exact = true })).ToHaveValueAsync("Ik betaal op tijd.");

        // The list shows what was chosen, in words and as small faces.
        await page.GetByRole(AriaRole.Link, new() { Name = "Alle huisjes" }).ClickAsync();
        await page.WaitForPathAsync("/huisjes$");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Geldzaken" })).ToContainTextAsync("1 van");
        await Expect(page.Locator(".house-link").First.Locator(".smiley-face")).ToHaveCountAsync(1);
        await page.AssertAccessibleAsync("de huisjes als lijst");
        await page.ScreenshotAsync("phone-31-huisjes-lijst");

        await page.GoAndWaitAsync(planUrl + "/huisjes/bestaat-niet");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dit huisje bestaat niet", Level = 1 })).ToBeVisibleAsync();
    }

    private static string FirstSmiley(JsonElement measured) =>
        measured.GetProperty("firstSmiley").GetInt32() is var y and >= 0 ? y.ToString("N0", CultureInfo.InvariantCulture) : "–";

    private static async Task AssertOnFirstScreenAsync(ILocator locator, string what)
    {
        var box = await locator.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Y + box.Height <= ScreenHeight, $"{what} ends at y = {box.Y + box.Height:0} px, below the first screen ({ScreenHeight} px).");
    }
}
