using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.Playwright;

namespace EigenPlan.Bench.NothingLost;

/// <summary>The server's own figures (<c>GET /_bench/memory</c>, after a full compacting garbage collection).</summary>
public sealed record ServerSample(long ManagedHeapBytes, long GcHeapSizeBytes, long WorkingSetBytes, double CpuMilliseconds, int OpenCircuits, int ConnectedCircuits);

/// <summary>What one step of the load curve (N residents) found.</summary>
public sealed record LoadStep(
    int Residents, ServerSample Baseline, ServerSample Idle, ServerSample Active, TimeSpan ActiveTime, double ServerCpuSeconds,
    IReadOnlyList<double> SaveMilliseconds, IReadOnlyList<double> BookletMilliseconds, int Rounds, int TimedOutSaves,
    IReadOnlyList<string> Problems, double ClientCpuSeconds, string LoadAverage)
{
    /// <summary>Managed heap per open circuit over the baseline (one warm-up circuit), idle.</summary>
    public double IdleBytesPerCircuit => (Idle.ManagedHeapBytes - Baseline.ManagedHeapBytes) / (double)Residents;

    public double ActiveBytesPerCircuit => (Active.ManagedHeapBytes - Baseline.ManagedHeapBytes) / (double)Residents;

    /// <summary>Server CPU per resident while active, as a share of one core.</summary>
    public double CpuSharePerResident => ServerCpuSeconds / ActiveTime.TotalSeconds / Residents;

    public static double Percentile(IReadOnlyList<double> values, double p) => Percentiles.NearestRank(values, p, double.NaN);
}

/// <summary>
/// N residents at once, each a real headless Chromium context (Debian's /usr/bin/chromium) with its own plan, against
/// the real app in its own process. First every resident opens a topic page and sits idle (memory per idle circuit);
/// then all do the journey for a while: open De huisjes and choose a smiley, open a topic and type an answer at human
/// speed (a burst of words, a pause), and download the booklet PDF. Measured: keystroke → server-confirmed (from the
/// last keystroke of a burst until the tab's buffer gets the server's confirmation of exactly that text; this includes
/// the app's deliberate 600 ms pause after typing), booklet latency, managed heap after a full GC per idle and per
/// active circuit, and server CPU per resident. Nothing is simulated: every resident is a real browser context.
/// </summary>
public sealed class LoadHarness(AppBuild build, string workFolder, TextWriter log)
{
    private static readonly string[] Topics = ["gezondheid.lichaam", "woonruimte.wonen", "geldzaken.inkomen", "tijdsbesteding.werk", "mensen-om-mij-heen.vrienden-en-buren"];
    private static readonly string[] Questions = ["nu", "wil", "bereiken"];

    /// <summary>Records the moment of the last keystroke in every page (an init script: outside the app's CSP).</summary>
    private const string InputClock = "document.addEventListener('input', () => { window.__epLastInput = performance.now(); }, true);";

    /// <summary>
    /// Waits in the page until the server confirmed the field's text typed last (the buffer is empty and its last
    /// confirmation came after the last keystroke); returns the milliseconds between the two, or -1 after 30 s.
    /// </summary>
    private const string WaitConfirmed = """
        field => new Promise(resolve => {
          const start = performance.now();
          const check = () => {
            const p = window.eigenPlanPending;
            const at = p?.confirmedAt(field);
            if (p && p.pendingCount() === 0 && at !== null && at >= window.__epLastInput) return resolve(at - window.__epLastInput);
            if (performance.now() - start > 30000) return resolve(-1);
            setTimeout(check, 5);
          };
          check();
        })
        """;

    public async Task<LoadStep> RunAsync(int residents, TimeSpan activeTime, int seed)
    {
        var port = AppProcess.FreePort();
        var data = Path.Combine(workFolder, $"data-{residents}");
        await using var app = new AppProcess(build, data, port, new Dictionary<string, string>
        {
            ["Diagnostics:BenchEndpoint"] = "true",
            // Only plan creation and code checks use this key derivation; the journey itself does not.
            ["Storage:KdfIterations"] = "20000",
        });
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromMinutes(2) };
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Residents.LaunchAsync(playwright);
        var problems = new ConcurrentBag<string>();
        var clientCpuStart = ClientCpuSeconds(app.ProcessId ?? 0);

