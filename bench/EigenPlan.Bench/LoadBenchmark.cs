using System.Globalization;
using EigenPlan.Bench.NothingLost;

namespace EigenPlan.Bench;

/// <summary>
/// <c>load</c>: N residents at once, each a real headless Chromium context, do the journey (see
/// <see cref="LoadHarness"/>). Options: <c>--residents 10,50,100</c> (one step per number, each with a fresh app
/// process and browser), <c>--seconds S</c> (active time per step, default 60), <c>--seed N</c>, <c>--publish</c> /
/// <c>--app DIR</c> as for <c>kill</c>.
/// </summary>
public sealed class LoadBenchmark : IBenchmark
{
    public string Name => "load";
    public string Description => "N bewoners tegelijk in echte Chromium-contexten (--residents 10,50,100 --seconds 60)";

    public async Task<int> RunAsync(string[] args)
    {
        var steps = (BenchOptions.Text(args, "--residents") ?? "10,50").Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToList();
        var seconds = BenchOptions.Number(args, "--seconds", 60);
        var seed = BenchOptions.Number(args, "--seed", 3);
        var work = BenchOptions.WorkFolder("load");
        var build = await BenchOptions.BuildAsync(args, work);
        Console.WriteLine($"load: {string.Join(", ", steps)} bewoners, {seconds} s actief per stap, app: {build.Folder} ({build.Environment}), werkmap {work}");
        Residents.ConsoleLog ??= Path.Combine(work, "browser-console.log");
        var results = new List<LoadStep>();
        var failed = false;
        foreach (var n in steps)
        {
            Console.WriteLine($"N={n} …");
            try
            {
                var step = await new LoadHarness(build, work, Console.Out).RunAsync(n, TimeSpan.FromSeconds(seconds), seed);
                results.Add(step);
                Print(step);
                failed |= step.Problems.Count > 0;
            }
            catch (Exception ex)
            {
                // The first thing that breaks is a figure too.
                Console.WriteLine($"N={n}: BROKE: {ex.GetType().Name}: {ex.Message.Split('\n')[0]}");
                failed = true;
                break;
            }
        }
        Console.WriteLine();
        Console.WriteLine("| N | save p50 / p95 / p99 (ms) | saves (timed out) | booklet p50 / p95 (ms) | heap per idle / active circuit | server CPU per resident | client CPU (Chromium) | circuits idle/active | load avg |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var s in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {s.Residents} | {P(s.SaveMilliseconds, 0.5)} / {P(s.SaveMilliseconds, 0.95)} / {P(s.SaveMilliseconds, 0.99)} | {s.SaveMilliseconds.Count} ({s.TimedOutSaves}) "
                + $"| {P(s.BookletMilliseconds, 0.5)} / {P(s.BookletMilliseconds, 0.95)} ({s.BookletMilliseconds.Count}) | {s.IdleBytesPerCircuit / 1024:0} / {s.ActiveBytesPerCircuit / 1024:0} KB "
                + $"| {s.CpuSharePerResident * 100:0.0} % of a core | {s.ClientCpuSeconds / s.ActiveTime.TotalSeconds:0.00} cores | {s.Idle.OpenCircuits}/{s.Active.OpenCircuits} | {s.LoadAverage} |"));
        }
        return failed ? 1 : 0;
    }

    private static string P(IReadOnlyList<double> values, double p) =>
        values.Count == 0 ? "–" : LoadStep.Percentile(values, p).ToString("0", CultureInfo.InvariantCulture);

    private static void Print(LoadStep s)
    {
        var mb = 1024.0 * 1024;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
              residents                 {s.Residents} (+1 warm-up), active {s.ActiveTime.TotalSeconds:0} s, {s.Rounds} journey rounds
              save, keystroke→confirmed median {P(s.SaveMilliseconds, 0.5)} ms, p95 {P(s.SaveMilliseconds, 0.95)} ms, p99 {P(s.SaveMilliseconds, 0.99)} ms ({s.SaveMilliseconds.Count} saves, {s.TimedOutSaves} over 30 s)
              booklet                   median {P(s.BookletMilliseconds, 0.5)} ms, p95 {P(s.BookletMilliseconds, 0.95)} ms ({s.BookletMilliseconds.Count})
              managed heap              baseline {s.Baseline.ManagedHeapBytes / mb:0.0} MB, idle {s.Idle.ManagedHeapBytes / mb:0.0} MB, active {s.Active.ManagedHeapBytes / mb:0.0} MB
              per circuit               idle {s.IdleBytesPerCircuit / 1024:0} KB, active {s.ActiveBytesPerCircuit / 1024:0} KB (circuits open: idle {s.Idle.OpenCircuits}, active {s.Active.OpenCircuits})
              server working set        idle {s.Idle.WorkingSetBytes / mb:0} MB, active {s.Active.WorkingSetBytes / mb:0} MB
              server CPU                {s.ServerCpuSeconds:0.0} s in {s.ActiveTime.TotalSeconds:0} s = {s.CpuSharePerResident * 100:0.00} % of a core per resident
              client CPU (Chromium)     {s.ClientCpuSeconds:0.0} s ({s.ClientCpuSeconds / s.ActiveTime.TotalSeconds:0.00} cores over the active time, set-up included)
              load average              {s.LoadAverage}
            """));
        foreach (var problem in s.Problems.Distinct().Take(20))
        {
            Console.WriteLine($"  PROBLEEM: {problem}");
        }
    }
}
