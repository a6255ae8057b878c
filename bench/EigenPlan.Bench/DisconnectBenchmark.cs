using EigenPlan.Bench.NothingLost;

namespace EigenPlan.Bench;

/// <summary>
/// <c>disconnect</c>: the browser goes offline (DevTools protocol) at random moments while it types; nothing may be
/// lost and the reconnect message must come and go. Options: <c>--disconnects N</c> (default 1000), <c>--seed N</c>,
/// <c>--publish</c> / <c>--app DIR</c> as for <c>kill</c>.
/// </summary>
public sealed class DisconnectBenchmark : IBenchmark
{
    public string Name => "disconnect";
    public string Description => "Verbinding weg tijdens het typen: geen woord kwijt (--disconnects N)";

    public async Task<int> RunAsync(string[] args)
    {
        var disconnects = BenchOptions.Number(args, "--disconnects", 1000);
        // --max-minutes M: stop after M minutes (after a whole cycle) and report how many were done.
        var minutes = BenchOptions.Number(args, "--max-minutes", 0);
        TimeSpan? budget = minutes > 0 ? TimeSpan.FromMinutes(minutes) : null;
        var seed = BenchOptions.Number(args, "--seed", 7);
        var work = BenchOptions.WorkFolder("disconnect");
        var build = await BenchOptions.BuildAsync(args, work);
        Console.WriteLine($"disconnect: {disconnects} keer offline, app: {build.Folder} ({build.Environment}), werkmap {work}");
        var report = await new DisconnectHarness(build, work, Console.Out).RunAsync(disconnects, seed, budget);
        Console.WriteLine();
        Console.WriteLine($"verbroken                  {report.Disconnects}");
        Console.WriteLine($"woorden getypt             {report.WordsTyped}");
        Console.WriteLine($"woorden kwijt              {report.WordsLost}");
        Console.WriteLine($"melding verscheen / weg    {report.MessagesShown} / {report.MessagesGone}");
        Console.WriteLine($"offline → bevestigd        mediaan {report.Percentile(0.5).TotalSeconds:0.0} s, p95 {report.Percentile(0.95).TotalSeconds:0.0} s, max {report.Percentile(1).TotalSeconds:0.0} s (incl. de tijd offline)");
        Console.WriteLine($"totaal                     {report.Total.TotalMinutes:0.0} min");
        Console.WriteLine($"load average               {BenchOptions.LoadAverage()}");
        foreach (var problem in report.Problems)
        {
            Console.WriteLine($"PROBLEEM: {problem}");
        }
        return report.WordsLost == 0 && report.Problems.Count == 0 ? 0 : 1;
    }
}