        // Warm-up: one resident does the whole journey once (JIT, content, PDF fonts); its page stays open, so the
        // baseline holds one circuit and all caches.
        var warm = await NewResidentAsync(browser, app.BaseUrl, 0);
        await JourneyRoundAsync(warm, new Random(seed), [], [], problems, CancellationToken.None);
        await OpenTopicAsync(warm, Topics[0]);
        var baseline = await SampleAsync(http);

        // N residents, each with a plan, sitting on a topic page (starting a plan is not part of what is measured).
        var all = new List<Resident>();
        for (var i = 1; i <= residents; i++)
        {
            all.Add(await NewResidentAsync(browser, app.BaseUrl, i));
            await OpenTopicAsync(all[^1], Topics[i % Topics.Length]);
            if (i % 10 == 0)
            {
                await log.WriteLineAsync($"  {i}/{residents} bewoners klaar");
            }
        }
        await Task.Delay(TimeSpan.FromSeconds(3));
        var idle = await SampleAsync(http);

        // All of them at once, for activeTime.
        var saves = new ConcurrentBag<double>();
        var booklets = new ConcurrentBag<double>();
        var rounds = 0;
        var timedOut = 0;
        using var stop = new CancellationTokenSource(activeTime);
        var cpuBefore = (await SampleAsync(http)).CpuMilliseconds;
        var clock = Stopwatch.StartNew();
        var random = new Random(seed);
        await Task.WhenAll(all.Select(resident =>
        {
            var own = new Random(random.Next());
            return Task.Run(async () =>
            {
                // Not all at the same moment: residents arrive within the first 5 seconds.
                await Task.Delay(own.Next(0, 5000));
                while (!stop.IsCancellationRequested)
                {
                    var (s, b) = (new List<double>(), new List<double>());
                    try
                    {
                        await JourneyRoundAsync(resident, own, s, b, problems, stop.Token);
                        Interlocked.Increment(ref rounds);
                    }
                    catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
                    {
                        problems.Add($"resident {resident.Number}: {ex.GetType().Name}: {FirstLine(ex.Message)}");
                    }
                    foreach (var ms in s)
                    {
                        if (ms < 0)
                        {
                            Interlocked.Increment(ref timedOut);
                        }
                        else
                        {
                            saves.Add(ms);
                        }
                    }
                    foreach (var ms in b)
                    {
                        booklets.Add(ms);
                    }
                }
            });
        }));
        var elapsed = clock.Elapsed;
        var cpuAfter = (await SampleAsync(http)).CpuMilliseconds;
        // Back on a topic page with all they typed: the active circuits' memory. A navigation of the journey that timed
        // out on the client side can still arrive and interrupt this one: then it is tried again.
        await Task.WhenAll(all.Select((r, i) => ReopenTopicAsync(r, Topics[i % Topics.Length], problems)));
        await Task.Delay(TimeSpan.FromSeconds(3));
        var active = await SampleAsync(http);
        var clientCpu = ClientCpuSeconds(app.ProcessId ?? 0) - clientCpuStart;

