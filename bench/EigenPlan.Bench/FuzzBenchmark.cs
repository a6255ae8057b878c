using System.Globalization;
using System.Text;
using EigenPlan.Bench.Fuzz;
using EigenPlan.Content;
using Microsoft.Win32.SafeHandles;

namespace EigenPlan.Bench;

/// <summary>
/// <c>fuzz [--minutes N] [--seed S] [--target content|hsds|export|all]</c>: mutates the bundled content files, the
/// HSDS package of Almere and a filled plan export, and feeds them to the reader, the importer and the plan import.
/// Any exception, any input over 1 s (twice) and any crash is a failure, saved under <c>bench/fuzz-failures/</c>.
/// <c>--case X</c> or <c>--input folder</c> replays one input. Exit code 1 on any failure.
/// </summary>
public sealed class FuzzBenchmark : IBenchmark
{
    public string Name => "fuzz";

    public string Description => "Fuzzer: content-lezer, HSDS-import en plan-import met gemuteerde bestanden (--minutes, --seed, --target).";

    public Task<int> RunAsync(string[] args)
    {
        var root = RepoRootFolder();
        var failures = Path.Combine(root, "bench", "fuzz-failures");
        var wanted = Option(args, "--target") ?? "all";
        var targets = Targets(root, wanted);
        if (targets.Count == 0)
        {
            Console.WriteLine($"Onbekend doel '{wanted}'. Kies content, hsds, export of all.");
            return Task.FromResult(2);
        }

        if (Option(args, "--case") is { } caseSeed)
        {
            return Task.FromResult(Replay(targets[0], FuzzRunner.Generate(targets[0], ulong.Parse(caseSeed, NumberStyles.HexNumber, CultureInfo.InvariantCulture))));
        }

        if (Option(args, "--input") is { } folder)
        {
            return Task.FromResult(Replay(targets[0], FuzzCase.ReadFrom(folder)));
        }

        var minutes = double.Parse(Option(args, "--minutes") ?? "1", CultureInfo.InvariantCulture);
        var seed = Option(args, "--seed") is { } s ? ulong.Parse(s, CultureInfo.InvariantCulture) : (ulong)DateTime.UtcNow.Ticks;
        var workers = int.Parse(Option(args, "--workers") ?? Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var maxInputs = Option(args, "--inputs") is { } count ? long.Parse(count, CultureInfo.InvariantCulture) : (long?)null;
        Directory.CreateDirectory(failures);
        var crashed = ReportEarlierCrash(failures, targets, seed);
        Console.WriteLine($"fuzz: doelen {string.Join(", ", targets.Select(t => t.Name))}; {minutes.ToString("0.##", CultureInfo.InvariantCulture)} min samen; seed {seed}; {workers} workers op {Environment.ProcessorCount} cores; load {LoadAverage()}");
        Console.WriteLine($"  seeds: {string.Join("; ", targets.Select(t => $"{t.Name} {t.Seeds.Count} ({string.Join(", ", t.Seeds.SelectMany(c => c.Files).Select(f => f.Path).Take(4))}{(t.Seeds.Sum(c => c.Files.Count) > 4 ? ", …" : "")})"))}");

        using var inFlight = new InFlight(Path.Combine(failures, "in-flight.txt"), workers);
        var total = 0L;
        var failed = crashed;
        foreach (var target in targets)
        {
            var report = FuzzRunner.Run(target, new FuzzOptions
            {
                Seed = seed,
                Duration = TimeSpan.FromMinutes(minutes / targets.Count),
                MaxInputs = maxInputs,
                Workers = workers,
                BeforeEach = (worker, caseSeed) => inFlight.Note(worker, target.Name, caseSeed),
            });
            total += report.Inputs;
            failed += report.Failures.Count;
            Print(report, failures, seed);
        }

        inFlight.Clear();
        Console.WriteLine($"fuzz: {total:N0} invoer, {failed} soort(en) fout; load {LoadAverage()}; piek working set {Measure.PeakWorkingSetMb():0} MB");
        return Task.FromResult(failed > 0 ? 1 : 0);
    }

    private static void Print(FuzzReport report, string failures, ulong seed)
    {
        var outcomes = string.Join(", ", report.Outcomes.OrderByDescending(o => o.Value).Select(o => $"{o.Key} {o.Value:N0}"));
        Console.WriteLine($"  {report.Target}: {report.Inputs:N0} invoer in {report.Elapsed.TotalSeconds:0} s ({report.InputsPerSecond:0.0}/s), "
            + $"{report.Bytes / (1024.0 * 1024.0):0} MB gelezen; langste {report.MaxMilliseconds:0} ms; traag maar niet herhaald: {report.SlowNotReproduced}; fouten: {report.Failures.Count}");
        Console.WriteLine($"    uitkomsten: {outcomes}");
        Console.WriteLine($"    voorbeeld per uitkomst (--case): {string.Join(", ", report.Examples.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key} {e.Value:x16}"))}");
        foreach (var failure in report.Failures)
        {
            var saved = FailureStore.Save(failures, failure, seed);
            Console.WriteLine($"    FOUT {failure.Signature} ({failure.Count}×): {Path.GetRelativePath(Environment.CurrentDirectory, saved)}");
        }
    }

