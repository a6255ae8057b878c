using EigenPlan.Content;
using EigenPlan.Core.Content;
using EigenPlan.EndToEnd.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static EigenPlan.EndToEnd.Wizard.ResidentJourney;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.Uitleg;

/// <summary>"Bekijk een voorbeeld": folded, one fictional resident at a time, and never in the resident's own answer.</summary>
public sealed class ExampleTests(BrowserFixture browser) : AppTest(browser)
{
    // Two fictional residents wrote about this topic, so the fold offers the second one too.
    private const string Topic = "woonruimte.huishouden";

    [Theory]
    [InlineData("phone")]
    [InlineData("desktop")]
    public async Task OpenExample_ShowsExplanationAndOneResident_NeverEndsUpInTheAnswer(string viewport)
    {
        var uitleg = Explanation();
        var examples = uitleg.ExamplesFor(Topic, "wil");
        Assert.True(examples.Count > 1, "the uitleg file should have two residents for " + Topic);
        await using var device = await Browser.NewDeviceAsync(viewport == "phone" ? BrowserFixture.Phone : BrowserFixture.Desktop);
        var page = await device.NewPageAsync();
        var (planUrl, _) = await StartPlanAsync(page, App);
        await page.GoAndWaitAsync(planUrl + "/onderwerp/" + Topic);

        // Folded by default, one fold per question, each named by its question.
        var fold = page.Locator("details").Filter(new() { Has = page.GetByText("Bekijk een voorbeeld bij ‘Wat wil ik?’", new() { Exact = true }) });
        await Expect(fold).ToHaveCountAsync(1);
        await Expect(fold).Not.ToHaveAttributeAsync("open", "");
        var first = examples[0];
        await Expect(page.GetByText(first.Text)).ToBeHiddenAsync();
        var summaries = await page.Locator("details.example-fold > summary").AllTextContentsAsync();
        Assert.Equal(summaries.Count, summaries.Distinct().Count());
        Assert.Contains("Bekijk een voorbeeld bij ‘Wie uit mijn omgeving zou mij hierbij kunnen helpen?’", summaries);

        // Opened by keyboard: the explanation, one person's answer with who they are, and the uitlegboekje.
        await fold.Locator("summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(fold.GetByText(first.Text)).ToBeVisibleAsync();
        await Expect(fold.GetByText($"Voorbeeld van {first.Resident.Name}.")).ToBeVisibleAsync();
        await Expect(fold.GetByText(first.Resident.About)).ToBeVisibleAsync();
        await Expect(fold).ToContainTextAsync(PlainStart(uitleg.ForQuestion("wil")!));
        await Expect(fold.GetByRole(AriaRole.Link, new() { Name = "Alle uitleg en voorbeelden als PDF" }))
            .ToHaveAttributeAsync("href", "/uitlegboekje/almere");
        await Expect(fold.GetByRole(AriaRole.Button, new() { NameRegex = new("[Kk]opieer|[Gg]ebruik|[Nn]eem over") })).ToHaveCountAsync(0);
        await fold.GetByRole(AriaRole.Button, new() { Name = $"Bekijk het voorbeeld van {examples[1].Resident.Name} bij ‘Wat wil ik?’" }).ClickAsync();
        await Expect(fold.GetByText(examples[1].Text)).ToBeVisibleAsync();
        await Expect(fold.GetByText(first.Text)).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync("onderwerp met een open voorbeeld");
        await fold.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync($"{viewport}-10-voorbeeld");

        // The answer box stays empty; what the resident types is saved, the example never.
        var box = page.GetByLabel("Wat wil ik?", new() { Exact = true });
        await Expect(box).ToHaveValueAsync("");
        await TypeAnswerAsync(page, "Wat wil ik?", "Mijn eigen wens.");
        await page.WaitForSavedAsync();
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByLabel("Wat wil ik?", new() { Exact = true })).ToHaveValueAsync("Mijn eigen wens.");
        var saved = await (await page.Context.APIRequest.GetAsync(planUrl + "/export.json")).TextAsync();
        Assert.Contains("Mijn eigen wens.", saved, StringComparison.Ordinal);
        foreach (var example in examples)
        {
            Assert.DoesNotContain(example.Text, saved, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task HousesPage_ExplainsTheHouses_AndShowsAnExampleResidentsFacesAndNotes_Folded()
    {
        var uitleg = Explanation();
        var sanne = uitleg.Residents[0];
        var good = sanne.HouseNotes("geldzaken")!.GoingWell!;
        await using var device = await Browser.NewDeviceAsync(BrowserFixture.Phone);
        var page = await device.NewPageAsync();
        var (planUrl, _) = await StartPlanAsync(page, App);
        await page.GoAndWaitAsync(planUrl + "/huisjes");

        await Expect(page.GetByText(good)).ToBeHiddenAsync();
        await page.GetByText("Uitleg bij de huisjes", new() { Exact = true }).ClickAsync();
        await Expect(page.Locator("details.houses-uitleg")).ToContainTextAsync("zes huisjes");
        await page.GetByRole(AriaRole.Link, new() { Name = "Geldzaken" }).ClickAsync();
        await page.WaitForPathAsync("/huisjes/geldzaken$");
        await page.GetByText("Bekijk een voorbeeld bij Geldzaken", new() { Exact = true }).ClickAsync();
        var fold = page.Locator("details.house-example").First;
        await Expect(fold.GetByText(good)).ToBeVisibleAsync();
        await Expect(fold).ToContainTextAsync($"Voorbeeld van {sanne.Name}.");
        await Expect(fold).ToContainTextAsync("Inkomen: gaat slecht");
        await fold.GetByRole(AriaRole.Button, new() { Name = $"Bekijk het voorbeeld van {uitleg.Residents[1].Name} bij Geldzaken" }).ClickAsync();
        await Expect(fold).ToContainTextAsync($"Voorbeeld van {uitleg.Residents[1].Name}.");

        // Nothing was chosen for the resident: every radio is still free.
        await Expect(page.Locator("input[type=radio]:checked")).ToHaveCountAsync(0);
        await Expect(page.Locator("#goed-geldzaken")).ToHaveValueAsync("");
        await page.AssertAccessibleAsync("de huisjes met een open voorbeeld");
        await page.ScreenshotAsync("phone-11-huisjes-voorbeeld");
    }

    private FormatExplanation Explanation() => ExplanationOrFail(App.Services.GetRequiredService<IContentCatalog>());

    private static FormatExplanation ExplanationOrFail(IContentCatalog catalog) =>
        catalog.ExplanationOf(catalog.FindFormat("basis")!) ?? throw new InvalidOperationException("content/uitleg/basis.yaml did not load");

    /// <summary>The first words of a Markdown text, before any markup: enough to find it on the page.</summary>
    private static string PlainStart(string markdown) => markdown.Split(['*', '[', '\n', '.'])[0].Trim();
}
