using System.Diagnostics;

namespace EigenPlan.Bench;

/// <summary>Times an action: warm-up runs first, then the median (and spread) of the measured runs.</summary>
public static class Measure
{
    public sealed record Result(double MedianMs, double MinMs, double MaxMs, double AllocatedMbPerRun);

    public static async Task<Result> RunAsync(Func<Task> action, int warmups, int repeats)
    {
        for (var i = 0; i < warmups; i++)
        {
            await action();
        }

        var times = new List<double>();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < repeats; i++)
        {
            var watch = Stopwatch.StartNew();
            await action();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (double)repeats / (1024 * 1024);
        times.Sort();
        var median = times.Count % 2 == 1 ? times[times.Count / 2] : (times[(times.Count / 2) - 1] + times[times.Count / 2]) / 2;
        return new Result(median, times[0], times[^1], allocated);
    }

    public static Result Run(Action action, int warmups, int repeats) =>
        RunAsync(() => { action(); return Task.CompletedTask; }, warmups, repeats).GetAwaiter().GetResult();

    public static double PeakWorkingSetMb()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64 / (1024.0 * 1024.0);
    }
}
