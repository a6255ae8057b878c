using System.Text.RegularExpressions;
using EigenPlan.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static EigenPlan.EndToEnd.Wizard.ResidentJourney;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.Wizard;

public sealed class WizardJourneyTests(BrowserFixture browser) : AppTest(browser)
{
    [Theory]
    [InlineData("phone")]
    [InlineData("desktop")]
    public async Task CompleteJourney_EveryPageAccessibleAndSummaryShowsEverything(string viewport)
    {
        await using var device = await Browser.NewDeviceAsync(viewport == "phone" ? BrowserFixture.Phone : BrowserFixture.Desktop);
        var page = await device.NewPageAsync();

        var (planUrl, _) = await StartPlanAsync(page, App, checkAccessibility: true);
        await page.AssertAccessibleAsync("je persoonlijke code");
        await page.ScreenshotAsync($"{viewport}-01-code");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ik heb mijn code bewaard. Ga verder" }).ClickAsync();

        // De huisjes: the six houses as a short list; each house on its own page with a smiley per topic, by
        // keyboard-friendly native radios named by the topic title.
        await page.WaitForPathAsync("/huisjes$");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "De huisjes", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByText("Stap 1 van 21")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync("de huisjes");
        await page.ScreenshotAsync($"{viewport}-02-huisjes");
        await page.GetByRole(AriaRole.Link, new() { Name = "Woonruimte" }).ClickAsync();
        await page.WaitForPathAsync("/huisjes/woonruimte$");
        await Smileys(page, "Wonen").GetByRole(AriaRole.Radio, new() { Name = "Gaat goed" }).CheckAsync(new() { Force = true });
        await page.WaitForSavedAsync();
        await page.GoAndWaitAsync(planUrl + "/huisjes/tijdsbesteding");
        await Smileys(page, "Werk").GetByRole(AriaRole.Radio, new() { Name = "Past niet bij mij" }).CheckAsync(new() { Force = true });
        await page.WaitForSavedAsync();
        await page.GoAndWaitAsync(planUrl + "/huisjes/geldzaken");
        await Expect(page.GetByText("Stap 1 van 21 · Huisje 1 van 6")).ToBeVisibleAsync();
        await Smileys(page, "Inkomen").GetByRole(AriaRole.Radio, new() { Name = "Gaat slecht" }).CheckAsync(new() { Force = true });
        await page.Locator("#goed-geldzaken").FillAsync("Ik betaal mijn huur altijd op tijd.");
        await page.WaitForSavedAsync();
        await page.AssertAccessibleAsync("het huisje Geldzaken");
        await page.ScreenshotAsync($"{viewport}-02b-huisje-geldzaken");

        // A topic page: the smiley carried over, suggestions folded away, the questions by their exact labels.
        await page.GetByRole(AriaRole.Link, new() { Name = "Schrijf over Inkomen" }).ClickAsync();
        await page.WaitForPathAsync("/onderwerp/geldzaken.inkomen$");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Inkomen", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Gaat slecht" })).ToBeCheckedAsync();
        var firstSuggestion = page.Locator(".suggestions li").First;
        await Expect(firstSuggestion).ToBeHiddenAsync();
        await page.GetByText("Tips", new() { Exact = true }).ClickAsync();
        await Expect(firstSuggestion).ToBeVisibleAsync();
        // Readable on a phone: answer text in the app's font at 18 px, not Fluent's 14 px default.
        var answerFont = await page.GetByLabel("Hoe gaat het nu?", new() { Exact = true })
            .EvaluateAsync<string>("el => getComputedStyle(el).fontSize + ' ' + getComputedStyle(el).fontFamily");
        Assert.StartsWith("18px \"Atkinson Hyperlegible\"", answerFont, StringComparison.Ordinal);
        await TypeAnswerAsync(page, "Hoe gaat het nu?", "Mijn uitkering is te laag voor alle rekeningen.");
        await TypeAnswerAsync(page, "Wat wil ik?", "Ik wil rondkomen zonder zorgen.");
        await TypeAnswerAsync(page, "Hoe wil ik dit bereiken?", "Samen met iemand mijn post uitzoeken.");
        await TypeAnswerAsync(page, "Wat doe en kan ik zelf al?", "Ik houd een kasboekje bij.");
        await TypeAnswerAsync(page, "Wie uit mijn omgeving zou mij hierbij kunnen helpen?", "Mijn zus Fatima.");
        await page.WaitForSavedAsync();
        await page.AssertAccessibleAsync("onderwerp Inkomen");
        await page.ScreenshotAsync($"{viewport}-03-onderwerp");

        // Volgende goes to the next topic; choose a Sociale Kaart tip there.
        await page.GetByRole(AriaRole.Link, new() { Name = "Volgende" }).ClickAsync();
        await page.WaitForPathAsync("/onderwerp/geldzaken.uitgaven-en-schulden$");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Gaat heel slecht" }).CheckAsync(new() { Force = true });
        await TypeAnswerAsync(page, "Wat heb ik nog nodig?", "Hulp bij een betalingsregeling.");
        var tip = page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Dit wil ik proberen") }).First;
        var tipName = (await tip.Locator(".visually-hidden").InnerTextAsync()).TrimStart(':', ' ');
        await tip.ClickAsync();
        await Expect(page.Locator("button[aria-pressed=true]")).ToHaveCountAsync(1);
        // "Meer hulp" and a card's details ("Meer over …") join the live page when opened.
        if (await page.Locator("details.social-map__more > summary").CountAsync() > 0)
        {
            await page.Locator("details.social-map__more > summary").ClickAsync();
            await Expect(page.Locator("details.social-map__more .entry").First).ToBeVisibleAsync();
        }
        foreach (var more in await page.Locator("details.entry__more > summary").AllAsync())
        {
            await more.ClickAsync();
        }
        var phoneLink = page.Locator(".entry a[href^='tel:']").First;
        await Expect(phoneLink).ToHaveAttributeAsync("href", new Regex("^tel:\\+?[0-9]+$"));
        await page.WaitForSavedAsync();
        await page.AssertAccessibleAsync("onderwerp Uitgaven en schulden");

        // Vrije ruimte after the house: text and a drawing.
        await page.GetByRole(AriaRole.Link, new() { Name = "Volgende" }).ClickAsync();
        await page.WaitForPathAsync("/vrije-ruimte/geldzaken$");
        await TypeAnswerAsync(page, "Wat wil je nog kwijt?", "Geld geeft mij veel stress.");
        await DrawLineAsync(page);
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Tekenvlak. Je tekening heeft 1 lijn." })).ToBeVisibleAsync();
        // The stroke stays visible once the server has stored it (the canvas shows what the plan kept).
        await page.WaitForSavedAsync();
        Assert.True(await page.EvaluateAsync<int>(DarkPixels) > 100, "the drawing is not visible on the canvas");
        await page.WaitForSavedAsync();
        await page.AssertAccessibleAsync("vrije ruimte");
        await page.ScreenshotAsync($"{viewport}-04-vrije-ruimte");

        // Overzicht: plain statuses; skipping is normal.
        await page.GotoAsync(planUrl + "/overzicht");
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("#status-geldzaken\\.inkomen")).ToHaveTextAsync("bezig");
        await Expect(page.Locator("#status-tijdsbesteding\\.werk")).ToHaveTextAsync("overgeslagen");
        await Expect(page.Locator("#status-gezondheid\\.lichaam")).ToHaveTextAsync("nog niet begonnen");
        await page.AssertAccessibleAsync("overzicht");
        await page.ScreenshotAsync($"{viewport}-05-overzicht");

        // Mijn plan: every word, the chosen tip, and a gentle note for a sad smiley without "nog nodig".
        await page.GetByRole(AriaRole.Link, new() { Name = "Bekijk mijn plan" }).ClickAsync();
        await page.WaitForPathAsync("/mijn-plan$");
        await page.WaitForInteractiveAsync();
        var main = page.Locator("main");
        await Expect(main).ToContainTextAsync("Mijn uitkering is te laag voor alle rekeningen.");
        await Expect(main).ToContainTextAsync("Hulp bij een betalingsregeling.");
        await Expect(main).ToContainTextAsync("Ik betaal mijn huur altijd op tijd.");
        await Expect(main).ToContainTextAsync("Geld geeft mij veel stress.");
        await Expect(main).ToContainTextAsync(tipName);
        await Expect(page.Locator("#sam-geldzaken\\.inkomen").Locator("..")).ToContainTextAsync("Wil je hier later nog naar kijken?");
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Je tekening bij Geldzaken" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync("mijn plan");
        await page.ScreenshotAsync($"{viewport}-06-mijn-plan");

        await page.GotoAsync(planUrl + "/gegevens");
        await page.WaitForInteractiveAsync();
        await page.AssertAccessibleAsync("mijn gegevens");
    }

    [Fact]
    public async Task ReloadMidTopic_KeepsEveryWord()
    {
        await using var device = await Browser.NewDeviceAsync(BrowserFixture.Phone);
        var page = await device.NewPageAsync();
        var (planUrl, _) = await StartPlanAsync(page, App);

        await page.GoAndWaitAsync(planUrl + "/onderwerp/woonruimte.wonen");
        await TypeAnswerAsync(page, "Wat wil ik?", "Een woning zonder trap.");
        await page.WaitForSavedAsync();
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();

        await Expect(page.GetByLabel("Wat wil ik?", new() { Exact = true })).ToHaveValueAsync("Een woning zonder trap.");
    }

    [Fact]
    public async Task ContinueWithCode_OnAnotherDevice_ShowsEverything_AndWrongCodeIsRefused()
    {
        await using var phone = await Browser.NewDeviceAsync(BrowserFixture.Phone);
        var page = await phone.NewPageAsync();
        var (_, code) = await StartPlanAsync(page, App);
        await page.GetByRole(AriaRole.Link, new() { Name = "Ik heb mijn code bewaard. Ga verder" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Gezondheid" }).ClickAsync();
        await Smileys(page, "Lichaam").GetByRole(AriaRole.Radio, new() { Name = "Gaat wel" }).CheckAsync(new() { Force = true });
        await page.GetByRole(AriaRole.Link, new() { Name = "Schrijf over Lichaam" }).ClickAsync();
        await TypeAnswerAsync(page, "Hoe gaat het nu?", "Mijn knie doet pijn bij traplopen.");
        await page.WaitForSavedAsync();

        await using var laptop = await Browser.NewDeviceAsync(BrowserFixture.Desktop);
        var other = await laptop.NewPageAsync();
        await other.GoAndWaitAsync(App.Url("/verder"));
        await other.AssertAccessibleAsync("verder met mijn plan");

        // A wrong code: a clear message, linked from the error summary, and no plan.
        await other.GetByLabel("Je persoonlijke code").FillAsync("AAAA-BBBB-CCCC-DDDD-EEEE");
        await other.GetByRole(AriaRole.Button, new() { Name = "Open mijn plan" }).ClickAsync();
        await Expect(other.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Deze code klopt niet" })).ToBeVisibleAsync();
        await Expect(other.Locator("#foutmeldingen")).ToBeFocusedAsync();
        await other.AssertAccessibleAsync("verkeerde code");
        await other.ScreenshotAsync("desktop-verkeerde-code");

        // The right code, typed loosely (lower case, spaces): everything is there.
        await other.GetByLabel("Je persoonlijke code").FillAsync(code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal));
        await other.GetByRole(AriaRole.Button, new() { Name = "Open mijn plan" }).ClickAsync();
        await other.WaitForPathAsync("/overzicht$");
        await other.WaitForInteractiveAsync();
        await other.GetByRole(AriaRole.Link, new() { Name = "Lichaam" }).ClickAsync();
        await Expect(other.GetByLabel("Hoe gaat het nu?", new() { Exact = true })).ToHaveValueAsync("Mijn knie doet pijn bij traplopen.");
        await Expect(other.GetByRole(AriaRole.Radio, new() { Name = "Gaat wel" })).ToBeCheckedAsync();
    }

    [Fact]
    public async Task ForgedPlanLinkAndUnknownTopic_GetAClearMessage()
    {
        await using var device = await Browser.NewDeviceAsync(BrowserFixture.Desktop);
        var page = await device.NewPageAsync();
        await page.GoAndWaitAsync(App.Url("/plan/ZZZZ/huisjes"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dit plan is op dit apparaat niet open" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync("plan niet open");

        var (planUrl, _) = await StartPlanAsync(page, App);
        await page.GoAndWaitAsync(planUrl + "/onderwerp/geldzaken.bestaat-niet");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dit onderwerp bestaat niet" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task VeryLargePaste_IsSavedWhole()
    {
        await using var device = await Browser.NewDeviceAsync(BrowserFixture.Desktop);
        var page = await device.NewPageAsync();
        var (planUrl, _) = await StartPlanAsync(page, App);
        await page.GoAndWaitAsync(planUrl + "/onderwerp/gezondheid.gevoel-en-gedachten");

        var text = string.Concat(Enumerable.Repeat("Ik voel me vaak moe en somber. ", 700))[..19_990] + "EINDE";
        var box = page.GetByLabel("Hoe gaat het nu?", new() { Exact = true });
        await box.FillAsync(text + " en nog meer tekst die er niet meer bij past");
        await Expect(page.GetByText(new Regex("Je tekst is bijna te lang"))).ToBeVisibleAsync();
        await page.WaitForSavedAsync();
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();

        var saved = await page.GetByLabel("Hoe gaat het nu?", new() { Exact = true }).InputValueAsync();
        Assert.Equal(20_000, saved.Length);
        Assert.StartsWith(text[..100], saved, StringComparison.Ordinal);
    }

    private const string DarkPixels = """
        () => { const c = document.querySelector('canvas#tekening');
                const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                let n = 0; for (let i = 0; i < d.length; i += 4) { if (d[i] < 128) n++; } return n; }
        """;

    private static async Task DrawLineAsync(IPage page)
    {
        var canvas = page.Locator("canvas#tekening");
        await canvas.ScrollIntoViewIfNeededAsync();
        var box = (await canvas.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + 30, box.Y + 30);
        await page.Mouse.DownAsync();
        for (var i = 1; i <= 10; i++)
        {
            await page.Mouse.MoveAsync(box.X + 30 + (i * 15), box.Y + 30 + (i * 8));
        }
        await page.Mouse.UpAsync();
    }
}