    private static int Replay(IFuzzTarget target, FuzzCase input)
    {
        foreach (var mutation in input.Mutations)
        {
            Console.WriteLine("  " + mutation);
        }

        var (outcome, error, timedOut, elapsed) = FuzzRunner.RunOnce(target, input, TimeSpan.FromSeconds(1));
        Console.WriteLine(error is not null ? $"FOUT na {elapsed.TotalMilliseconds:0} ms: {error}"
            : timedOut ? $"TE TRAAG: {elapsed.TotalMilliseconds:0} ms" : $"goed ({outcome}) in {elapsed.TotalMilliseconds:0} ms");
        return error is null && !timedOut ? 0 : 1;
    }

    private static List<IFuzzTarget> Targets(string root, string wanted)
    {
        var content = Path.Combine(root, "content");
        var all = new (string Name, Func<IFuzzTarget> Create)[]
        {
            ("content", () => new ContentFuzzTarget(content)),
            ("hsds", () => new HsdsFuzzTarget(content)),
            ("export", () =>
            {
                var snapshot = ContentLoader.LoadDirectory(content);
                return new ExportFuzzTarget(snapshot.FindFormat("basis")!, snapshot.FindMunicipality("almere")!);
            }),
        };
        return [.. all.Where(t => wanted == "all" || t.Name == wanted).Select(t => t.Create())];
    }

    /// <summary>A crash (stack overflow, out of memory) ends the process before any report; the in-flight file names the inputs it was on.</summary>
    private static int ReportEarlierCrash(string failures, List<IFuzzTarget> targets, ulong seed)
    {
        var path = Path.Combine(failures, "in-flight.txt");
        if (!File.Exists(path))
        {
            return 0;
        }

        var found = 0;
        foreach (var line in File.ReadAllLines(path).Select(l => l.Trim('\0', ' ')).Where(l => l.Length > 0))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2 && targets.FirstOrDefault(t => t.Name == parts[0]) is { } target
                && ulong.TryParse(parts[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var caseSeed))
            {
                var input = FuzzRunner.Generate(target, caseSeed);
                var saved = FailureStore.Save(failures, new FuzzFailure(target.Name, caseSeed, -1, "crash: de vorige run stopte midden in deze invoer", "Het proces stopte (bijvoorbeeld stack overflow of te weinig geheugen) of werd afgebroken.", input, null), seed);
                Console.WriteLine($"  De vorige run stopte onverwacht tijdens deze invoer: {saved}");
                found++;
            }
        }

        File.Delete(path);
        return found;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "onbekend";

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static string RepoRootFolder() =>
        typeof(FuzzBenchmark).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().First(a => a.Key == "RepoRoot").Value!;

    /// <summary>
    /// One fixed-size line per worker, overwritten in place before each input (a positioned write, no flush): the
    /// kernel keeps what was written even when the process dies, so a crash leaves the case seeds it was on.
    /// </summary>
    private sealed class InFlight : IDisposable
    {
        private const int Slot = 32;
        private readonly string _path;
        private readonly SafeFileHandle _handle;

        public InFlight(string path, int workers)
        {
            _path = path;
            _handle = File.OpenHandle(path, FileMode.Create, FileAccess.Write, FileShare.Read);
            RandomAccess.Write(_handle, new byte[Slot * workers], 0);
            Console.CancelKeyPress += (_, _) => Clear();
        }

        public void Note(int worker, string target, ulong caseSeed)
        {
            var line = Encoding.ASCII.GetBytes($"{target,-8} {caseSeed:x16}".PadRight(Slot - 1) + "\n");
            RandomAccess.Write(_handle, line, worker * (long)Slot);
        }

        public void Clear()
        {
            _handle.Dispose();
            File.Delete(_path);
        }

        public void Dispose() => _handle.Dispose();
    }
}
