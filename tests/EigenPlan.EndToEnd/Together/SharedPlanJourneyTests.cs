using System.Text.RegularExpressions;
using EigenPlan.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static EigenPlan.EndToEnd.Wizard.ResidentJourney;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.Together;

/// <summary>
/// The Samen1Plan flow in two browser contexts: the owner turns answers into a shared plan and invites her sister to
/// work along; the sister changes an action and a status and posts a message without seeing the private answers; the
/// owner sees it all, with history and log; after withdrawal the sister's link shows a clear page and no data.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class SharedPlanJourneyTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Private = "Mijn schuld bij de bank is 4000 euro.";
    private AppServer app = default!;

    public Task InitializeAsync()
    {
        app = AppServer.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task OwnerBuildsAndInvites_ParticipantWorksAlong_OwnerSeesIt_WithdrawnLinkIsRefused()
    {
        await using var ownerDevice = await browser.NewDeviceAsync(BrowserFixture.Phone);
        var owner = await ownerDevice.NewPageAsync();
        var (planUrl, _) = await StartPlanAsync(owner, app);
        await AnswerTwoTopicsAsync(owner, planUrl);

        // From "Mijn plan" to the shared plan.
        await owner.GoAndWaitAsync(planUrl + "/mijn-plan");
        await owner.GetByRole(AriaRole.Link, new() { Name = "Maak er een samenplan van" }).ClickAsync();
        await owner.WaitForPathAsync("/samen$");
        await Expect(owner.GetByRole(AriaRole.Heading, new() { Name = "Maak er een samenplan van", Level = 1 })).ToBeVisibleAsync();
        await owner.AssertAccessibleAsync("gezamenlijk plan: uitleg");
        await owner.GetByRole(AriaRole.Link, new() { Name = "Begin met het samenplan" }).ClickAsync();
        await owner.WaitForPathAsync("/samen/maken$");
        await owner.WaitForInteractiveAsync();
        await Expect(owner.GetByRole(AriaRole.Checkbox, new() { Name = "Maak een doel van Inkomen" })).ToBeVisibleAsync();
        await owner.AssertAccessibleAsync("gezamenlijk plan maken");

        // Toekomstbeeld, two goals (Wonen first: the resident decides), and her sister.
        await owner.GetByLabel("Hoe ziet jouw leven eruit als het goed gaat?").FillAsync("Ik woon rustig en heb geen geldzorgen.");
        await owner.GetByRole(AriaRole.Checkbox, new() { Name = "Maak een doel van Inkomen" }).CheckAsync();
        await owner.GetByRole(AriaRole.Checkbox, new() { Name = "Maak een doel van Wonen" }).CheckAsync();
        await owner.GetByLabel("Doel bij Inkomen, in je eigen woorden").FillAsync("Rondkomen zonder zorgen");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Hoger zetten: Wonen" }).ClickAsync();
        await owner.GetByRole(AriaRole.Checkbox, new() { Name = "Mijn zus Fatima (iemand uit mijn omgeving)" }).CheckAsync();
        await owner.AssertAccessibleAsync("gezamenlijk plan maken, ingevuld");
        await owner.ScreenshotAsync("samen-01-maken");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Maak het samenplan" }).ClickAsync();

        await owner.WaitForPathAsync("/samen$");
        await Expect(owner.GetByRole(AriaRole.Heading, new() { Name = "Ons samenplan" })).ToBeVisibleAsync();
        var goals = owner.Locator(".goal-list > li");
        await Expect(goals).ToHaveCountAsync(2);
        await Expect(goals.Nth(0)).ToContainTextAsync("Een woning zonder trap.");
        await Expect(goals.Nth(1)).ToContainTextAsync("Rondkomen zonder zorgen");
        await owner.AssertAccessibleAsync("gezamenlijk plan: overzicht");
        await owner.ScreenshotAsync("samen-02-overzicht");

        // An action for the money goal, from the owner's own answers.
        await owner.GetByRole(AriaRole.Link, new() { Name = "Rondkomen zonder zorgen" }).ClickAsync();
        await owner.WaitForPathAsync("/samen/doel/");
        await owner.GetByText("Ideeën uit je Eigen Plan").ClickAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "Samen mijn post uitzoeken." }).ClickAsync();
        await Expect(owner.GetByLabel("Wat moet er gebeuren?")).ToHaveValueAsync("Samen mijn post uitzoeken.");
        await owner.GetByLabel("Wie doet het?").SelectOptionAsync(new SelectOptionValue { Label = "Mijn zus Fatima (iemand uit mijn omgeving)" });
        await owner.GetByLabel("Wanneer moet het klaar zijn?").FillAsync("2030-05-01");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Voeg de actie toe" }).ClickAsync();
        await Expect(owner.GetByRole(AriaRole.Checkbox, new() { Name = "Samen mijn post uitzoeken." })).ToBeVisibleAsync();
        await Expect(owner.Locator(".action-item")).ToContainTextAsync("Wie: Mijn zus Fatima · Wanneer: 1 mei 2030");
        await owner.AssertAccessibleAsync("gezamenlijk plan: doel (eigenaar)");
        var goalPath = new Uri(owner.Url).AbsolutePath;

        // Invite the sister to work along.
        await owner.GetByRole(AriaRole.Link, new() { Name = "Wie doen er mee" }).ClickAsync();
        await owner.WaitForPathAsync("/samen/uitnodigen$");
        await owner.GetByLabel("Wie wil je uitnodigen?").SelectOptionAsync(new SelectOptionValue { Label = "Mijn zus Fatima" });
        await owner.GetByRole(AriaRole.Radio, new() { Name = "Meewerken: ook acties, kleuren en berichten bijwerken" }).CheckAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "Maak een uitnodiging" }).ClickAsync();
        var linkBox = owner.GetByLabel("Link voor Mijn zus Fatima");
        await Expect(linkBox).ToHaveValueAsync(new Regex("/samen/[A-Za-z0-9_-]{43}$"));
        var link = await linkBox.InputValueAsync();
        await owner.AssertAccessibleAsync("gezamenlijk plan: uitnodigen");
        await owner.ScreenshotAsync("samen-03-uitnodigen");

        // The sister, on her own device, opens the link.
        await using var sisterDevice = await browser.NewDeviceAsync(BrowserFixture.Desktop);
        var sister = await sisterDevice.NewPageAsync();
        await sister.GoAndWaitAsync(link);
        await Expect(sister.GetByRole(AriaRole.Heading, new() { Name = "Samenplan van Sanne de Vries" })).ToBeVisibleAsync();
        await Expect(sister.Locator("main")).ToContainTextAsync("Je bent uitgenodigd om mee te werken");
        await Expect(sister.Locator("main")).Not.ToContainTextAsync(Private);
        await sister.AssertAccessibleAsync("gezamenlijk plan: uitgenodigd, overzicht");
        await sister.GetByRole(AriaRole.Link, new() { Name = "Rondkomen zonder zorgen" }).ClickAsync();
        await sister.WaitForPathAsync("/samen/uitnodiging/[0-9a-f]{16}/doel/");
        await Expect(sister.GetByText("Ideeën uit je Eigen Plan")).ToHaveCountAsync(0);

        // She changes the action (new date, done), sets oranje with a reason, and posts a message.
        await sister.GetByRole(AriaRole.Button, new() { Name = "Wijzig de actie: Samen mijn post uitzoeken." }).ClickAsync();
        await sister.Locator(".action-item").GetByLabel("Wanneer moet het klaar zijn?").FillAsync("2030-06-15");
        await sister.GetByRole(AriaRole.Button, new() { Name = "Bewaar de actie" }).ClickAsync();
        await Expect(sister.Locator(".action-item")).ToContainTextAsync("Wanneer: 15 juni 2030");
        await sister.GetByRole(AriaRole.Checkbox, new() { Name = "Samen mijn post uitzoeken." }).CheckAsync();
        await Expect(sister.Locator(".action-item")).ToContainTextAsync("klaar");
        await sister.GetByRole(AriaRole.Radio, new() { Name = "oranje: aandacht nodig" }).CheckAsync();
        await sister.GetByLabel("Waarom deze kleur?").FillAsync("De brief van de bank is nog niet beantwoord.");
        await sister.GetByRole(AriaRole.Button, new() { Name = "Bewaar de kleur" }).ClickAsync();
        await Expect(sister.Locator(".goal-status-now")).ToContainTextAsync("oranje: aandacht nodig");
        await sister.GetByLabel("Schrijf een bericht").FillAsync("Ik bel de bank op dinsdag.");
        await sister.GetByRole(AriaRole.Button, new() { Name = "Plaats het bericht" }).ClickAsync();
        await Expect(sister.Locator(".messages")).ToContainTextAsync("Ik bel de bank op dinsdag.");
        await Expect(sister.Locator("main")).Not.ToContainTextAsync(Private);
        await sister.AssertAccessibleAsync("gezamenlijk plan: uitgenodigd, doel");
        await sister.ScreenshotAsync("samen-04-meewerken");

        // The owner sees the change, the history and the log.
        await owner.GoAndWaitAsync(app.BaseUrl + goalPath);
        await Expect(owner.Locator(".goal-status-now")).ToContainTextAsync("oranje: aandacht nodig");
        await Expect(owner.Locator(".history")).ToContainTextAsync(
            "Mijn zus Fatima (meewerken) veranderde de kleur van nog geen kleur naar oranje. Waarom: De brief van de bank is nog niet beantwoord.");
        await Expect(owner.Locator(".messages")).ToContainTextAsync("Mijn zus Fatima (meewerken)");
        await Expect(owner.Locator(".action-item")).ToContainTextAsync("Wanneer: 15 juni 2030");

        // The booklet now ends with the shared plan: goals in order with colour words, actions with who and when.
        var pdf = await owner.Context.APIRequest.GetAsync(planUrl + "/boekje.pdf");
        Assert.True(pdf.Ok);
        var booklet = PdfText(await pdf.BodyAsync());
        Assert.Contains("Ons samenplan", booklet, StringComparison.Ordinal);
        Assert.Contains("Doel 1: Een woning zonder trap.", booklet, StringComparison.Ordinal);
        Assert.Contains("Doel 2: Rondkomen zonder zorgen", booklet, StringComparison.Ordinal);
        Assert.Contains("Kleur: oranje (aandacht nodig) – De brief van de bank is nog niet beantwoord.", booklet, StringComparison.Ordinal);
        Assert.Contains("Samen mijn post uitzoeken. — wie: Mijn zus Fatima, wanneer: 15 juni 2030, klaar", booklet, StringComparison.Ordinal);

        await owner.GoAndWaitAsync(planUrl + "/samen/logboek");
        var log = owner.Locator(".log-lines");
        await Expect(log).ToContainTextAsync("Jij heeft het samenplan geprint of als PDF gedownload.");
        await Expect(log).ToContainTextAsync("Mijn zus Fatima (meewerken) heeft het samenplan geopend (via de uitnodiging voor Mijn zus Fatima).");
        await Expect(log).ToContainTextAsync("Mijn zus Fatima (meewerken) heeft iets veranderd in het samenplan");
        await Expect(log).ToContainTextAsync("Jij heeft Mijn zus Fatima uitgenodigd.");
        await Expect(owner.GetByText("Dit logboek is compleet")).ToBeVisibleAsync();
        await owner.AssertAccessibleAsync("wie heeft mijn plan bekeken");
        await owner.ScreenshotAsync("samen-05-logboek");

        // Withdraw: the sister's next visit is refused, without data, and the attempt is in the log.
        await owner.GoAndWaitAsync(planUrl + "/samen/uitnodigen");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Trek de uitnodiging in van Mijn zus Fatima" }).ClickAsync();
        await Expect(owner.Locator(".invitations")).ToContainTextAsync("ingetrokken");

        await sister.GoAndWaitAsync(link);
        await Expect(sister.GetByRole(AriaRole.Heading, new() { Name = "Deze link werkt niet (meer)" })).ToBeVisibleAsync();
        await Expect(sister.Locator("main")).ToContainTextAsync("heeft deze uitnodiging ingetrokken");
        await Expect(sister.Locator("main")).Not.ToContainTextAsync("Rondkomen zonder zorgen");
        await sister.AssertAccessibleAsync("ingetrokken link");
        await sister.ScreenshotAsync("samen-06-ingetrokken");

        await owner.GoAndWaitAsync(planUrl + "/samen/logboek");
        await Expect(owner.Locator(".log-lines")).ToContainTextAsync(
            "Iemand probeerde het samenplan te openen, maar dat lukte niet: de uitnodiging was ingetrokken (met de link voor Mijn zus Fatima).");
    }

    [Fact]
    public async Task ForgedLink_GetsAClearPage_NeverData()
    {
        await using var device = await browser.NewDeviceAsync(BrowserFixture.Phone);
        var page = await device.NewPageAsync();

        await page.GoAndWaitAsync(app.Url("/samen/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Deze link werkt niet (meer)" })).ToBeVisibleAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Deze link werkt niet.");
        await page.AssertAccessibleAsync("vervalste link");
    }

    private static string PdfText(byte[] bytes)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(bytes);
        return string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    /// <summary>Two topics with a wish; the money topic also has a private "now", a way to get there and a helper.</summary>
    private static async Task AnswerTwoTopicsAsync(IPage page, string planUrl)
    {
        await page.GoAndWaitAsync(planUrl + "/onderwerp/geldzaken.inkomen");
        await TypeAnswerAsync(page, "Hoe gaat het nu?", Private);
        await TypeAnswerAsync(page, "Wat wil ik?", "Ik wil rondkomen zonder zorgen.");
        await TypeAnswerAsync(page, "Hoe wil ik dit bereiken?", "Samen mijn post uitzoeken.");
        await TypeAnswerAsync(page, "Wie uit mijn omgeving zou mij hierbij kunnen helpen?", "Mijn zus Fatima.");
        await page.WaitForSavedAsync();
        await page.GoAndWaitAsync(planUrl + "/onderwerp/woonruimte.wonen");
        await TypeAnswerAsync(page, "Wat wil ik?", "Een woning zonder trap.");
        await page.WaitForSavedAsync();
    }
}
