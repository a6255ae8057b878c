using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace EigenPlan.Bench.NothingLost;

/// <summary>What a resident does in a real headless Chromium (Debian's, never a downloaded one).</summary>
public static partial class Residents
{
    /// <summary>The answer the harnesses type into: "Hoe gaat het nu?" on the topic Lichaam.</summary>
    public const string TopicPath = "/onderwerp/gezondheid.lichaam";
    public const string TopicKey = "gezondheid.lichaam";
    public const string QuestionId = "nu";
    public const string AnswerBox = "#vraag-nu";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage"],
        });

    /// <summary>Browser console errors and warnings of every device go here (the first place to look when a run fails).</summary>
    public static string? ConsoleLog { get; set; }

    public static async Task<IBrowserContext> NewDeviceAsync(IBrowser browser)
    {
        var context = await browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 1280, Height = 900 },
            Locale = "nl-NL",
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        if (ConsoleLog is { } file)
        {
            context.Page += (_, page) => page.PageError += (_, error) =>
            {
                lock (file)
                {
                    File.AppendAllText(file, $"{DateTime.UtcNow:O} page error: {error}\n");
                }
            };
            context.Console += (_, message) =>
            {
                if (message.Type is "error" or "warning")
                {
                    lock (file)
                    {
                        File.AppendAllText(file, $"{DateTime.UtcNow:O} {message.Type}: {message.Text}\n");
                    }
                }
            };
        }
        return context;
    }

    /// <summary>Starts a plan on the static start form; returns the plan id and the personal code.</summary>
    public static async Task<(string PlanId, string Code)> StartPlanAsync(IPage page, string baseUrl, string name)
    {
        await page.GotoAsync(baseUrl + "/nieuw/almere");
        await page.GetByLabel("Je naam").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Start mijn plan" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(PlanCodeUrl(), new() { Timeout = 60_000 });
        var code = (await page.Locator("#persoonlijke-code").InnerTextAsync()).Trim();
        return (PlanCodeUrl().Match(page.Url).Groups[1].Value, code);
    }

    /// <summary>Waits until the page takes input (its circuit runs) and the tab's buffer is connected to it.</summary>
    public static Task WaitReadyAsync(IPage page, TimeSpan? timeout = null) =>
        UntilAsync(page, "() => document.querySelector('#app-state[data-ready=true]') !== null && window.eigenPlanPending?.isAttached() === true",
            timeout ?? TimeSpan.FromSeconds(60));

    /// <summary>
    /// Polls a script until it returns true (through the DevTools protocol, so the app's strict CSP stays on). A page
    /// that is being replaced (a reload) counts as "not yet".
    /// </summary>
    public static async Task UntilAsync(IPage page, string script, TimeSpan timeout, object? argument = null)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if (await page.EvaluateAsync<bool>(script, argument))
                {
                    return;
                }
            }
            catch (PlaywrightException) when (watch.Elapsed < timeout)
            {
                // "Execution context was destroyed": the page is reloading.
            }
            if (watch.Elapsed > timeout)
            {
                var state = await page.EvaluateAsync<string>(
                    "() => JSON.stringify({ url: location.href, appState: document.querySelector('#app-state')?.outerHTML ?? null, "
                    + "buffer: typeof window.eigenPlanPending, attached: window.eigenPlanPending?.isAttached?.() ?? null, "
                    + "pending: window.eigenPlanPending?.pendingCount?.() ?? null, reconnect: document.querySelector('#components-reconnect-modal')?.className ?? null, "
                    + "blazor: typeof window.Blazor, resources: performance.getEntriesByType('resource').map(e => e.name.replace(location.origin, '') + ' ' + e.responseStatus) })");
                throw new TimeoutException($"Waited {timeout.TotalSeconds:0} s for: {script}\nPage: {state}");
            }
            await Task.Delay(25);
        }
    }

    /// <summary>Fields the tab still holds that the server has not confirmed.</summary>
    public static Task<int> PendingCountAsync(IPage page) =>
        page.EvaluateAsync<int>("() => window.eigenPlanPending?.pendingCount() ?? -1");

    /// <summary>Puts the caret at the very end of the answer box.</summary>
    public static async Task FocusEndAsync(IPage page, string box)
    {
        await page.Locator(box).FocusAsync();
        await page.Keyboard.PressAsync("Control+End");
    }

    /// <summary>The words of <paramref name="expected"/> that <paramref name="stored"/> lacks (as a multiset).</summary>
    public static int WordsMissing(string expected, string stored)
    {
        var have = Words(stored).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        var missing = 0;
        foreach (var word in Words(expected))
        {
            if (have.TryGetValue(word, out var count) && count > 0)
            {
                have[word] = count - 1;
            }
            else
            {
                missing++;
            }
        }
        return missing;
    }

    public static string[] Words(string text) => text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex("/plan/([0-9A-Z]{6})/code$")]
    private static partial Regex PlanCodeUrl();
}
