using System.Collections.Concurrent;
using System.Diagnostics;
using CsCheck;

namespace EigenPlan.Bench.Fuzz;

/// <summary>How long and how a run goes.</summary>
public sealed record FuzzOptions
{
    /// <summary>The run's seed: input number n of a run always gets the same case seed, so the same input.</summary>
    public ulong Seed { get; init; }

    /// <summary>Stop after this long (the bench's <c>--minutes</c>)…</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>…or after this many inputs (the tests' fixed run), whichever comes first.</summary>
    public long? MaxInputs { get; init; }

    /// <summary>An input that takes longer is a hang (the issue's 1 s).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(1);

    public int Workers { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Where each worker writes its input files (a folder of its own per worker).</summary>
    public string WorkRoot { get; init; } = Path.Combine(Path.GetTempPath(), "eigenplan-fuzz-" + Guid.NewGuid().ToString("N"));

    /// <summary>Called before each input with the worker number and case seed (the bench notes it, to name a crash).</summary>
    public Action<int, ulong>? BeforeEach { get; init; }

    /// <summary>Try to make a failing input smaller (for the regression test); off in the tests' short runs.</summary>
    public bool Minimize { get; init; } = true;
}

/// <summary>One way the property failed, with the first input that showed it (and a smaller one when found).</summary>
public sealed record FuzzFailure(string Target, ulong CaseSeed, long InputNumber, string Signature, string Details, FuzzCase Input, FuzzCase? Minimal)
{
    /// <summary>How many inputs failed this same way.</summary>
    public long Count { get; set; } = 1;
}

/// <summary>The figures of a run of one target.</summary>
public sealed record FuzzReport(string Target, long Inputs, TimeSpan Elapsed, IReadOnlyList<FuzzFailure> Failures,
    IReadOnlyDictionary<string, long> Outcomes, long SlowNotReproduced, long Bytes, double MaxMilliseconds)
{
    /// <summary>Per outcome, the case seed of the first input that had it (to look at one with <c>--case</c>).</summary>
    public IReadOnlyDictionary<string, ulong> Examples { get; init; } = new Dictionary<string, ulong>();

    public double InputsPerSecond => Inputs / Math.Max(Elapsed.TotalSeconds, 1e-9);
}

/// <summary>
/// Runs a target on generated inputs, each on a task of its own with a time limit: an exception is a failure, and so
/// is an input that takes longer than the limit twice (once in the run, once again alone — the machine is shared,
/// so one slow run can be the machine). Failures are grouped by where they happen; the first input of each is kept.
/// </summary>
public static class FuzzRunner
{
    /// <summary>The case seed of input number <paramref name="n"/> of a run (SplitMix64, so neighbours differ).</summary>
    public static ulong CaseSeed(ulong runSeed, long n)
    {
        var z = runSeed + ((ulong)(n + 1) * 0x9E3779B97F4A7C15UL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>The input a case seed stands for.</summary>
    public static FuzzCase Generate(IFuzzTarget target, ulong caseSeed) =>
        target.Cases.Generate(new PCG(1, caseSeed), null!, out _);

    public static FuzzReport Run(IFuzzTarget target, FuzzOptions options)
    {
        var failures = new ConcurrentDictionary<string, FuzzFailure>(StringComparer.Ordinal);
        var outcomes = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var examples = new ConcurrentDictionary<string, ulong>(StringComparer.Ordinal);
        long next = -1, slow = 0, bytes = 0, maxTicks = 0;
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, options.Workers).Select(worker => new Thread(() =>
        {
            var folder = Path.Combine(options.WorkRoot, $"{target.Name}-{worker}");
            var generation = 0;
            while (true)
            {
                var n = Interlocked.Increment(ref next);
                if (n >= (options.MaxInputs ?? long.MaxValue) || watch.Elapsed >= (options.Duration ?? TimeSpan.MaxValue))
                {
                    return;
                }

                var caseSeed = CaseSeed(options.Seed, n);
                options.BeforeEach?.Invoke(worker, caseSeed);
                var input = Generate(target, caseSeed);
                Interlocked.Add(ref bytes, input.TotalBytes);
                var run = Execute(target, input, $"{folder}-{generation}", options.Timeout);
                UpdateMax(ref maxTicks, run.Elapsed.Ticks);
                if (run.TimedOut)
                {
                    // The abandoned call may still be reading its folder: go on in a fresh one.
                    generation++;
                    var again = Execute(target, input, $"{folder}-{generation}", options.Timeout, wait: TimeSpan.FromSeconds(10));
                    if (!again.TimedOut && again.Error is null)
                    {
                        Interlocked.Increment(ref slow);
                        continue;
                    }

                    generation++;
                    run = again.Error is null ? run with { Elapsed = again.Elapsed } : again;
                }

                if (run.Error is null && !run.TimedOut)
                {
                    outcomes.AddOrUpdate(run.Outcome!, 1, (_, c) => c + 1);
                    examples.TryAdd(run.Outcome!, caseSeed);
                    continue;
                }

                // An exception wins over slowness: a slow input that then throws is that exception (found as "hang" before).
                var signature = run.Error is { } error ? Signature(error) : $"hang > {options.Timeout.TotalSeconds:0.#} s ({Describe(input)})";
                var first = failures.GetOrAdd(signature, _ => new FuzzFailure(target.Name, caseSeed, n, signature,
                    run.Error?.ToString() ?? $"Duurde langer dan {options.Timeout.TotalSeconds:0.#} s, twee keer (de tweede keer {run.Elapsed.TotalSeconds:0.0} s of meer).",
                    input, null) { Count = 0 });
                lock (first)
                {
                    first.Count++;
                }
            }
        })
        { IsBackground = true, Name = $"fuzz-{target.Name}-{worker}" }).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        watch.Stop();
        var inputs = Math.Min(next, options.MaxInputs ?? long.MaxValue);
        var list = failures.Values.OrderBy(f => f.InputNumber).ToList();
        if (options.Minimize)
        {
            list = [.. list.Select(f => f.Signature.StartsWith("hang", StringComparison.Ordinal) ? f
                : f with { Minimal = Minimizer.Minimize(f.Input, c => Execute(target, c, Path.Combine(options.WorkRoot, "minimize"), options.Timeout) is { Error: { } e } && Signature(e) == f.Signature), Count = f.Count })];
        }

        TryDelete(options.WorkRoot);
        return new FuzzReport(target.Name, inputs, watch.Elapsed, list, outcomes, slow, bytes, TimeSpan.FromTicks(maxTicks).TotalMilliseconds) { Examples = examples };
    }

    /// <summary>Runs one input once (for a replay): the outcome, or what it threw.</summary>
    public static (string? Outcome, Exception? Error, bool TimedOut, TimeSpan Elapsed) RunOnce(IFuzzTarget target, FuzzCase input, TimeSpan timeout)
    {
        var folder = Path.Combine(Path.GetTempPath(), "eigenplan-fuzz-replay-" + Guid.NewGuid().ToString("N"));
        var run = Execute(target, input, folder, timeout, wait: TimeSpan.FromSeconds(30));
        TryDelete(folder);
        return (run.Outcome, run.Error, run.TimedOut, run.Elapsed);
    }

    private sealed record Attempt(string? Outcome, Exception? Error, bool TimedOut, TimeSpan Elapsed);

    private static Attempt Execute(IFuzzTarget target, FuzzCase input, string folder, TimeSpan timeout, TimeSpan? wait = null)
    {
        var watch = Stopwatch.StartNew();
        var task = Task.Run(() => target.Run(input, folder));
        try
        {
            task.Wait(wait ?? timeout);
        }
        catch (AggregateException)
        {
            // Read below from the task itself.
        }

        return !task.IsCompleted
            ? new Attempt(null, null, true, watch.Elapsed)
            : new Attempt(task.IsCompletedSuccessfully ? task.Result : null, task.Exception?.InnerException, watch.Elapsed > timeout, watch.Elapsed);
    }

    private static void UpdateMax(ref long max, long value)
    {
        var seen = Interlocked.Read(ref max);
        while (value > seen && Interlocked.CompareExchange(ref max, value, seen) != seen)
        {
            seen = Interlocked.Read(ref max);
        }
    }

    /// <summary>Where it broke: the exception type and the first frames in our own code (or the first frames at all).</summary>
    internal static string Signature(Exception error)
    {
        if (error is FuzzPropertyException)
        {
            return "property: " + error.Message.Split(':')[0];
        }

        var frames = new StackTrace(error).GetFrames()
            .Select(f => f.GetMethod())
            .Where(m => m?.DeclaringType is not null)
            .Select(m => $"{m!.DeclaringType!.Name}.{m.Name}")
            .ToList();
        var ours = new StackTrace(error).GetFrames().Select(f => f.GetMethod())
            .FirstOrDefault(m => m?.DeclaringType?.Namespace?.StartsWith("EigenPlan", StringComparison.Ordinal) == true && m.DeclaringType.Namespace != typeof(FuzzRunner).Namespace);
        var where = ours is null ? string.Join(" < ", frames.Take(2)) : $"{(frames.Count > 0 ? frames[0] + " < " : "")}{ours.DeclaringType!.Name}.{ours.Name}";
        return $"{error.GetType().Name} in {where}";
    }

    private static string Describe(FuzzCase input) => string.Join(", ", input.Files.Take(1).Select(f => f.Path));

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A call that hung may still hold a file; a leftover temp folder is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
