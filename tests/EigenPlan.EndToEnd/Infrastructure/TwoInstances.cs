using EigenPlan.Testing.PostgreSql;

namespace EigenPlan.EndToEnd.Infrastructure;

/// <summary>
/// Two app instances as an operator runs them behind a load balancer: separate processes started from the built
/// <c>EigenPlan.Web.dll</c> in Production, each on its own free loopback port, on PostgreSQL (one throw-away cluster,
/// one fresh database, the same connection string and <c>Audit__Key</c>), with their own content folder (a copy of the
/// bundled content, checked every second), and nginx in front (<see cref="NginxServer.StartFrontAsync"/>).
/// </summary>
public sealed class TwoInstances : IAsyncLifetime
{
    public const string StaffKey = "ans-haar-sleutel-voor-beheer-2026";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "eigenplan-two-" + Guid.NewGuid().ToString("N"));
    private readonly AppProcess?[] _instances = new AppProcess?[2];
    private Dictionary<string, string> _environment = [];

    public static TempPostgresCluster Cluster => TempPostgresCluster.Shared;

    public string Database { get; private set; } = "";

    /// <summary>The content folder both instances read (change a file here to see both reload it).</summary>
    public string ContentFolder => Path.Combine(_folder, "content");

    /// <summary>The instances' working directory: with PostgreSQL nothing should be written there.</summary>
    public string WorkingDirectory => Path.Combine(_folder, "work");

    /// <summary>Instance 0 ("A") and 1 ("B").</summary>
    public AppProcess this[int instance] => _instances[instance] ?? throw new InvalidOperationException($"Instance {instance} is not running.");

    public NginxServer Nginx { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        CopyFolder(RepoPaths.Content, ContentFolder);
        Directory.CreateDirectory(WorkingDirectory);
        Database = Cluster.CreateDatabase("e2e");
        _environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Storage__Provider"] = "PostgreSql",
            ["Storage__ConnectionString"] = Cluster.ConnectionString(Database),
            ["Audit__Key"] = Core.Audit.AuditKey.Generate().ToBase64(),
            // Fast key derivation keeps the suite quick; production keeps the slow default.
            ["Storage__KdfIterations"] = "20000",
            ["Content__Path"] = ContentFolder,
            ["Content__ReloadInterval"] = "00:00:01",
            ["Staff__Keys__ans"] = StaffKey,
        };
        // Both at once, as a deployment starts them: the first applies the migrations, the other waits for its lock.
        var started = await Task.WhenAll(StartAsync(null), StartAsync(null));
        (_instances[0], _instances[1]) = (started[0], started[1]);
        // A form page on A first: it makes the cookie key, which B then reads from the database (B's first look at
        // the key ring is after A's key exists; simultaneous first uses are healed by Data Protection itself).
        using var http = new HttpClient();
        (await http.GetAsync(this[0].Url("/verder"))).Dispose();
        (await http.GetAsync(this[1].Url("/verder"))).Dispose();
        Nginx = await NginxServer.StartFrontAsync([new Uri(this[0].BaseUrl), new Uri(this[1].BaseUrl)]);
    }

    /// <summary>Kills instance <paramref name="instance"/> with SIGKILL (a crash: no shutdown code runs).</summary>
    public Task KillAsync(int instance) => this[instance].KillAsync();

    /// <summary>Starts a killed instance again on its own port, so nginx finds it where it was.</summary>
    public async Task RestartAsync(int instance)
    {
        var old = this[instance];
        await old.DisposeAsync();
        _instances[instance] = await StartAsync(old.Port);
    }

    /// <summary>Which instance (0 or 1) listens on <paramref name="port"/>.</summary>
    public int InstanceOn(int port) => this[0].Port == port ? 0 : this[1].Port == port ? 1 : throw new InvalidOperationException($"No instance on port {port}.");

    /// <summary>Everything the instances wrote to their console (for a failing test's message).</summary>
    public string Output => string.Join('\n', _instances.OfType<AppProcess>().SelectMany((app, i) => app.Output.Select(l => $"[{i}] {l}")));

    private Task<AppProcess> StartAsync(int? port) => AppProcess.StartAsync(AppProcess.BuildOutput, WorkingDirectory, _environment, port);

    public async Task DisposeAsync()
    {
        if (Nginx is not null)
        {
            await Nginx.DisposeAsync();
        }
        foreach (var instance in _instances.OfType<AppProcess>())
        {
            await instance.DisposeAsync();
        }
        if (Database.Length > 0)
        {
            Cluster.DropDatabase(Database);
        }
        Directory.Delete(_folder, recursive: true);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
