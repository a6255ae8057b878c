using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Text.RegularExpressions;
using System.Threading.Channels;
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
    private static readonly TimeSpan SlowLine = TimeSpan.FromMilliseconds(150);

    [Fact]
    public async Task FastTypingWhileSavesAreSlow_TheBoxAndTheStoreHoldExactlyWhatWasTyped()
    {
        await using var app = AppServer.Start(replaceServices: SlowSaves.Install(SlowSave));
        await using var device = await browser.NewDeviceAsync(BrowserFixture.Desktop);
        var page = await device.NewPageAsync();
        var (planUrl, _) = await StartPlanAsync(page, app);
        await SlowLineAsync(page, SlowLine);
        await WatchWritesAsync(page);
        await page.GoAndWaitAsync(planUrl + Residents.TopicPath);
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

        await Expect(box).ToHaveValueAsync(typed, new() { Timeout = 20_000 });
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
        await SlowLineAsync(phonePage, SlowLine);
        await WatchWritesAsync(phonePage);
        await phonePage.GoAndWaitAsync(planUrl + Residents.TopicPath);
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
        await Task.Delay(6000);
        File.WriteAllText(Path.Combine(RepoPaths.Output("logs"), "writes.json"), await phonePage.EvaluateAsync<string>("() => JSON.stringify(window.__writes, null, 1)"));
        File.WriteAllText(Path.Combine(RepoPaths.Output("logs"), "applog.txt"), string.Join("\n", app.Logs.Lines.Where(l => l.Contains("Plan", StringComparison.Ordinal))) + "\nSTORED:" + await StoredAnswerAsync(laptop, planUrl) + "\nLAPTOP:" + await laptopPage.GetByLabel(Question, new() { Exact = true }).InputValueAsync());
        await Expect(phoneBox).ToHaveValueAsync(both, new() { Timeout = 20_000 });
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
            document.addEventListener('input', e => window.__writes.push({ t: Math.round(performance.now()), input: e.target.value }), true);
            """);

    /// <summary>The answer as stored: a fresh page opens the plan from the store.</summary>
    private static async Task<string> StoredAnswerAsync(IBrowserContext device, string planUrl)
    {
        var check = await device.NewPageAsync();
        await check.GoAndWaitAsync(planUrl + Residents.TopicPath);
        return await check.GetByLabel(Question, new() { Exact = true }).InputValueAsync();
    }

    /// <summary>
    /// Every message from the server to this page arrives <paramref name="delay"/> late, in order (the page's own
    /// messages go out at once): render batches land while the next keystrokes are already on their way.
    /// </summary>
    private static Task SlowLineAsync(IPage page, TimeSpan delay) =>
        page.RouteWebSocketAsync(new Regex("/_blazor"), socket =>
        {
            var server = socket.ConnectToServer();
            var queue = Channel.CreateUnbounded<(long Due, byte[]? Binary, string? Text)>();
            server.OnMessage(frame => queue.Writer.TryWrite((Environment.TickCount64 + (long)delay.TotalMilliseconds, frame.Binary, frame.Text)));
            _ = Task.Run(async () =>
            {
                await foreach (var (due, binary, text) in queue.Reader.ReadAllAsync())
                {
                    var wait = due - Environment.TickCount64;
                    if (wait > 0)
                    {
                        await Task.Delay(TimeSpan.FromMilliseconds(wait));
                    }
                    if (binary is not null)
                    {
                        socket.Send(binary);
                    }
                    else
                    {
                        socket.Send(text!);
                    }
                }
            });
        });

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
