using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using EigenPlan.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.Languages;

/// <summary>
/// Issue 15.5 on a phone (390×844): a resident chooses a language on the start page — before the live connection, by a
/// plain form — and the whole journey follows it: start, code, houses, a smiley, an answer, the overview, with
/// <c>lang</c> and <c>dir</c> on the page. The plan keeps its language: opened again with the code on a fresh device,
/// and even with the browser's language set back to Dutch, its pages come in the plan's language.
/// </summary>
public sealed partial class LanguageJourneyTests(BrowserFixture browser, ITestOutputHelper output) : AppTest(browser)
{
    private const string House = "geldzaken";
    private const string Topic = "geldzaken.inkomen";

    [Fact]
    public async Task English_ChosenOnTheStartPage_WholeJourneyInEnglish_AndTheMenuChangesItToPolish()
    {
        await using var device = await Browser.NewDeviceAsync(BrowserFixture.Phone);
        var page = await device.NewPageAsync();
        var words = LanguageWords.English;

        var (planUrl, _) = await StartPlanInAsync(page, words);
        await ChooseSmileyAndAnswerAsync(page, planUrl, words, "I would like help with my letters.");
        await AssertOverviewAsync(page, planUrl, words);

        // The booklet from Mijn plan comes in English, with the Dutch heading under each question.
        var booklet = await DownloadBookletTextAsync(page, planUrl, "en");
        Assert.Contains("How are things now?", booklet, StringComparison.Ordinal);
        Assert.Contains("NL: Hoe gaat het nu?", booklet, StringComparison.Ordinal);
        Assert.Contains("I would like help with my letters.", booklet, StringComparison.Ordinal);

        await page.GoAndWaitAsync(planUrl + "/taal");
        await page.GetByRole(AriaRole.Button, new() { Name = "Polski" }).ClickAsync();
        await page.WaitForPathAsync("/huisjes$");
        await AssertLanguageAsync(page, "pl", "ltr");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Domki");
        // Kept in the plan: another device opens it in Polish too.
        await page.GoAndWaitAsync(planUrl + "/onderwerp/" + Topic);
        await Expect(page.GetByRole(AriaRole.Textbox).First).ToHaveValueAsync("I would like help with my letters.");
    }

