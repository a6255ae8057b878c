using System.Diagnostics;
using System.Globalization;
using EigenPlan.Booklet.Tests;
using EigenPlan.Core.Audit;
using EigenPlan.Core.Plans;
using EigenPlan.Core.Security;
using EigenPlan.Storage;
using EigenPlan.Storage.PostgreSql;
using EigenPlan.Testing.PostgreSql;

namespace EigenPlan.Bench;

/// <summary>
/// The plan store under load, LiteDB and PostgreSQL on this machine: each of 1, 10 and 100 concurrent writers works on
/// its own plan (a fully filled-in plan with drawings) and saves it over and over (with the expected version, as the
/// web app does), then opens it over and over (device credential + load, as each new circuit does). Reports median and
/// p95 latency and operations per second, then how many new plans per second can be made with the real key derivation.
/// PostgreSQL runs in a throw-away cluster started here with its durability defaults (fsync on); LiteDB in a temp file.
/// </summary>
public sealed class StoreBenchmark : IBenchmark
{
    public string Name => "store";

    public string Description => "Opslag: opslaan en openen (mediaan, p95, per seconde) bij 1, 10 en 100 schrijvers, LiteDB en PostgreSQL.";

    public async Task<int> RunAsync(string[] args)
    {
        var writers = Option(args, "--writers", "1,10,100").Split(',').Select(w => int.Parse(w, CultureInfo.InvariantCulture)).ToArray();
        var seconds = double.Parse(Option(args, "--seconds", "5"), CultureInfo.InvariantCulture);
        var providers = Option(args, "--provider", "litedb,postgresql").Split(',');
        // As a busy server would have by then: enough threads for every writer, so the pool's slow growth is not measured.
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, writers.Max() + 16), io);
        var plan = SamplePlans.Filled(RealisticContent.Format, RealisticContent.Almere, paragraphs: 1, markers: false);
        var stored = PlanContentCodec.Encode(plan, DateTimeOffset.UtcNow).Length;
        Console.WriteLine($"{Environment.ProcessorCount} cores, load average {LoadAverage()}; plan: {stored / 1024.0:0.0} KB opgeslagen (Brotli), {seconds:0} s per meting");
        Console.WriteLine();
        Console.WriteLine($"{"opslag",-11} {"schrijvers",10} | {"opslaan mediaan",15} {"p95",8} {"per s",8} | {"openen mediaan",14} {"p95",8} {"per s",8}");
        foreach (var provider in providers)
        {
            await using var stores = provider == "postgresql" ? await Stores.PostgreSqlAsync() : Stores.LiteDb();
            foreach (var count in writers)
            {
                var created = await Task.WhenAll(Enumerable.Range(0, count).Select(_ => stores.Plans.CreateAsync(plan, new NewDevice("Bench", false))));
                var save = await SaveAsync(stores.Plans, created, TimeSpan.FromSeconds(seconds));
                var open = await OpenAsync(stores.Plans, created, TimeSpan.FromSeconds(seconds));
                Console.WriteLine($"{stores.Name,-11} {count,10} | {save.Median,12:0.0} ms {save.P95,5:0.0} ms {save.PerSecond,8:0} | "
                    + $"{open.Median,11:0.0} ms {open.P95,5:0.0} ms {open.PerSecond,8:0}");
            }
        }
        Console.WriteLine();
        foreach (var provider in providers)
        {
            await using var stores = provider == "postgresql" ? await Stores.PostgreSqlAsync(PlanCrypto.DefaultIterations) : Stores.LiteDb(PlanCrypto.DefaultIterations);
            var rate = await CreateRateAsync(stores.Plans, plan, concurrency: 10, TimeSpan.FromSeconds(seconds));
            Console.WriteLine($"Nieuwe plannen per seconde ({stores.Name}, 10 tegelijk, PBKDF2 {PlanCrypto.DefaultIterations} iteraties): {rate:0.0}");
        }
        Console.WriteLine($"Load average na afloop: {LoadAverage()}");
        return 0;
    }

    private sealed record Figures(double Median, double P95, double PerSecond);

    /// <summary>Each writer saves its own plan again and again until the time is up; a save changes one answer.</summary>
    private static Task<Figures> SaveAsync(IPlanStore store, PlanCreated[] plans, TimeSpan duration) =>
        RunAsync(plans, duration, async (created, i) =>
        {
            var loaded = await store.LoadAsync(created.Session);
            var (content, version) = (loaded.Content, loaded.Version);
            return async () =>
            {
                content.Topic("geldzaken.inkomen").Answers["nu"] = $"Versie {version} van schrijver {i}.";
                var saved = await store.SaveAsync(created.Session, content, version);
                version = saved is SaveResult.Saved s ? s.Version : throw new InvalidOperationException("A writer on its own plan got a conflict.");
            };
        });

    /// <summary>Each writer opens its own plan with its device credential and loads it, as a new circuit does.</summary>
    private static Task<Figures> OpenAsync(IPlanStore store, PlanCreated[] plans, TimeSpan duration) =>
        RunAsync(plans, duration, (created, _) => Task.FromResult<Func<Task>>(async () =>
        {
            var session = await store.OpenWithDeviceAsync(created.Device) ?? throw new InvalidOperationException("The device did not open.");
            await store.LoadAsync(session);
        }));

    private static async Task<Figures> RunAsync(PlanCreated[] plans, TimeSpan duration, Func<PlanCreated, int, Task<Func<Task>>> prepare)
    {
        var operations = await Task.WhenAll(plans.Select(prepare));
        // Warm: every writer once, so JIT and connection pools are not measured.
        foreach (var operation in operations)
        {
            await operation();
        }
        var times = new List<double>[plans.Length];
        var total = Stopwatch.StartNew();
        await Task.WhenAll(operations.Select((operation, i) => Task.Run(async () =>
        {
            var mine = times[i] = [];
            while (total.Elapsed < duration)
            {
                // Each operation is queued like a new request (the global queue, first in first out), and the time it
                // waits for a thread counts: a synchronous store otherwise lets one writer run on while the others wait.
                var watch = Stopwatch.StartNew();
                await Task.Factory.StartNew(operation, CancellationToken.None, TaskCreationOptions.PreferFairness, TaskScheduler.Default).Unwrap();
                mine.Add(watch.Elapsed.TotalMilliseconds);
            }
        })));
        var all = times.SelectMany(t => t).Order().ToList();
        return new Figures(all[all.Count / 2], all[(int)Math.Ceiling(all.Count * 0.95) - 1], all.Count / total.Elapsed.TotalSeconds);
    }

    private static async Task<double> CreateRateAsync(IPlanStore store, PlanContent plan, int concurrency, TimeSpan duration)
    {
        await store.CreateAsync(plan, new NewDevice("Bench", false));
        var made = 0;
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (total.Elapsed < duration)
            {
                await store.CreateAsync(plan, new NewDevice("Bench", false));
                Interlocked.Increment(ref made);
            }
        })));
        return made / total.Elapsed.TotalSeconds;
    }

    /// <summary>One provider's store over a fresh database, and what to clean up after.</summary>
    private sealed class Stores(string name, IPlanStore plans, Func<ValueTask> cleanup) : IAsyncDisposable
    {
        public string Name { get; } = name;

        public IPlanStore Plans { get; } = plans;

        public static Stores LiteDb(int iterations = 1_000)
        {
            var folder = Path.Combine(Path.GetTempPath(), "eigenplan-bench-" + Guid.NewGuid().ToString("N"));
            var database = new LiteDbDatabase(new StorageOptions { DatabasePath = Path.Combine(folder, "eigenplan.db"), KdfIterations = iterations });
            return new Stores("LiteDB", new LiteDbPlanStore(database), () =>
            {
                database.Dispose();
                Directory.Delete(folder, recursive: true);
                return ValueTask.CompletedTask;
            });
        }

        public static async Task<Stores> PostgreSqlAsync(int iterations = 1_000)
        {
            var cluster = TempPostgresCluster.Start(durable: true);
            var name = cluster.CreateDatabase("bench");
            var database = new PostgreSqlDatabase(new PostgreSqlStorageOptions
            {
                ConnectionString = cluster.ConnectionString(name) + ";Maximum Pool Size=120",
                AuditKey = AuditKey.Generate().ToBase64(),
                KdfIterations = iterations,
            });
            await database.PrepareAsync();
            return new Stores("PostgreSQL", new PostgreSqlPlanStore(database), async () =>
            {
                await database.DisposeAsync();
                cluster.Dispose();
            });
        }

        public ValueTask DisposeAsync() => cleanup();
    }

    private static string Option(string[] args, string name, string fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "onbekend";
}
