using System.Diagnostics;
using System.Text;
using Microsoft.Playwright;

namespace EigenPlan.Bench.NothingLost;

/// <summary>What one run of <see cref="KillHarness"/> found.</summary>
public sealed record KillReport(
    int Kills, int WordsTyped, int WordsLost, int RestoreMessages, int KillsWithUnsavedWords,
    IReadOnlyList<TimeSpan> Cycles, TimeSpan Total, IReadOnlyList<string> Problems)
{
    public TimeSpan Percentile(double p) => Percentiles.NearestRank(Cycles, p, TimeSpan.Zero);
}

/// <summary>
/// A real browser types continuously into a topic answer while the real app (its own process) is killed with SIGKILL
/// at random moments and started again. After each kill the typing goes on for a moment (the connection is gone), then
/// the harness waits until the page has noticed the new server, reloaded, and its new circuit has taken back what the
/// tab kept and saved it (the buffer is empty). Every word that was on screen at the kill must be in the stored plan:
/// checked in the database file itself, with the plan's code, while the app is down at the next kill (and at the end).
/// </summary>
public sealed class KillHarness(AppBuild build, string workFolder, TextWriter log)
{
    public const string RestoredText = "We hebben tekst teruggezet die nog niet was opgeslagen.";

    public async Task<KillReport> RunAsync(int kills, int seed, TimeSpan? budget = null)
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
        var page = await device.NewPageAsync();
        var (planId, code) = await Residents.StartPlanAsync(page, app.BaseUrl, "Kill Test");
        await page.GotoAsync(app.Url($"/plan/{planId}{Residents.TopicPath}"));
        await Residents.WaitReadyAsync(page);

        var typed = new StringBuilder();
        var cycles = new List<TimeSpan>();
        var problems = new List<string>();
        var (wordsLost, restoreMessages, unsavedAtKill) = (0, 0, 0);
        string? lastOnScreen = null;
        var total = Stopwatch.StartNew();
        // A budget ends the run early (after a whole cycle); the report then names the number of kills done.
        for (var kill = 1; kill <= kills && !(total.Elapsed > budget); kill++)
        {
            await page.EvaluateAsync("k => { window.__epCycle = k; }", kill);
            await Residents.FocusEndAsync(page, Residents.AnswerBox);
            using var stop = new CancellationTokenSource();
            var typing = TypeUntilAsync(page, typed, kill, new Random(random.Next()), stop.Token);
            await Task.Delay(random.Next(200, 2500));
            app.Kill();
            var killed = Stopwatch.StartNew();
            // The resident does not notice at once: typing goes on while the server is gone.
            await Task.Delay(random.Next(0, 800));
            await stop.CancelAsync();
            await typing;
            var onScreen = await page.Locator(Residents.AnswerBox).InputValueAsync();
            if (onScreen != typed.ToString())
            {
                problems.Add($"kill {kill}: the box shows {onScreen.Length} characters, {typed.Length} were typed");
            }
            if (await Residents.PendingCountAsync(page) > 0)
            {
                unsavedAtKill++;
            }

            // The server is down: its database file is free to read. What the previous cycle recovered must be there.
            if (lastOnScreen is not null)
            {
                wordsLost += await CheckStoredAsync(app, code, lastOnScreen, kill - 1, problems);
            }

            await app.StartAsync();
            await Residents.UntilAsync(page,
                "([k, text]) => window.__epCycle !== k && window.eigenPlanPending?.isAttached() === true"
                + " && window.eigenPlanPending.pendingCount() === 0 && document.querySelector('" + Residents.AnswerBox + "')?.value === text",
                TimeSpan.FromSeconds(90), new object[] { kill, onScreen });
            cycles.Add(killed.Elapsed);
            var notice = page.GetByText(RestoredText);
            if (await notice.IsVisibleAsync())
            {
                restoreMessages++;
                await page.GetByRole(AriaRole.Button, new() { Name = "Begrepen" }).ClickAsync();
            }
            lastOnScreen = onScreen;
            if (kill % 10 == 0 || kill == kills)
            {
                await log.WriteLineAsync($"  {kill}/{kills} kills, {Residents.Words(onScreen).Length} words, {wordsLost} lost, "
                    + $"{restoreMessages} restore messages, last cycle {killed.Elapsed.TotalSeconds:0.0} s");
            }
        }
        app.Kill();
        if (lastOnScreen is not null)
        {
            wordsLost += await CheckStoredAsync(app, code, lastOnScreen, cycles.Count, problems, exact: true);
        }
        return new KillReport(cycles.Count, Residents.Words(typed.ToString()).Length, wordsLost, restoreMessages, unsavedAtKill,
            cycles, total.Elapsed, problems);
    }

    /// <summary>Types unique words ("k3w12 ") one character at a time, 15–60 ms apart, until stopped.</summary>
    private static async Task TypeUntilAsync(IPage page, StringBuilder typed, int kill, Random random, CancellationToken stop)
    {
        for (var word = 0; ; word++)
        {
            foreach (var c in $"k{kill}w{word} ")
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

    private static async Task<int> CheckStoredAsync(AppProcess app, string code, string expected, int kill, List<string> problems, bool exact = false)
    {
        var stored = (await StoredPlanReader.ReadAsync(app.DatabasePath, code)).Topic(Residents.TopicKey).Answer(Residents.QuestionId);
        // The stored text must begin with everything that was on screen (typing only appends). A word cut off by the
        // kill runs on into the next cycle's first word, so words are compared only when that fails.
        var missing = stored.StartsWith(expected, StringComparison.Ordinal) ? 0 : Residents.WordsMissing(expected, stored);
        if (missing > 0 || (exact && stored != expected) || !stored.StartsWith(expected, StringComparison.Ordinal))
        {
            problems.Add($"after kill {kill}: {missing} of {Residents.Words(expected).Length} words missing in the stored text"
                + (stored.StartsWith(expected, StringComparison.Ordinal) ? "" : " (the stored text does not start with what was on screen)"));
        }
        return missing;
    }
}