    [Fact]
    public async Task Arabic_RightToLeft_WholeJourney_AccessibleTopicPage_KeptWhenOpenedAgainWithTheCode()
    {
        await using var device = await Browser.NewDeviceAsync(BrowserFixture.Phone);
        var page = await device.NewPageAsync();
        var words = LanguageWords.Arabic;

        var (planUrl, code) = await StartPlanInAsync(page, words);
        await ChooseSmileyAndAnswerAsync(page, planUrl, words, "أريد مساعدة في الرسائل.");
        // "✓ gekozen" under the chosen face comes from the CSS, in the page's language (it said "gekozen" in Arabic).
        await Expect(page.Locator(".smiley-option input:checked + label")).ToHaveAttributeAsync("data-chosen", "تم الاختيار");
        // The municipality's help stays Dutch, marked so screen readers and Lees voor read it as Dutch.
        await Expect(page.Locator(".social-map .entry h3").First).ToHaveAttributeAsync("lang", "nl");
        await page.AssertAccessibleAsync("een onderwerp in het Arabisch");
        await page.ScreenshotAsync("languages-ar-topic");
        await AssertOverviewAsync(page, planUrl, words);

        // The booklet comes in Arabic: shaped (presentation forms), the answer's words in it, and the Dutch headings.
        var booklet = await DownloadBookletTextAsync(page, planUrl, "ar");
        Assert.Contains("Hoe gaat het nu?", booklet, StringComparison.Ordinal);
        Assert.Contains(booklet, c => c is >= '\uFE70' and <= '\uFEFF');
        var logical = booklet.Normalize(NormalizationForm.FormKC);
        foreach (var word in "أريد مساعدة في الرسائل".Split(' '))
        {
            // Drawn right to left, so read back in visual order: the word or its letters reversed.
            Assert.True(logical.Contains(word, StringComparison.Ordinal) || logical.Contains(new string(word.Reverse().ToArray()), StringComparison.Ordinal), word);
        }

        // Another device (or this one after closing the plan): Dutch until the code opens the plan, then Arabic.
        await using var other = await Browser.NewDeviceAsync(BrowserFixture.Phone);
        var again = await other.NewPageAsync();
        await again.GoAndWaitAsync(App.Url("/verder"));
        await AssertLanguageAsync(again, "nl", "ltr");
        await again.GetByLabel("Je persoonlijke code").FillAsync(code);
        await again.GetByRole(AriaRole.Button, new() { Name = "Open mijn plan" }).ClickAsync();
        await again.WaitForPathAsync("/overzicht$");
        await again.WaitForInteractiveAsync();
        await AssertLanguageAsync(again, "ar", "rtl");
        await Expect(again.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(words.OverviewHeading);

        // The browser's language set back to Dutch on the start page: the plan still opens in its own language.
        await again.GoAndWaitAsync(App.Url("/"));
        await again.GetByRole(AriaRole.Button, new() { Name = "Nederlands" }).ClickAsync();
        await Expect(again.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(LanguageWords.Dutch.StartHeading);
        await again.GoAndWaitAsync(planUrl + "/onderwerp/" + Topic);
        await AssertLanguageAsync(again, "ar", "rtl");
        await Expect(again.GetByRole(AriaRole.Textbox).First).ToHaveValueAsync("أريد مساعدة في الرسائل.");
        // Interactive too, not only the first response: the live connection answers in Arabic.
        await again.GetByRole(AriaRole.Textbox).First.FillAsync("أريد مساعدة في الرسائل والفواتير.");
        await ExpectSavedAsync(again, words);
    }

    private static async Task<string> DownloadBookletTextAsync(IPage page, string planUrl, string language)
    {
        await page.GoAndWaitAsync(planUrl + "/mijn-plan");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a[href$='boekje.pdf']").First.ClickAsync());
        var path = Path.Combine(RepoPaths.Output("downloads"), $"mijn-plan-{language}.pdf");
        await download.SaveAsAsync(path);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(path);
        return string.Join(' ', pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    [Fact]
    public async Task StartHousesAndTopic_InDutchAndArabic_AreMeasuredAtPhoneSize()
    {
        var table = new StringBuilder("| language | page | height (px) | screens | controls | words |\n|---|---|---|---|---|---|\n");
        foreach (var words in new[] { LanguageWords.Dutch, LanguageWords.Arabic })
        {
            await using var device = await Browser.NewDeviceAsync(BrowserFixture.Phone);
            var page = await device.NewPageAsync();
            var (planUrl, _) = await StartPlanInAsync(page, words);
            foreach (var (name, url) in new[] { ("start", App.Url("/")), ("huisjes", planUrl + "/huisjes"), ("onderwerp", planUrl + "/onderwerp/" + Topic) })
            {
                await page.GoAndWaitAsync(url);
                await AssertLanguageAsync(page, words.Code, words.Direction);
                var measured = await page.EvaluateAsync<JsonElement>(MeasureScript);
                var height = measured.GetProperty("height").GetInt32();
                table.Append(CultureInfo.InvariantCulture,
                    $"| {words.Code} | {name} | {height:N0} | {height / 844.0:0.0} | {measured.GetProperty("controls").GetInt32()} | {measured.GetProperty("words").GetInt32()} |\n");
                await page.ScreenshotAsync($"languages-{words.Code}-{name}");
            }
        }
        output.WriteLine(table.ToString());
        File.WriteAllText(Path.Combine(RepoPaths.Output("languages"), "pages.md"), table.ToString());
    }

    private const string MeasureScript = """
        () => ({
          height: document.documentElement.scrollHeight,
          controls: document.querySelectorAll('a[href], button, summary, select, textarea, input:not([type=hidden])').length,
          words: document.body.innerText.split(/\s+/).filter(w => /[\p{L}\p{N}]/u.test(w)).length,
        })
        """;

    private Task<(string PlanUrl, string Code)> StartPlanInAsync(IPage page, LanguageWords words) => LanguageStart.StartPlanInAsync(page, App, words);

    private static async Task ChooseSmileyAndAnswerAsync(IPage page, string planUrl, LanguageWords words, string answer)
    {
        await page.GoAndWaitAsync($"{planUrl}/huisjes/{House}");
        await AssertLanguageAsync(page, words.Code, words.Direction);
        await page.GetByRole(AriaRole.Radiogroup).First.GetByRole(AriaRole.Radio).Nth(3).CheckAsync();
        await ExpectSavedAsync(page, words);

        await page.GoAndWaitAsync($"{planUrl}/onderwerp/{Topic}");
        await AssertLanguageAsync(page, words.Code, words.Direction);
        var smileys = page.GetByRole(AriaRole.Radiogroup).First;
        await Expect(smileys.Locator("legend")).ToContainTextAsync(words.HowIsIt);
        await Expect(smileys.GetByRole(AriaRole.Radio).Nth(3)).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Textbox).First.FillAsync(answer);
        await ExpectSavedAsync(page, words);
    }

    private static async Task AssertOverviewAsync(IPage page, string planUrl, LanguageWords words)
    {
        await page.GoAndWaitAsync(planUrl + "/overzicht");
        await AssertLanguageAsync(page, words.Code, words.Direction);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(words.OverviewHeading);
        await Expect(page.Locator($"[id='status-{Topic}']")).ToHaveTextAsync(words.InProgress);
    }

    private static Task AssertLanguageAsync(IPage page, string code, string direction) => LanguageStart.AssertLanguageAsync(page, code, direction);

    private static Task ExpectSavedAsync(IPage page, LanguageWords words) =>
        Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasTextRegex = new Regex($"^{Regex.Escape(words.Saved)}$") }))
            .ToBeVisibleAsync(new() { Timeout = 10_000 });
}
