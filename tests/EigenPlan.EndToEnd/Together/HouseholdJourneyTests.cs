using System.Text.RegularExpressions;
using EigenPlan.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static EigenPlan.EndToEnd.Wizard.ResidentJourney;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.Together;

/// <summary>
/// Working together over months, as a household, in two browser contexts: the owner adds her daughter to the
/// household and a goal about her, lets her take part, names her sister as vaste contactpersoon, plans samen
/// terugkijken (and writes one down), and marks a goal reached; the sister sees what needs attention first, the Gelukt
/// list, who each goal is about and the next moment; the booklet's shared-plan section has it all.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class HouseholdJourneyTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Private = "Mijn huur is drie maanden te laat.";
    private static readonly string[] Months =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    private AppServer app = default!;

    public Task InitializeAsync()
    {
        app = AppServer.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task OwnerAddsHouseholdContactEvaluationAndReachedGoal_ContactPersonSeesIt()
    {
        var today = DateOnly.FromDateTime(DateTime.Now);
        var later = today.AddDays(14);
        await using var ownerDevice = await browser.NewDeviceAsync(BrowserFixture.Desktop);
        var owner = await ownerDevice.NewPageAsync();
        var planUrl = await BuildSharedPlanAsync(owner);

        // The household: her daughter Noor, 14, who may take part herself; the Wonen topic is about everyone.
        await owner.GoAndWaitAsync(planUrl + "/samen/huishouden");
        await owner.GetByLabel("Naam of omschrijving").FillAsync("Noor");
        await owner.GetByLabel("Leeftijd in jaren (mag leeg)").FillAsync("14");
        await owner.GetByLabel("Wie is het voor jou?").FillAsync("dochter");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Voeg toe aan het huishouden" }).ClickAsync();
        await Expect(owner.Locator(".household")).ToContainTextAsync("Noor (dochter, 14 jaar)");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Laat Noor meedoen" }).ClickAsync();
        await Expect(owner.GetByRole(AriaRole.Status).Filter(new() { HasText = "Noor doet nu mee" })).ToBeVisibleAsync();
        await owner.GetByLabel("Over wie gaat Wonen?").SelectOptionAsync(new SelectOptionValue { Label = "Het hele huishouden" });
        await Expect(owner.GetByLabel("Over wie gaat Wonen?")).ToHaveValueAsync("huishouden");
        await owner.AssertAccessibleAsync("gezamenlijk plan: ons huishouden");
        await owner.ScreenshotAsync("samen-10-huishouden");

        // Taking someone away asks first; "Nee" and Escape leave them, with focus back on their button; "Ja" takes them away.
        await owner.GetByLabel("Naam of omschrijving").FillAsync("Opa");
        await owner.GetByLabel("Wie is het voor jou?").FillAsync("opa");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Voeg toe aan het huishouden" }).ClickAsync();
        await Expect(owner.Locator(".household")).ToContainTextAsync("Opa (opa)");
        // The name's hidden part is absolutely positioned, so the accessible name may carry a space before the colon.
        var removeOpa = owner.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"^Haal weg\s?: Opa$") });
        await removeOpa.ClickAsync();
        var question = owner.GetByRole(AriaRole.Group, new() { Name = "Wil je Opa weghalen uit het huishouden?" });
        await Expect(question).ToBeVisibleAsync();
        await Expect(owner.Locator("#weg-vraag")).ToBeFocusedAsync();
        await owner.AssertAccessibleAsync("huishouden: iemand weghalen");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Nee, laat staan" }).ClickAsync();
        await Expect(removeOpa).ToBeFocusedAsync();
        await owner.Keyboard.PressAsync("Enter");
        await Expect(owner.Locator("#weg-vraag")).ToBeFocusedAsync();
        await owner.Keyboard.PressAsync("Escape");
        await Expect(removeOpa).ToBeFocusedAsync();
        await Expect(owner.Locator(".household")).ToContainTextAsync("Opa (opa)");
        await removeOpa.ClickAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "Ja, haal Opa weg" }).ClickAsync();
        await Expect(owner.GetByRole(AriaRole.Status).Filter(new() { HasText = "Opa is weggehaald uit het huishouden." })).ToBeVisibleAsync();
        await Expect(owner.GetByRole(AriaRole.Heading, new() { Name = "Wie horen bij je huishouden?" })).ToBeFocusedAsync();
        await Expect(owner.Locator(".household")).Not.ToContainTextAsync("Opa");
        await Expect(owner.Locator(".household")).ToContainTextAsync("Noor (dochter, 14 jaar)");

        // A goal about Noor.
        await owner.GoAndWaitAsync(planUrl + "/samen");
        await owner.GetByText("Nog een doel toevoegen").ClickAsync();
        await owner.GetByLabel("Wat wil je bereiken?").FillAsync("Noor gaat naar de sportclub");
        await owner.GetByLabel("Over wie gaat dit doel?").SelectOptionAsync(new SelectOptionValue { Label = "Noor (dochter, 14 jaar)" });
        await owner.GetByRole(AriaRole.Button, new() { Name = "Voeg het doel toe" }).ClickAsync();
        var goals = owner.Locator(".goal-list > li");
        await Expect(goals).ToHaveCountAsync(2);
        await Expect(goals.Nth(1)).ToContainTextAsync("Over: Noor (dochter, 14 jaar)");

        // The sister is the vaste contactpersoon and works along; Noor gets her own link to read along.
        await owner.GetByRole(AriaRole.Link, new() { Name = "Wie doen er mee" }).ClickAsync();
        await owner.WaitForPathAsync("/samen/uitnodigen$");
        await owner.GetByLabel("Wie is de vaste contactpersoon?").SelectOptionAsync(new SelectOptionValue { Label = "Mijn zus Fatima" });
        await owner.GetByRole(AriaRole.Button, new() { Name = "Bewaar de contactpersoon" }).ClickAsync();
        await Expect(owner.GetByText("Vaste contactpersoon: Mijn zus Fatima")).ToBeVisibleAsync();
        await Expect(owner.Locator(".participants")).ToContainTextAsync("Mijn zus Fatima – iemand uit mijn omgeving (vaste contactpersoon)");
        var sisterLink = await InviteAsync(owner, "Mijn zus Fatima", "Meewerken: ook acties, kleuren en berichten bijwerken");
        await InviteAsync(owner, "Noor", "Meelezen: alleen het plan lezen");
        await owner.AssertAccessibleAsync("gezamenlijk plan: contactpersoon en uitnodigen");

        // Samen terugkijken: one today, written down afterwards, and the next one in two weeks.
        await owner.GetByRole(AriaRole.Link, new() { Name = "Samen terugkijken", Exact = true }).ClickAsync();
        await owner.WaitForPathAsync("/samen/terugkijken$");
        await PlanMomentAsync(owner, today, "Mijn zus Fatima");
        await owner.GetByRole(AriaRole.Button, new() { Name = $"Schrijf op hoe het ging op {Dutch(today)}" }).ClickAsync();
        await owner.GetByLabel("Wat ging goed?").FillAsync("We hebben samen de post uitgezocht.");
        await owner.GetByLabel("Wat ging niet goed?").FillAsync("De verhuurder belt niet terug.");
        await owner.GetByLabel("Wat doen we anders?").FillAsync("Fatima belt de verhuurder.");
        await owner.GetByRole(AriaRole.Checkbox, new() { Name = "Een woning zonder trap." }).CheckAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "Bewaar het verslag" }).ClickAsync();
        var history = owner.Locator(".evaluation-record");
        await Expect(history).ToContainTextAsync("Wat doen we anders?Fatima belt de verhuurder.");
        await Expect(history).ToContainTextAsync("Over de doelen: Een woning zonder trap.");
        await PlanMomentAsync(owner, later, "Mijn zus Fatima", "Noor");
        await Expect(owner.Locator(".evaluations")).ToContainTextAsync($"{Dutch(later)}, met Mijn zus Fatima, Noor");
        await owner.AssertAccessibleAsync("gezamenlijk plan: samen terugkijken");
        await owner.ScreenshotAsync("samen-11-terugkijken");

        // Noor's goal needs attention; the Wonen goal is reached.
        await owner.GoAndWaitAsync(planUrl + "/samen");
        await owner.GetByRole(AriaRole.Link, new() { Name = "Noor gaat naar de sportclub" }).ClickAsync();
        await owner.WaitForPathAsync("/samen/doel/");
        await owner.GetByRole(AriaRole.Radio, new() { Name = "oranje: aandacht nodig" }).CheckAsync();
        await owner.GetByLabel("Waarom deze kleur?").FillAsync("Nog geen club gevonden.");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Bewaar de kleur" }).ClickAsync();
        await Expect(owner.Locator(".goal-status-now")).ToContainTextAsync("oranje: aandacht nodig");
        await owner.GoAndWaitAsync(planUrl + "/samen");
        await owner.GetByRole(AriaRole.Link, new() { Name = "Een woning zonder trap." }).ClickAsync();
        await owner.WaitForPathAsync("/samen/doel/");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Dit doel is bereikt" }).ClickAsync();
        await Expect(owner.Locator(".goal-reached")).ToContainTextAsync($"Gelukt! Dit doel is bereikt op {Dutch(today)}");
        await owner.AssertAccessibleAsync("gezamenlijk plan: doel bereikt");

        await owner.GoAndWaitAsync(planUrl + "/samen");
        await Expect(owner.Locator(".celebration")).ToContainTextAsync("Gelukt! Jullie hebben een doel bereikt. Goed gedaan!");
        await Expect(owner.Locator(".gelukt-list")).ToContainTextAsync($"Een woning zonder trap. – bereikt op {Dutch(today)}");
        await Expect(owner.Locator(".goal-list > li")).ToHaveCountAsync(1);
        await Expect(owner.Locator(".next-evaluation")).ToContainTextAsync($"Volgende keer: {Dutch(later)}, met Mijn zus Fatima, Noor.");
        await owner.AssertAccessibleAsync("gezamenlijk plan: overzicht met Gelukt");
        await owner.ScreenshotAsync("samen-12-gelukt");

        // The sister, on her own device: what needs attention first, Gelukt, who the goal is about, the next moment.
        await using var sisterDevice = await browser.NewDeviceAsync(BrowserFixture.Phone);
        var sister = await sisterDevice.NewPageAsync();
        await sister.GoAndWaitAsync(sisterLink);
        var attention = sister.Locator(".attention");
        await Expect(sister.GetByRole(AriaRole.Heading, new() { Name = "Eerst aandacht voor" })).ToBeVisibleAsync();
        await Expect(attention).ToContainTextAsync("Jij bent de vaste contactpersoon.");
        await Expect(attention).ToContainTextAsync("Noor gaat naar de sportclub – Nog geen club gevonden.");
        await Expect(attention).ToContainTextAsync($"Samen terugkijken op {Dutch(later)}, met Mijn zus Fatima, Noor");
        await Expect(sister.Locator(".gelukt-list")).ToContainTextAsync($"Een woning zonder trap. – bereikt op {Dutch(today)}");
        await Expect(sister.Locator(".goal-list")).ToContainTextAsync("Over: Noor (dochter, 14 jaar)");
        await Expect(sister.Locator(".next-evaluation")).ToContainTextAsync($"Volgende keer: {Dutch(later)}");
        await Expect(sister.Locator("main")).Not.ToContainTextAsync(Private);
        await sister.AssertAccessibleAsync("gezamenlijk plan: contactpersoon, overzicht");
        await sister.ScreenshotAsync("samen-13-contactpersoon");
        await sister.GetByRole(AriaRole.Link, new() { Name = "Alle momenten om samen terug te kijken" }).ClickAsync();
        await sister.WaitForPathAsync("/samen/uitnodiging/[0-9a-f]{16}/terugkijken$");
        await Expect(sister.Locator(".evaluation-record")).ToContainTextAsync("We hebben samen de post uitgezocht.");
        await Expect(sister.GetByRole(AriaRole.Heading, new() { Name = "Plan een moment" })).ToBeVisibleAsync();
        await sister.AssertAccessibleAsync("gezamenlijk plan: contactpersoon, samen terugkijken");

        // The booklet's shared-plan section: who each part is about, Gelukt, samen terugkijken, the contact person.
        var pdf = await owner.Context.APIRequest.GetAsync(planUrl + "/boekje.pdf");
        Assert.True(pdf.Ok);
        var booklet = PdfText(await pdf.BodyAsync());
        Assert.Contains("Ons huishouden • Noor (dochter, 14 jaar) Onderwerp Wonen gaat over: het hele huishouden", booklet, StringComparison.Ordinal);
        Assert.Contains("Doel 2: Noor gaat naar de sportclub Over: Noor (dochter, 14 jaar)", booklet, StringComparison.Ordinal);
        Assert.Contains($"Doel 1: Een woning zonder trap. – bereikt op {Dutch(today)}", booklet, StringComparison.Ordinal);
        Assert.Contains($"Samen terugkijken Gepland: {Dutch(later)}, met Mijn zus Fatima, Noor", booklet, StringComparison.Ordinal);
        Assert.Contains("Wat doen we anders: Fatima belt de verhuurder.", booklet, StringComparison.Ordinal);
        Assert.Contains("Mijn zus Fatima – iemand uit mijn omgeving (vaste contactpersoon)", booklet, StringComparison.Ordinal);
    }

    /// <summary>An Eigen Plan with a Wonen wish and a sister, made into a shared plan; returns the plan's URL.</summary>
    private async Task<string> BuildSharedPlanAsync(IPage owner)
    {
        var (planUrl, _) = await StartPlanAsync(owner, app);
        await owner.GoAndWaitAsync(planUrl + "/onderwerp/woonruimte.wonen");
        await TypeAnswerAsync(owner, "Hoe gaat het nu?", Private);
        await TypeAnswerAsync(owner, "Wat wil ik?", "Een woning zonder trap.");
        await TypeAnswerAsync(owner, "Wie uit mijn omgeving zou mij hierbij kunnen helpen?", "Mijn zus Fatima.");
        await owner.WaitForSavedAsync();
        await owner.GoAndWaitAsync(planUrl + "/samen/maken");
        await owner.GetByRole(AriaRole.Checkbox, new() { Name = "Maak een doel van Wonen" }).CheckAsync();
        await owner.GetByRole(AriaRole.Checkbox, new() { Name = "Mijn zus Fatima (iemand uit mijn omgeving)" }).CheckAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "Maak het samenplan" }).ClickAsync();
        await owner.WaitForPathAsync("/samen$");
        await Expect(owner.GetByRole(AriaRole.Heading, new() { Name = "Ons samenplan" })).ToBeVisibleAsync();
        return planUrl;
    }

    private static async Task<string> InviteAsync(IPage owner, string name, string role)
    {
        await owner.GetByLabel("Wie wil je uitnodigen?").SelectOptionAsync(new SelectOptionValue { Label = name });
        await owner.GetByRole(AriaRole.Radio, new() { Name = role }).CheckAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "Maak een uitnodiging" }).ClickAsync();
        var linkBox = owner.GetByLabel($"Link voor {name}");
        await Expect(linkBox).ToHaveValueAsync(new Regex("/samen/[A-Za-z0-9_-]{43}$"));
        return await linkBox.InputValueAsync();
    }

    private static async Task PlanMomentAsync(IPage owner, DateOnly date, params string[] people)
    {
        await owner.GetByLabel("Op welke dag?").FillAsync(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        foreach (var person in people)
        {
            await owner.GetByRole(AriaRole.Checkbox, new() { Name = person, Exact = true }).CheckAsync();
        }
        await owner.GetByRole(AriaRole.Button, new() { Name = "Plan het moment" }).ClickAsync();
        await Expect(owner.Locator(".evaluations")).ToContainTextAsync($"{Dutch(date)}, met {string.Join(", ", people)}");
    }

    private static string Dutch(DateOnly date) => $"{date.Day} {Months[date.Month - 1]} {date.Year}";

    private static string PdfText(byte[] bytes)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(bytes);
        return string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }
}
