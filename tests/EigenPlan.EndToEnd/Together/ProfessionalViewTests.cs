using System.Text.RegularExpressions;
using EigenPlan.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static EigenPlan.EndToEnd.Wizard.ResidentJourney;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.Together;

/// <summary>
/// An invited cliëntondersteuner sees the shared topics with "Hier wil ik over praten" first, and, on the view for
/// professionals only, an indication derived from the face after the resident's own words.
/// </summary>
public sealed class ProfessionalViewTests(BrowserFixture browser) : AppTest(browser)
{
    [Fact]
    public async Task InvitedSupporter_SeesFlaggedTopicFirst_AndTheIndicationAfterTheResidentsWords()
    {
        await using var ownerDevice = await Browser.NewDeviceAsync(BrowserFixture.Phone);
        var owner = await ownerDevice.NewPageAsync();
        var (planUrl, _) = await StartPlanAsync(owner, App);
        await owner.GoAndWaitAsync(planUrl + "/onderwerp/geldzaken.inkomen");
        await owner.GetByRole(AriaRole.Radio, new() { Name = "Gaat heel slecht" }).CheckAsync(new() { Force = true });
        await TypeAnswerAsync(owner, "Wat wil ik?", "Ik wil rondkomen zonder zorgen.");
        await owner.WaitForSavedAsync();
        await owner.GoAndWaitAsync(planUrl + "/onderwerp/woonruimte.wonen");
        await owner.GetByRole(AriaRole.Radio, new() { Name = "Gaat slecht" }).CheckAsync(new() { Force = true });
        await TypeAnswerAsync(owner, "Wat wil ik?", "Een woning zonder trap.");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Hier wil ik over praten" }).ClickAsync();
        await owner.WaitForSavedAsync();

        // A shared plan with the cliëntondersteuner; both topics shared; an invitation to read along.
        await owner.GoAndWaitAsync(planUrl + "/samen/maken");
        await owner.GetByRole(AriaRole.Checkbox, new() { Name = "Maak een doel van Inkomen" }).CheckAsync();
        await owner.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("^Ahmed Yilmaz \\(cliëntondersteuner") }).CheckAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "Maak het samenplan" }).ClickAsync();
        await owner.WaitForPathAsync("/samen$");
        await owner.GoAndWaitAsync(planUrl + "/samen/uitnodigen");
        await owner.GetByRole(AriaRole.Checkbox, new() { Name = "Inkomen", Exact = true }).CheckAsync();
        await owner.GetByRole(AriaRole.Checkbox, new() { Name = "Wonen", Exact = true }).CheckAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "Bewaar wat ik deel" }).ClickAsync();
        await Expect(owner.GetByText("Bewaard. Zij zien nu 2 onderwerpen")).ToBeVisibleAsync();
        await owner.GetByLabel("Wie wil je uitnodigen?").SelectOptionAsync(new SelectOptionValue { Label = "Ahmed Yilmaz" });
        await owner.GetByRole(AriaRole.Button, new() { Name = "Maak een uitnodiging" }).ClickAsync();
        var link = await owner.GetByLabel("Link voor Ahmed Yilmaz").InputValueAsync();

        // The supporter: the flagged topic (Wonen) first, although Inkomen comes first in the booklet.
        await using var supporterDevice = await Browser.NewDeviceAsync(BrowserFixture.Phone);
        var supporter = await supporterDevice.NewPageAsync();
        await supporter.GoAndWaitAsync(link);
        var shared = supporter.Locator("section").Filter(new() { Has = supporter.GetByRole(AriaRole.Heading, new() { Name = "Gedeeld uit het Eigen Plan" }) });
        await Expect(shared.Locator("article").First).ToContainTextAsync("Wonen");
        await Expect(shared.Locator("article").First).ToContainTextAsync("Hier wil ik over praten");
        await Expect(supporter.Locator("main")).Not.ToContainTextAsync("ZRM");

        await supporter.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Voor het gesprek") }).ClickAsync();
        await supporter.WaitForPathAsync("/samen/uitnodiging/[0-9a-f]{16}/gesprek$");
        await supporter.WaitForInteractiveAsync();
        var wonen = supporter.Locator("article").First;
        await Expect(wonen).ToContainTextAsync("Wonen");
        await Expect(wonen).ToContainTextAsync("Een woning zonder trap.");
        var indication = wonen.Locator(".pro-topic__indication");
        await Expect(indication).ToHaveTextAsync(new Regex("^Indicatie, afgeleid van het gezichtje: ZRM-niveau 2 – niet zelfredzaam"));
        // After the resident's words, never before them.
        Assert.True(await wonen.EvaluateAsync<bool>(
            "el => { const words = [...el.querySelectorAll('.summary-text')].pop(); const ind = el.querySelector('.pro-topic__indication');" +
            " return !!(words.compareDocumentPosition(ind) & Node.DOCUMENT_POSITION_FOLLOWING); }"));
        await Expect(supporter.Locator("article").Nth(1).Locator(".pro-topic__indication")).ToContainTextAsync("ZRM-niveau 1");
        await supporter.AssertAccessibleAsync("voor het gesprek, voor professionals");
        await supporter.ScreenshotAsync("phone-21-professional");
    }
}
