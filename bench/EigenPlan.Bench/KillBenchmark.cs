using EigenPlan.Bench.NothingLost;

namespace EigenPlan.Bench;

/// <summary>
/// <c>kill</c>: the app is killed with SIGKILL at random moments while a real browser types; nothing on screen may be
/// lost. Options: <c>--kills N</c> (default 200), <c>--seed N</c>, <c>--publish</c> (publish and run in Production;
/// default: the Release build output in Development, which serves its static assets from the build).
/// </summary>
public sealed class KillBenchmark : IBenchmark
{
    public string Name => "kill";
    public string Description => "SIGKILL tijdens het typen: geen woord kwijt (--kills N, --publish)";

    public async Task<int> RunAsync(string[] args)
    {
        var kills = BenchOptions.Number(args, "--kills", 200);
        // --max-minutes M: stop after M minutes (after a whole cycle) and report how many were done.
        var minutes = BenchOptions.Number(args, "--max-minutes", 0);
        TimeSpan? budget = minutes > 0 ? TimeSpan.FromMinutes(minutes) : null;
        var seed = BenchOptions.Number(args, "--seed", 12);
        var work = BenchOptions.WorkFolder("kill");
        var build = await BenchOptions.BuildAsync(args, work);
        Console.WriteLine($"kill: {kills} keer SIGKILL, app: {build.Folder} ({build.Environment}), werkmap {work}");
        var report = await new KillHarness(build, work, Console.Out).RunAsync(kills, seed, budget);
        Console.WriteLine();
        Console.WriteLine($"kills                      {report.Kills}");
        Console.WriteLine($"woorden getypt             {report.WordsTyped}");
        Console.WriteLine($"woorden kwijt              {report.WordsLost}");
        Console.WriteLine($"kills met ongesaved tekst  {report.KillsWithUnsavedWords} (de tab hield woorden vast die de server nog niet had)");
        Console.WriteLine($"terugzet-meldingen gezien  {report.RestoreMessages}");
        Console.WriteLine($"tijd per kill-cyclus       mediaan {report.Percentile(0.5).TotalSeconds:0.0} s, p95 {report.Percentile(0.95).TotalSeconds:0.0} s, max {report.Percentile(1).TotalSeconds:0.0} s (kill → herstart → pagina hersteld en opgeslagen)");
        Console.WriteLine($"totaal                     {report.Total.TotalMinutes:0.0} min");
        Console.WriteLine($"load average               {BenchOptions.LoadAverage()}");
        foreach (var problem in report.Problems)
        {
            Console.WriteLine($"PROBLEEM: {problem}");
        }
        return report.WordsLost == 0 && report.Problems.Count == 0 ? 0 : 1;
    }
}
