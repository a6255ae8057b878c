using EigenPlan.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static EigenPlan.EndToEnd.Wizard.ResidentJourney;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.Wizard;

/// <summary>"Hier wil ik over praten" goes first; a topic skipped or left empty gets a neutral note, never a warning.</summary>
public sealed class TalkAboutAndNotFilledInTests(BrowserFixture browser) : AppTest(browser)
{
    private const string NotFilledIn = "Hier heb je niets ingevuld. Misschien is dit iets om over te praten.";

    [Theory]
    [InlineData("phone")]
    [InlineData("desktop")]
    public async Task FlaggedTopic_ComesFirst_SkippedAndEmptyTopics_GetTheNeutralNote(string viewport)
    {
        await using var device = await Browser.NewDeviceAsync(viewport == "phone" ? BrowserFixture.Phone : BrowserFixture.Desktop);
        var page = await device.NewPageAsync();
        var (planUrl, _) = await StartPlanAsync(page, App);

        // Flag "Vrije tijd" (late in the booklet) on its topic page: a toggle button that says it is pressed.
        await page.GoAndWaitAsync(planUrl + "/onderwerp/tijdsbesteding.vrije-tijd");
        await TypeAnswerAsync(page, "Wat wil ik?", "Weer gaan zwemmen.");
        var flag = page.GetByRole(AriaRole.Button, new() { Name = "Hier wil ik over praten" });
        await Expect(flag).ToHaveAttributeAsync("aria-pressed", "false");
        await flag.ClickAsync();
        await Expect(flag).ToHaveAttributeAsync("aria-pressed", "true");
        await page.WaitForSavedAsync();
        await page.AssertAccessibleAsync("onderwerp met Hier wil ik over praten");
        await page.ScreenshotAsync($"{viewport}-12-over-praten");

        // Skip "Werk"; leave "Inkomen" empty while writing about "Wonen" after it.
        await page.GoAndWaitAsync(planUrl + "/onderwerp/tijdsbesteding.werk");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sla dit onderwerp over" }).ClickAsync();
        await page.WaitForPathAsync("/onderwerp/tijdsbesteding.leren$");
        await page.GoAndWaitAsync(planUrl + "/onderwerp/woonruimte.wonen");
        await TypeAnswerAsync(page, "Hoe gaat het nu?", "Mijn huis is te klein.");
        await page.WaitForSavedAsync();

        // Overzicht: a quiet line under the skipped and the passed-over topic; none under the topics still ahead.
        await page.GoAndWaitAsync(planUrl + "/overzicht");
        await Expect(TaskOf(page, "Werk").Locator(".attention-note")).ToHaveTextAsync(NotFilledIn);
        await Expect(TaskOf(page, "Inkomen").Locator(".attention-note")).ToHaveTextAsync(NotFilledIn);
        await Expect(TaskOf(page, "Zorgen voor mezelf").Locator(".attention-note")).ToHaveCountAsync(0);
        await Expect(TaskOf(page, "Vrije tijd")).ToContainTextAsync("Hier wil ik over praten");
        await AssertNeutralAsync(page.Locator(".attention-note").First);
        await page.AssertAccessibleAsync("overzicht met niets ingevuld");
        await page.ScreenshotAsync($"{viewport}-13-overzicht-signalen");

        // Mijn plan: the flagged topic first, in its own section above the houses; the empty ones say so neutrally.
        await page.GetByRole(AriaRole.Link, new() { Name = "Bekijk mijn plan" }).ClickAsync();
        await page.WaitForPathAsync("/mijn-plan$");
        await page.WaitForInteractiveAsync();
        // The address changes before the new page is in; the overview's own first h2 is "Geldzaken" too.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mijn plan", Level = 1 })).ToBeVisibleAsync();
        var headings = await page.Locator("main h2").AllInnerTextsAsync();
        Assert.Equal("Hier wil ik over praten", headings[0]);
        var talk = page.Locator("section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Hier wil ik over praten", Level = 2 }) });
        await Expect(talk).ToContainTextAsync("Vrije tijd");
        await Expect(talk).ToContainTextAsync("Weer gaan zwemmen.");
        await Expect(page.Locator("#sam-tijdsbesteding\\.werk").Locator("..")).ToContainTextAsync(NotFilledIn);
        await Expect(page.Locator("#sam-geldzaken\\.inkomen").Locator("..")).ToContainTextAsync(NotFilledIn);
        await Expect(page.Locator("#sam-woonruimte\\.wonen").Locator("..")).Not.ToContainTextAsync(NotFilledIn);
        await AssertNeutralAsync(page.Locator("#sam-geldzaken\\.inkomen").Locator("..").Locator(".attention-note"));
        await page.AssertAccessibleAsync("mijn plan met Hier wil ik over praten");
        await page.ScreenshotAsync($"{viewport}-14-mijn-plan-over-praten");

        // The booklet (PDF, read back): "Om over te praten" near the front, the flagged topic first on it, before the
        // topics left empty, and before the first topic page.
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Download als PDF" }).First.ClickAsync());
        var pdfPath = Path.Combine(RepoPaths.Output("downloads"), $"over-praten-{viewport}.pdf");
        await download.SaveAsAsync(pdfPath);
        using (var pdf = PdfDocument.Open(pdfPath))
        {
            var pages = pdf.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))).ToList();
            var talkPage = pages.FindIndex(t => t.StartsWith("Om over te praten", StringComparison.Ordinal) || t.Contains("Om over te praten Hier wil ik over praten", StringComparison.Ordinal));
            Assert.True(talkPage >= 0, "No 'Om over te praten' page in the booklet.");
            var text = pages[talkPage];
            var flagged = text.IndexOf("Vrije tijd", StringComparison.Ordinal);
            Assert.True(flagged >= 0, "The flagged topic is not on the 'Om over te praten' page.");
            Assert.True(flagged < text.IndexOf("Inkomen", StringComparison.Ordinal), "The flagged topic comes after a topic left empty.");
            Assert.True(flagged < text.IndexOf("Werk", StringComparison.Ordinal), "The flagged topic comes after a skipped topic.");
            var firstTopicPage = pages.FindIndex(t => t.Contains("Hoe gaat het nu?", StringComparison.Ordinal) && t.Contains("Inkomen", StringComparison.Ordinal) && !t.Contains("Om over te praten", StringComparison.Ordinal));
            Assert.True(firstTopicPage < 0 || talkPage < firstTopicPage, "'Om over te praten' is not near the front.");
        }

        // The page for the conversation: the resident's words only, flagged first, the empty topics listed neutrally.
        await page.GoAndWaitAsync(planUrl + "/samen/gesprek");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Voor het gesprek", Level = 1 })).ToBeVisibleAsync();
        var sections = await page.Locator("main section h2").AllInnerTextsAsync();
        Assert.Equal(["Hier wil ik over praten", "Mijn andere onderwerpen", "Niets ingevuld"], sections);
        await Expect(page.Locator("main")).ToContainTextAsync(NotFilledIn);
        await page.AssertAccessibleAsync("voor het gesprek");
        await page.ScreenshotAsync($"{viewport}-15-voor-het-gesprek");

        // Unflagging takes it out of the first section again.
        await page.GoAndWaitAsync(planUrl + "/onderwerp/tijdsbesteding.vrije-tijd");
        await page.GetByRole(AriaRole.Button, new() { Name = "Hier wil ik over praten" }).ClickAsync();
        await page.WaitForSavedAsync();
        await page.GoAndWaitAsync(planUrl + "/mijn-plan");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hier wil ik over praten", Level = 2 })).ToHaveCountAsync(0);
    }

    private static ILocator TaskOf(IPage page, string topicTitle) =>
        page.Locator("li.task").Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = topicTitle, Exact = true }) });

    /// <summary>Not an error: no alert role, not the error colour, no warning sign.</summary>
    private static async Task AssertNeutralAsync(ILocator note)
    {
        Assert.Null(await note.GetAttributeAsync("role"));
        var colour = await note.EvaluateAsync<string>("el => getComputedStyle(el).color");
        Assert.NotEqual("rgb(164, 38, 44)", colour);
        Assert.DoesNotContain("⚠", await note.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await note.Locator("svg, img").CountAsync());
    }
}
