using System.Diagnostics;
using System.Globalization;
using EigenPlan.Content;

namespace EigenPlan.Bench;

/// <summary>
/// National scale: 342 municipality files of 300 entries each. Measures loading and validating all of them (as at
/// start-up), the memory the loaded content holds, how soon one municipality is available while the rest loads, and
/// listing the Sociale Kaart entries of one topic.
/// </summary>
public sealed class ContentBenchmark : IBenchmark
{
    public string Name => "content";

    public string Description => "Content op landelijke schaal: laden en controleren, geheugen, opzoeken per onderwerp.";

    public Task<int> RunAsync(string[] args)
    {
        var municipalities = Option(args, "--municipalities", 342);
        var entries = Option(args, "--entries", 300);
        var runs = Option(args, "--runs", 5);
        var root = Path.Combine(Path.GetTempPath(), $"eigenplan-national-{municipalities}x{entries}");
        if (!Directory.Exists(Path.Combine(root, "municipalities")))
        {
            var watch = Stopwatch.StartNew();
            ContentGenerator.Write(root, Path.Combine(RepoRoot(), "content", "formats", "basis.yaml"), municipalities, entries);
            Console.WriteLine($"Gegenereerd in {watch.Elapsed.TotalSeconds:0.0} s: {root}");
        }

        var bytes = Directory.GetFiles(Path.Combine(root, "municipalities")).Sum(f => new FileInfo(f).Length);
        Console.WriteLine($"{municipalities} gemeenten × {entries} items, {bytes / (1024.0 * 1024.0):0.0} MB YAML, {Environment.ProcessorCount} cores");

        var options = new ContentLoadOptions();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);

        // The first load in this process is a cold start-up: JIT included.
        var cold = Stopwatch.StartNew();
        var snapshot = ContentLoader.LoadDirectory(root, options);
        cold.Stop();
        if (snapshot.HasErrors || snapshot.Municipalities.Count != municipalities)
        {
            Console.WriteLine("Fouten in de gegenereerde content:\n" + string.Join("\n", snapshot.Problems.Take(10)));
            return Task.FromResult(1);
        }

        var held = (GC.GetTotalMemory(forceFullCollection: true) - baseline) / (1024.0 * 1024.0);
        Console.WriteLine($"Alles laden en controleren, eerste keer (koud, met JIT): {cold.Elapsed.TotalMilliseconds:0} ms");
        Console.WriteLine($"Geheugen vastgehouden door de geladen content: {held:0} MB (managed heap na volledige GC)");
        GC.KeepAlive(snapshot);
        snapshot = null;

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var warm = Measure.Run(() => ContentLoader.LoadDirectory(root, options), warmups: 0, repeats: runs);
        var cpuPerRun = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / runs;
        Console.WriteLine($"Alles laden en controleren, warm: mediaan {warm.MedianMs:0} ms (min {warm.MinMs:0}, max {warm.MaxMs:0}, {runs} keer), {warm.AllocatedMbPerRun:0} MB gealloceerd per keer");
        Console.WriteLine($"CPU-tijd per keer (alle threads samen): {cpuPerRun:0} ms; belasting van de machine (load average): {LoadAverage()}");

        ContentStages.Run(root, Math.Min(municipalities, 20));
        FirstMunicipality(root, municipalities);
        TopicLookup(root, municipalities);
        Console.WriteLine($"Piek working set van het proces: {Measure.PeakWorkingSetMb():0} MB");
        return Task.FromResult(0);
    }

    /// <summary>
    /// A fresh catalog, as at start-up: how long until one municipality (in the middle) is served from its own file
    /// while the background load runs, and until all are loaded; then one municipality read alone (formats included).
    /// </summary>
    private static void FirstMunicipality(string root, int municipalities)
    {
        var id = ContentGenerator.MunicipalityId((municipalities / 2) + 1);
        var watch = Stopwatch.StartNew();
        var catalog = new ContentCatalog(root);
        _ = catalog.StartLoading();
        var found = catalog.FindMunicipality(id);
        var first = watch.Elapsed.TotalMilliseconds;
        var all = catalog.MunicipalitiesAsync().GetAwaiter().GetResult().Count;
        Console.WriteLine($"Nieuwe catalogus: eerste gemeente ({found?.Id}) beschikbaar na {first:0.0} ms; alle {all} na {watch.Elapsed.TotalMilliseconds:0} ms");

        var alone = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            watch.Restart();
            _ = new ContentCatalog(root).FindMunicipality(ContentGenerator.MunicipalityId(i + 1));
            alone.Add(watch.Elapsed.TotalMilliseconds);
        }

        alone.Sort();
        Console.WriteLine($"Eén gemeente uit haar eigen bestand, zonder achtergrondlading (nieuwe catalogus, met formaat): mediaan {alone[2]:0.0} ms (min {alone[0]:0.0}, max {alone[4]:0.0})");
    }

    private static void TopicLookup(string root, int municipalities)
    {
        var catalog = new ContentCatalog(root);
        catalog.LoadAll();
        var random = new Random(7);
        var times = new List<double>();
        var listed = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var id = ContentGenerator.MunicipalityId(random.Next(1, municipalities + 1));
            var topic = ContentGenerator.BasisTopics[random.Next(ContentGenerator.BasisTopics.Count)];
            var start = Stopwatch.GetTimestamp();
            var list = catalog.FindMunicipality(id)!.EntriesFor(topic).ToList();
            times.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
            listed += list.Count;
        }

        times.Sort();
        Console.WriteLine($"Items van één onderwerp van één gemeente opzoeken: mediaan {times[times.Count / 2]:0.0} µs, p99 {times[(int)(times.Count * 0.99)]:0.0} µs (20.000 keer, gemiddeld {listed / 20_000.0:0} items)");
    }

    /// <summary>Other work on the machine slows every figure down; the load average shows how busy it was.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "onbekend";

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EigenPlan.sln")))
            {
                return dir.FullName;
            }
        }

        return typeof(ContentBenchmark).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().First(a => a.Key == "RepoRoot").Value!;
    }
}
