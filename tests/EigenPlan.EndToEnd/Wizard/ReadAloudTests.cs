using System.Text.Json;
using EigenPlan.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static EigenPlan.EndToEnd.Wizard.ResidentJourney;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.Wizard;

/// <summary>
/// "Lees voor" (issue 15.6): the button reads the question and its hint with the browser's speech API in the page's
/// language, one sentence at a time with that sentence highlighted, works from the keyboard, stops on a second press,
/// and says so plainly when the device has no voice for the language. The speech API is replaced by a recorder:
/// Chromium in a test has no voices, and the test must see what would have been said.
/// </summary>
public sealed class ReadAloudTests(BrowserFixture browser) : AppTest(browser), IAsyncDisposable
{
    private readonly List<IBrowserContext> devices = [];

    // Records every utterance; each one "starts" at once and ends only when the test says so (window.__finish()).
    private const string FakeSpeech = """
        (() => {
          const voices = __VOICES__;
          window.__spoken = [];
          let pending = null;
          window.__finish = () => { const u = pending; pending = null; u?.onend?.(new Event('end')); };
          const synth = {
            speaking: false, pending: false, paused: false,
            getVoices: () => voices,
            speak(u) { window.__spoken.push({ text: u.text, lang: u.lang }); pending = u; setTimeout(() => u.onstart?.(new Event('start')), 0); },
            cancel() { window.__cancelled = (window.__cancelled || 0) + 1; pending = null; },
            pause() {}, resume() {}, addEventListener() {}, removeEventListener() {},
          };
          Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
        })();
        """;

    private const string DutchVoice = "[{ name: 'Test NL', lang: 'nl-NL', default: true, localService: true, voiceURI: 'test-nl' }]";

    [Fact]
    public async Task LeesVoor_ReadsTheQuestionAndHintInDutch_SentenceBySentence_WithTheSentenceMarked_AndStops()
    {
        var page = await OpenTopicAsync(DutchVoice);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Lees voor (Hoe gaat het nu?)", Exact = true })).ToHaveCountAsync(1);
        await page.AssertAccessibleAsync("onderwerp met Lees voor");
        // Its name changes to "Stop met voorlezen" while reading: follow the element itself.
        var button = page.Locator("button[data-read-aloud='vraag-nu-label vraag-nu-hint']");

        // From the keyboard: focus and Enter.
        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForFunctionAsync("() => window.__spoken.length === 1");
        var label = (await page.Locator("#vraag-nu-label").InnerTextAsync()).Trim();
        var hint = (await page.Locator("#vraag-nu-hint").InnerTextAsync()).Trim();
        Assert.Equal(label, await SpokenAsync(page, 0, "text"));
        Assert.Equal("nl-NL", await SpokenAsync(page, 0, "lang"));
        await page.WaitForFunctionAsync("() => CSS.highlights.get('read-aloud')?.size === 1");
        Assert.Equal(label, await MarkedAsync(page));
        await Expect(button).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(button).ToContainTextAsync("Stop met voorlezen");

        // Each next sentence of the hint is said and marked when the one before has ended.
        await page.EvaluateAsync("() => window.__finish()");
        await page.WaitForFunctionAsync("() => window.__spoken.length === 2");
        var second = await SpokenAsync(page, 1, "text");
        Assert.StartsWith(second, hint, StringComparison.Ordinal);
        await page.WaitForFunctionAsync("t => [...CSS.highlights.get('read-aloud') ?? []].map(r => r.toString().trim()).join('') === t", second);

        // A second press stops the voice and the mark.
        await button.ClickAsync();
        await page.WaitForFunctionAsync("() => !CSS.highlights.has('read-aloud')");
        Assert.True(await page.EvaluateAsync<int>("() => window.__cancelled") >= 1);
        await Expect(button).ToHaveAttributeAsync("aria-pressed", "false");
        await Expect(button).ToContainTextAsync("Lees voor");
    }

    [Fact]
    public async Task LeesVoor_ReadsTheTips()
    {
        var page = await OpenTopicAsync(DutchVoice);
        var tips = page.Locator("details.suggestions");
        await tips.Locator("summary").ClickAsync();
        await tips.GetByRole(AriaRole.Button, new() { NameRegex = new(@"^Lees voor \(de tips bij ") }).ClickAsync();

        await page.WaitForFunctionAsync("() => window.__spoken.length === 1");
        var first = (await page.Locator("#tips-lijst li").First.InnerTextAsync()).Trim();
        Assert.StartsWith(await SpokenAsync(page, 0, "text"), first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LeesVoor_WithoutAVoiceForTheLanguage_SaysSoPlainly_AndSpeaksNothing()
    {
        var page = await OpenTopicAsync("[{ name: 'Test EN', lang: 'en-GB', default: true, localService: true, voiceURI: 'test-en' }]");
        var button = page.GetByRole(AriaRole.Button, new() { Name = "Lees voor (Hoe gaat het nu?)", Exact = true });

        await button.ClickAsync();

        var message = button.Locator("xpath=..").GetByRole(AriaRole.Status);
        await Expect(message).ToContainTextAsync("geen stem om Nederlands voor te lezen");
        await Expect(message).ToBeVisibleAsync();
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.__spoken.length"));
        await page.AssertAccessibleAsync("Lees voor zonder stem");
    }

    private async Task<IPage> OpenTopicAsync(string voices)
    {
        var device = await Browser.NewDeviceAsync(BrowserFixture.Phone);
        devices.Add(device);
        await device.AddInitScriptAsync(FakeSpeech.Replace("__VOICES__", voices, StringComparison.Ordinal));
        var page = await device.NewPageAsync();
        var (planUrl, _) = await StartPlanAsync(page, App);
        await page.GoAndWaitAsync(planUrl + "/onderwerp/gezondheid.lichaam");
        await page.WaitForInteractiveAsync();
        return page;
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        foreach (var device in devices)
        {
            await device.DisposeAsync();
        }
    }

    private static async Task<string> SpokenAsync(IPage page, int index, string field) =>
        (await page.EvaluateAsync<JsonElement>($"() => window.__spoken[{index}]")).GetProperty(field).GetString()!;

    private static async Task<string> MarkedAsync(IPage page) =>
        (await page.EvaluateAsync<string>("() => [...CSS.highlights.get('read-aloud')].map(r => r.toString()).join('')")).Trim();
}
