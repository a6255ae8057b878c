using System.Reflection;
using System.Runtime.ExceptionServices;
using EigenPlan.Bench.NothingLost;
using EigenPlan.Core.Plans;
using EigenPlan.EndToEnd.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static EigenPlan.EndToEnd.Wizard.ResidentJourney;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.NothingLost;

/// <summary>
/// Words typed are never lost (issue 12): once the kill/disconnect runs showed <c>een t vier vijf zes</c> where
/// <c>een twee drie vier vijf zes</c> was typed — the page had put an older server text over keystrokes that were still
/// on their way. Here the store is slow on purpose (every save waits), the line to the browser is slow too (every
/// message from the server arrives late, as on a busy server or a poor mobile line), and the resident types fast, with
/// pauses around the save's debounce. What the box shows and what is stored must be exactly what was typed — plus,
/// only when another device changed the same answer meanwhile, that device's text and the documented marker.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class TypingWhileSavingTests(BrowserFixture browser)
{
    private const string Question = "Hoe gaat het nu?";
    private static readonly TimeSpan SlowSave = TimeSpan.FromMilliseconds(1500);
    private static readonly TimeSpan LineDelay = TimeSpan.FromMilliseconds(150);

    [Fact]
    public async Task FastTypingWhileSavesAreSlow_TheBoxAndTheStoreHoldExactlyWhatWasTyped()
    {
        await using var app = AppServer.Start(replaceServices: SlowSaves.Install(SlowSave));
        await using var device = await browser.NewDeviceAsync(BrowserFixture.Desktop);
        var page = await device.NewPageAsync();
        var (planUrl, _) = await StartPlanAsync(page, app);
        await using var line = new SlowLine(new Uri(app.BaseUrl).Port, LineDelay);
        await WatchWritesAsync(page);
        await page.GoAndWaitAsync(line.BaseUrl + new Uri(planUrl).AbsolutePath + Residents.TopicPath);
        await WaitForHeadingFocusAsync(page);
        var box = page.GetByLabel(Question, new() { Exact = true });
        await box.FocusAsync();

        // Bursts with pauses just before, at and after the 600 ms debounce, so saves start (and are slow) mid-typing.
        string[] bursts = ["een twee drie", " vier vijf zes", " zeven acht", " negen tien elf", " twaalf dertien"];
        int[] pauses = [550, 650, 900, 300, 0];
        var typed = "";
        for (var i = 0; i < bursts.Length; i++)
        {
            await page.Keyboard.TypeAsync(bursts[i], new() { Delay = 30 + (i % 3) * 15 });
            typed += bursts[i];
            await Task.Delay(pauses[i]);
        }

        try
        {
            await ExpectTextAsync(page, box, typed, "slow-saves");
        }
        finally
        {
            await File.WriteAllLinesAsync(Path.Combine(RepoPaths.Output("logs"), "typing-slow-saves-app.log"), app.Logs.Lines);
        }
        await page.WaitForSavedAsync();
        await EventuallyAsync(async () => await Residents.PendingCountAsync(page) == 0, "the tab still holds text");
        Assert.Equal(typed, await box.InputValueAsync());
        Assert.Equal(typed, await StoredAnswerAsync(device, planUrl));
    }

    [Fact]
    public async Task FastTypingWhileAnotherDeviceSavesTheSameAnswer_BothTextsAreKeptOnce_NoKeystrokeLost()
    {
        await using var app = AppServer.Start(replaceServices: SlowSaves.Install(SlowSave));
        await using var phone = await browser.NewDeviceAsync(BrowserFixture.Phone);
        var phonePage = await phone.NewPageAsync();
        var (planUrl, code) = await StartPlanAsync(phonePage, app);
        await using var laptop = await browser.NewDeviceAsync(BrowserFixture.Desktop);
        var laptopPage = await laptop.NewPageAsync();
        await ContinueWithCodeAsync(laptopPage, app, code);
        await laptopPage.GoAndWaitAsync(planUrl + Residents.TopicPath);
        await using var line = new SlowLine(new Uri(app.BaseUrl).Port, LineDelay);
        await WatchWritesAsync(phonePage);
        await phonePage.GoAndWaitAsync(line.BaseUrl + new Uri(planUrl).AbsolutePath + Residents.TopicPath);
        await WaitForHeadingFocusAsync(phonePage);
        var phoneBox = phonePage.GetByLabel(Question, new() { Exact = true });
        await phoneBox.FocusAsync();

        // The laptop saves first (its save is slow too); the phone's first save then meets it and merges, while the
        // resident goes on typing on the phone through the merge and the save after it.
        await TypeAnswerAsync(laptopPage, Question, "Op de laptop.");
        var typed = "";
        string[] bursts = ["een twee drie", " vier vijf zes zeven acht negen tien", " elf twaalf", " dertien veertien"];
        int[] pauses = [650, 400, 700, 0];
        for (var i = 0; i < bursts.Length; i++)
        {
            await phonePage.Keyboard.TypeAsync(bursts[i], new() { Delay = 30 + (i % 3) * 15 });
            typed += bursts[i];
            await Task.Delay(pauses[i]);
        }

        var both = $"Op de laptop.\n\n{PlanMerge.Marker}\n\n{typed}";
        await ExpectTextAsync(phonePage, phoneBox, both, "merge");
        await Expect(phonePage.GetByText("allebei de teksten bewaard")).ToBeVisibleAsync();
        await phonePage.WaitForSavedAsync();
        await EventuallyAsync(async () => await Residents.PendingCountAsync(phonePage) == 0, "the tab still holds text");
        Assert.Equal(both, await phoneBox.InputValueAsync());
        Assert.Equal(both, await StoredAnswerAsync(laptop, planUrl));
    }

    /// <summary>
    /// Records every time a script (the app) sets the text of a box that has focus, and every text the box reports:
    /// a server text put over keystrokes shows up here.
    /// </summary>
    private static async Task WatchWritesAsync(IPage page) =>
        await page.AddInitScriptAsync("""
            window.__writes = [];
            const property = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');
            Object.defineProperty(HTMLTextAreaElement.prototype, 'value', {
              configurable: true,
              get() { return property.get.call(this); },
              set(text) {
                if (document.activeElement === this) window.__writes.push({ t: Math.round(performance.now()), set: text, was: property.get.call(this) });
                property.set.call(this, text);
              },
            });
            const input = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
            Object.defineProperty(HTMLInputElement.prototype, 'value', {
              configurable: true,
              get() { return input.get.call(this); },
              set(text) {
                if (document.activeElement === this) window.__writes.push({ t: Math.round(performance.now()), set: text, was: input.get.call(this) });
                input.set.call(this, text);
              },
            });
            document.addEventListener('input', e => window.__writes.push({ t: Math.round(performance.now()), input: e.target.value }), true);
            """);

    [Fact]
    public async Task TypingOnTheMomentANewServerPutsBackTheTabsText_TheWordsComeOutInTheOrderTheyWereTyped()
    {
        var app = AppServer.Start();
        try
        {
            await using var line = new ConnectionCutter(new Uri(app.BaseUrl).Port);
            await using var slow = new SlowLine(line.Port, LineDelay);
            await using var device = await browser.NewDeviceAsync(BrowserFixture.Desktop);
            var page = await device.NewPageAsync();
            var (planUrl, _) = await StartPlanAsync(page, app);
            await WatchWritesAsync(page);
            await page.GoAndWaitAsync(slow.BaseUrl + new Uri(planUrl).AbsolutePath + Residents.TopicPath);
            await WaitForHeadingFocusAsync(page);
            var box = page.GetByLabel(Question, new() { Exact = true });
            await box.FocusAsync();
            await page.Keyboard.TypeAsync("een t", new() { Delay = 40 });
            await page.WaitForSavedAsync();

            // The line drops, typing goes on into the tab's buffer, and the server is replaced meanwhile (a deploy).
            line.Cut();
            await Expect(page.Locator("#components-reconnect-modal")).ToBeVisibleAsync();
            await page.Keyboard.TypeAsync("wee drie", new() { Delay = 40 });
            await page.EvaluateAsync("() => window.eigenPlanPending.flush()");
            var databasePath = app.DatabasePath;
            await app.DisposeAsync();
            app = AppServer.Start(databasePath);
            line.Retarget(new Uri(app.BaseUrl).Port);
            await page.EvaluateAsync("() => { window.oldPage = true; }");
            line.Restore();

            // The page reloads itself and the new circuit puts "wee drie" back; the resident types on the moment the tab
            // takes keystrokes again — while the page still shows the stored "een t" and the text put back is on its way.
            await Residents.UntilAsync(page, "() => window.oldPage !== true && window.eigenPlanPending?.isAttached() === true",
                TimeSpan.FromSeconds(60));
            await WaitForHeadingFocusAsync(page);
            await Residents.FocusEndAsync(page, "#vraag-nu");
            await page.Keyboard.TypeAsync(" vier vijf zes", new() { Delay = 40 });

            const string typed = "een twee drie vier vijf zes";
            await ExpectTextAsync(page, box, typed, "put-back");
            await page.WaitForSavedAsync();
            await EventuallyAsync(async () => await Residents.PendingCountAsync(page) == 0, "the tab still holds text");
            Assert.Equal(typed, await StoredAnswerAsync(device, app.BaseUrl + new Uri(planUrl).AbsolutePath));
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task MunicipalitySearchTypedKeyByKeyOnASlowLine_TheBoxKeepsTheText_AndTheResultsAreForIt()
    {
        await using var app = AppServer.Start();
        await using var device = await browser.NewDeviceAsync(BrowserFixture.Phone);
        var page = await device.NewPageAsync();
        await using var line = new SlowLine(new Uri(app.BaseUrl).Port, LineDelay);
        await WatchWritesAsync(page);
        await page.GoAndWaitAsync(line.BaseUrl + "/");
        await WaitForHeadingFocusAsync(page);
        var search = page.GetByLabel("Zoek je gemeente");
        await search.FocusAsync();

        await page.Keyboard.TypeAsync("Almere", new() { Delay = 30 });

        await ExpectTextAsync(page, search, "Almere", "search");
        await Expect(page.Locator("#gemeente-aantal")).ToHaveTextAsync("1 gemeente gevonden: Almere.");
        var group = page.GetByRole(AriaRole.Group, new() { Name = "In welke gemeente woon je?" });
        await Expect(group.GetByRole(AriaRole.Radio)).ToHaveCountAsync(1);
        Assert.Equal("Almere", await search.InputValueAsync());
    }

    /// <summary>
    /// After the first live render Blazor puts the focus on the page's heading (FocusOnNavigate); on a slow line that
    /// comes late, and keys typed in a box before it would go to the heading. So wait for it (or for 5 s).
    /// </summary>
    private static async Task WaitForHeadingFocusAsync(IPage page)
    {
        try
        {
            await page.WaitForFunctionAsync("() => document.activeElement?.tagName === 'H1'", null, new() { Timeout = 5_000 });
        }
        catch (TimeoutException)
        {
            // Some pages focus nothing; typing can start.
        }
    }

    /// <summary>Waits for the box's text; on a failure the log of texts set by the app and typed says what happened.</summary>
    private static async Task ExpectTextAsync(IPage page, ILocator box, string expected, string name)
    {
        try
        {
            await Expect(box).ToHaveValueAsync(expected, new() { Timeout = 20_000 });
        }
        finally
        {
            var log = await page.EvaluateAsync<string>(
                "() => JSON.stringify({ focus: document.activeElement?.outerHTML?.slice(0, 120), url: location.href, modal: document.querySelector('#components-reconnect-modal')?.className ?? null, writes: window.__writes ?? [] }, null, 1)");
            await File.WriteAllTextAsync(Path.Combine(RepoPaths.Output("logs"), $"typing-{name}.json"), log);
        }
    }

    /// <summary>The answer as stored: a fresh page opens the plan from the store.</summary>
    private static async Task<string> StoredAnswerAsync(IBrowserContext device, string planUrl)
    {
        var check = await device.NewPageAsync();
        await check.GoAndWaitAsync(planUrl + Residents.TopicPath);
        return await check.GetByLabel(Question, new() { Exact = true }).InputValueAsync();
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, what);
            await Task.Delay(50);
        }
    }

    /// <summary>A store whose saves each wait a fixed time first (everything else is the real store, untouched).</summary>
    public class SlowSaves : DispatchProxy
    {
        private IPlanStore _inner = default!;
        private TimeSpan _delay;

        /// <summary>For <see cref="AppServer.Start"/>: wraps the app's own store.</summary>
        public static Action<IServiceCollection> Install(TimeSpan delay) => services =>
        {
            var real = services.Last(s => s.ServiceType == typeof(IPlanStore));
            services.Remove(real);
            services.AddSingleton(sp =>
            {
                var proxy = Create<IPlanStore, SlowSaves>();
                var slow = (SlowSaves)(object)proxy;
                slow._inner = (IPlanStore)real.ImplementationFactory!(sp);
                slow._delay = delay;
                return proxy;
            });
        };

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            ArgumentNullException.ThrowIfNull(targetMethod);
            if (targetMethod.Name == nameof(IPlanStore.SaveAsync))
            {
                return SaveSlowlyAsync((PlanSession)args![0]!, (PlanContent)args[1]!, (long)args[2]!, (CancellationToken)args[3]!);
            }
            try
            {
                return targetMethod.Invoke(_inner, args);
            }
            catch (TargetInvocationException ex) when (ex.InnerException is not null)
            {
                ExceptionDispatchInfo.Throw(ex.InnerException);
                throw;
            }
        }

        private async Task<SaveResult> SaveSlowlyAsync(PlanSession session, PlanContent content, long expectedVersion, CancellationToken cancellationToken)
        {
            await Task.Delay(_delay, cancellationToken);
            return await _inner.SaveAsync(session, content, expectedVersion, cancellationToken);
        }
    }
}