        foreach (var resident in all.Append(warm))
        {
            await resident.Context.DisposeAsync();
        }
        return new LoadStep(residents, baseline, idle, active, elapsed, (cpuAfter - cpuBefore) / 1000, [.. saves], [.. booklets],
            rounds, timedOut, [.. problems], clientCpu, LoadAverage());
    }

    private sealed record Resident(int Number, IBrowserContext Context, IPage Page, string PlanUrl);

    private static async Task<Resident> NewResidentAsync(IBrowser browser, string baseUrl, int number)
    {
        var context = await Residents.NewDeviceAsync(browser);
        await context.AddInitScriptAsync(InputClock);
        var page = await context.NewPageAsync();
        var (planId, _) = await Residents.StartPlanAsync(page, baseUrl, $"Bewoner {number}");
        return new Resident(number, context, page, $"{baseUrl}/plan/{planId}");
    }

    private static async Task OpenTopicAsync(Resident resident, string topic)
    {
        await resident.Page.GotoAsync($"{resident.PlanUrl}/onderwerp/{topic}");
        await Residents.WaitReadyAsync(resident.Page);
    }

    private static async Task ReopenTopicAsync(Resident resident, string topic, ConcurrentBag<string> problems)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await OpenTopicAsync(resident, topic);
                return;
            }
            catch (Exception ex) when ((ex is PlaywrightException or TimeoutException) && attempt < 3)
            {
                problems.Add($"resident {resident.Number}: reopening the topic: {FirstLine(ex.Message)}");
            }
        }
    }

    /// <summary>De huisjes and a smiley, a topic and two bursts of typing, then the booklet.</summary>
    private static async Task JourneyRoundAsync(Resident resident, Random random, List<double> saves, List<double> booklets,
        ConcurrentBag<string> problems, CancellationToken stop)
    {
        var page = resident.Page;
        await page.GotoAsync($"{resident.PlanUrl}/huisjes");
        await Residents.WaitReadyAsync(page);
        var smileys = page.Locator("input[type=radio]");
        var count = await smileys.CountAsync();
        if (count > 0)
        {
            // Through the element, as a tap on its label does: the native radios are drawn as pictures.
            await smileys.Nth(random.Next(count)).EvaluateAsync("e => e.click()");
        }
        await Think(random, 500, 2000, stop);

        var topic = Topics[random.Next(Topics.Length)];
        var question = Questions[random.Next(Questions.Length)];
        await OpenTopicAsync(resident, topic);
        var box = page.Locator($"#vraag-{question}");
        await box.FocusAsync();
        await page.Keyboard.PressAsync("Control+End");
        for (var burst = 0; burst < 2 && !stop.IsCancellationRequested; burst++)
        {
            // About 5 words at human speed (80–220 ms a key), then wait for the server to confirm that exact text.
            foreach (var c in $"r{resident.Number}t{Environment.TickCount64 % 100000}b{burst} een twee drie vier ")
            {
                await page.Keyboard.TypeAsync(c.ToString());
                await Task.Delay(random.Next(80, 220), CancellationToken.None);
            }
            var ms = await page.EvaluateAsync<double>(WaitConfirmed, $"a:{topic}:{question}");
            saves.Add(ms);
            if (ms < 0)
            {
                problems.Add($"resident {resident.Number}: not confirmed within 30 s");
            }
            await Think(random, 1000, 3000, stop);
        }

        var watch = Stopwatch.StartNew();
        var response = await resident.Context.APIRequest.GetAsync($"{resident.PlanUrl}/boekje.pdf", new() { Timeout = 120_000 });
        var body = await response.BodyAsync();
        watch.Stop();
        if (response.Status != 200 || body.Length < 1000 || body[0] != (byte)'%')
        {
            problems.Add($"resident {resident.Number}: booklet {response.Status}, {body.Length} bytes");
        }
        else
        {
            booklets.Add(watch.Elapsed.TotalMilliseconds);
        }
        await Think(random, 1000, 3000, stop);
    }

    private static async Task Think(Random random, int min, int max, CancellationToken stop)
    {
        try
        {
            await Task.Delay(random.Next(min, max), stop);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static async Task<ServerSample> SampleAsync(HttpClient http) =>
        (await http.GetFromJsonAsync<ServerSample>("/_bench/memory"))!;

    /// <summary>
    /// CPU seconds used so far by the processes this benchmark started (the Playwright driver and its Chromium, not the
    /// app, not other users of the machine), including their children that already ended.
    /// </summary>
    private static double ClientCpuSeconds(int appPid)
    {
        const double ticks = 100.0; // USER_HZ on Linux
        var parents = new Dictionary<int, int>();
        var cpu = new Dictionary<int, double>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                parents[pid] = int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
                cpu[pid] = fields.Skip(11).Take(4).Sum(f => double.Parse(f, System.Globalization.CultureInfo.InvariantCulture)) / ticks;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The process ended meanwhile.
            }
        }
        var self = Environment.ProcessId;
        bool Ours(int pid)
        {
            for (var steps = 0; steps < 64 && parents.TryGetValue(pid, out var parent); steps++, pid = parent)
            {
                if (parent == self)
                {
                    return true;
                }
            }
            return false;
        }
        return cpu.Where(p => p.Key != appPid && Ours(p.Key)).Sum(p => p.Value);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static string FirstLine(string text) => text.Split('\n')[0];
}
