using System.Diagnostics;
using System.Text;
using Microsoft.Playwright;

namespace EigenPlan.Bench.NothingLost;

/// <summary>What one run of <see cref="DisconnectHarness"/> found.</summary>
public sealed record DisconnectReport(
    int Disconnects, int WordsTyped, int WordsLost, int MessagesShown, int MessagesGone,
    IReadOnlyList<TimeSpan> Recoveries, TimeSpan Total, IReadOnlyList<string> Problems)
{
    public TimeSpan Percentile(double p) => Percentiles.NearestRank(Recoveries, p, TimeSpan.Zero);
}

/// <summary>
/// A real browser types continuously while the harness cuts its connection at random moments, keeps typing while it is
/// cut, and brings it back. The browser talks to the app through a <see cref="ConnectionCutter"/>, which resets the
/// WebSocket and refuses every reconnect attempt while the line is cut, like a network that drops. Each time the reconnect bar must appear and go away, and the server must confirm the exact text on
/// screen (the tab's buffer empties only on a hash match). At the end the app stops and the database file is checked
/// with the plan's code: every word typed is stored.
/// </summary>
public sealed class DisconnectHarness(AppBuild build, string workFolder, TextWriter log)
{
    private const string Banner = "#components-reconnect-modal";

    public async Task<DisconnectReport> RunAsync(int disconnects, int seed, TimeSpan? budget = null)
    {
        var random = new Random(seed);
        Residents.ConsoleLog ??= Path.Combine(workFolder, "browser-console.log");
        var port = AppProcess.FreePort();
        await using var app = new AppProcess(build, Path.Combine(workFolder, "data"), port,
            new Dictionary<string, string> { ["Storage:KdfIterations"] = "20000" });
        await app.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Residents.LaunchAsync(playwright);
        await using var device = await Residents.NewDeviceAsync(browser);
        await using var line = new ConnectionCutter(port);
        var page = await device.NewPageAsync();
        var (planId, code) = await Residents.StartPlanAsync(page, line.BaseUrl, "Disconnect Test");
        await page.GotoAsync($"{line.BaseUrl}/plan/{planId}{Residents.TopicPath}");
        await Residents.WaitReadyAsync(page);

        var typed = new StringBuilder();
        var recoveries = new List<TimeSpan>();
        var problems = new List<string>();
        var (shown, gone) = (0, 0);
        var total = Stopwatch.StartNew();
        await Residents.FocusEndAsync(page, Residents.AnswerBox);
        // A budget ends the run early (after a whole round); the report then names the number of disconnects done.
        for (var round = 1; round <= disconnects && !(total.Elapsed > budget); round++)
        {
            using var stop = new CancellationTokenSource();
            var typing = TypeUntilAsync(page, typed, round, new Random(random.Next()), stop.Token);
            await Task.Delay(random.Next(100, 1200));
            line.Cut();
            var offline = Stopwatch.StartNew();
            // Typing goes on while offline; the bar must come up.
            var bannerShown = await WaitBannerAsync(page, visible: true, TimeSpan.FromSeconds(10));
            await Task.Delay(random.Next(0, 700));
            await stop.CancelAsync();
            await typing;
            line.Restore();
            var onScreen = await page.Locator(Residents.AnswerBox).InputValueAsync();
            if (onScreen != typed.ToString())
            {
                problems.Add($"round {round}: the box shows {onScreen.Length} characters, {typed.Length} were typed");
            }
            var bannerGone = await WaitBannerAsync(page, visible: false, TimeSpan.FromSeconds(30));
            var phaseBanner = offline.Elapsed;
            shown += bannerShown ? 1 : 0;
            gone += bannerShown && bannerGone ? 1 : 0;
            if (!bannerShown)
            {
                problems.Add($"round {round}: the reconnect message did not appear");
            }
            else if (!bannerGone)
            {
                problems.Add($"round {round}: the reconnect message did not go away");
            }
            // The same circuit is back (or, if the server let it go, a reloaded page): the text typed offline is sent
            // on and saved; the buffer empties only when the server confirms exactly this text.
            await Residents.UntilAsync(page,
                "text => window.eigenPlanPending?.isAttached() === true && window.eigenPlanPending.pendingCount() === 0"
                + " && document.querySelector('" + Residents.AnswerBox + "')?.value === text",
                TimeSpan.FromSeconds(60), onScreen);
            recoveries.Add(offline.Elapsed);
            if (Environment.GetEnvironmentVariable("EP_TRACE") is not null)
            {
                await log.WriteLineAsync($"  round {round}: shown {bannerShown}, banner gone after {phaseBanner.TotalSeconds:0.0} s, confirmed after {offline.Elapsed.TotalSeconds:0.0} s");
            }
            if (!await IsFocusedAsync(page))
            {
                await Residents.FocusEndAsync(page, Residents.AnswerBox);
            }
            if (round % 50 == 0 || round == disconnects)
            {
                await log.WriteLineAsync($"  {round}/{disconnects} disconnects, {Residents.Words(onScreen).Length} words, "
                    + $"message shown {shown}, gone {gone}, last recovery {offline.Elapsed.TotalSeconds:0.0} s");
            }
        }
        var finalText = await page.Locator(Residents.AnswerBox).InputValueAsync();
        await app.StopAsync();
        var stored = (await StoredPlanReader.ReadAsync(app.DatabasePath, code)).Topic(Residents.TopicKey).Answer(Residents.QuestionId);
        var lost = Residents.WordsMissing(finalText, stored);
        if (stored != finalText)
        {
            problems.Add($"the stored text ({stored.Length} characters) differs from the screen ({finalText.Length}); {lost} words missing");
        }
        return new DisconnectReport(recoveries.Count, Residents.Words(typed.ToString()).Length, lost, shown, gone, recoveries, total.Elapsed, problems);
    }

    private static async Task<bool> WaitBannerAsync(IPage page, bool visible, TimeSpan timeout)
    {
        try
        {
            await page.Locator(Banner).WaitForAsync(new()
            {
                State = visible ? WaitForSelectorState.Visible : WaitForSelectorState.Hidden,
                Timeout = (float)timeout.TotalMilliseconds,
            });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private static Task<bool> IsFocusedAsync(IPage page) =>
        page.EvaluateAsync<bool>($"() => document.activeElement === document.querySelector('{Residents.AnswerBox}')");

    /// <summary>Types unique words ("d3w12 ") one character at a time, 15–60 ms apart, until stopped.</summary>
    private static async Task TypeUntilAsync(IPage page, StringBuilder typed, int round, Random random, CancellationToken stop)
    {
        for (var word = 0; ; word++)
        {
            foreach (var c in $"d{round}w{word} ")
            {
                if (stop.IsCancellationRequested)
                {
                    return;
                }
                await page.Keyboard.TypeAsync(c.ToString());
                typed.Append(c);
                await Task.Delay(random.Next(15, 60), CancellationToken.None);
            }
        }
    }
}
