using EigenPlan.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static EigenPlan.EndToEnd.Wizard.ResidentJourney;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.Wizard;

/// <summary>The study asked for no professional language towards residents: no page a resident reaches says "ZRM".</summary>
public sealed class NoProfessionalLanguageTests(BrowserFixture browser) : AppTest(browser)
{
    private static readonly string[] Topics =
    [
        "geldzaken.inkomen", "geldzaken.uitgaven-en-schulden", "woonruimte.wonen", "woonruimte.huishouden", "gezondheid.lichaam",
        "gezondheid.gevoel-en-gedachten", "tijdsbesteding.werk", "tijdsbesteding.leren", "tijdsbesteding.vrije-tijd",
        "mensen-om-mij-heen.gezin-en-familie", "mensen-om-mij-heen.vrienden-en-buren", "zelf-regelen-en-meedoen.zorgen-voor-mezelf",
        "zelf-regelen-en-meedoen.meedoen-en-regelen",
    ];

    /// <summary>
    /// Every word in the document: all text (also visually hidden text, for screen readers), the page title, and the
    /// attributes people or screen readers get (aria-label, title, alt, placeholder, visible form values). Not comments
    /// or tokens: random base64 could hold any three letters.
    /// </summary>
    private const string EveryWord = """
        () => {
          const parts = [document.title];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!node.parentElement.closest('script, style')) { parts.push(node.nodeValue); }
          }
          for (const el of document.body.querySelectorAll('*')) {
            for (const name of ['aria-label', 'title', 'alt', 'placeholder']) { if (el.hasAttribute(name)) { parts.push(el.getAttribute(name)); } }
            if ((el instanceof HTMLInputElement && el.type !== 'hidden') || el instanceof HTMLTextAreaElement) { parts.push(el.value); }
          }
          return parts.join(' ');
        }
        """;

    private static readonly string[] Houses = ["geldzaken", "woonruimte", "gezondheid", "tijdsbesteding", "mensen-om-mij-heen", "zelf-regelen-en-meedoen"];

    [Fact]
    public async Task EveryResidentPage_OfAFilledPlan_HasNoZrm_NotEvenInTheHtml()
    {
        await using var device = await Browser.NewDeviceAsync(BrowserFixture.Phone);
        var page = await device.NewPageAsync();
        var (planUrl, _) = await StartPlanAsync(page, App);
        foreach (var (house, topic, face) in new[] { ("geldzaken", "Inkomen", "Gaat heel slecht"), ("woonruimte", "Wonen", "Gaat slecht"), ("gezondheid", "Lichaam", "Gaat wel"), ("tijdsbesteding", "Werk", "Past niet bij mij") })
        {
            await page.GoAndWaitAsync(planUrl + "/huisjes/" + house);
            await Smileys(page, topic).GetByRole(AriaRole.Radio, new() { Name = face }).CheckAsync(new() { Force = true });
            await page.WaitForSavedAsync();
        }
        await page.GoAndWaitAsync(planUrl + "/onderwerp/geldzaken.inkomen");
        await TypeAnswerAsync(page, "Hoe gaat het nu?", "Ik kom niet rond.");
        await TypeAnswerAsync(page, "Wat heb ik nog nodig?", "Hulp met mijn post.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Hier wil ik over praten" }).ClickAsync();
        await page.WaitForSavedAsync();

        // With "Ik help iemand" on too: the tips for the helper are on resident pages as well.
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Ik help iemand" }).CheckAsync();
        var pages = new List<string>
        {
            "/", "/verder", "/privacy", "/voor-clientondersteuners", "/nieuw/almere",
            planUrl + "/huisjes", planUrl + "/overzicht", planUrl + "/mijn-plan", planUrl + "/inleveren", planUrl + "/opnieuw-kijken",
            planUrl + "/gegevens", planUrl + "/apparaten", planUrl + "/samen", planUrl + "/samen/gesprek", planUrl + "/samen/logboek",
        };
        pages.AddRange(Topics.Select(t => planUrl + "/onderwerp/" + t));
        pages.AddRange(Houses.Select(h => planUrl + "/vrije-ruimte/" + h));
        pages.AddRange(Houses.Select(h => planUrl + "/huisjes/" + h));

        foreach (var path in pages)
        {
            await page.GoAndWaitAsync(path.StartsWith('/') ? App.Url(path) : path);
            await Expect(page.Locator("h1").First).ToBeVisibleAsync();
            // Open every fold, so nothing hides behind one.
            await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
            var words = await page.EvaluateAsync<string>(EveryWord);
            Assert.False(words.Contains("ZRM", StringComparison.Ordinal), $"{path} mentions ZRM");
            // The page for supporters may name the matrix; no page for residents uses its words.
            if (!path.EndsWith("/voor-clientondersteuners", StringComparison.Ordinal))
            {
                Assert.False(words.Contains("zelfredzaam", StringComparison.OrdinalIgnoreCase), $"{path} uses the matrix's words");
            }
        }

        // The conversation page holds the resident's own words and face, not a level.
        await page.GoAndWaitAsync(planUrl + "/samen/gesprek");
        await Expect(page.Locator("main")).ToContainTextAsync("Ik kom niet rond.");
        await Expect(page.Locator("main")).ToContainTextAsync("Gaat heel slecht");
        await Expect(page.Locator("main")).Not.ToContainTextAsync("niveau");
    }
}
