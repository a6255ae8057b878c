using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace EigenPlan.Testing.PostgreSql;

/// <summary>
/// A throw-away PostgreSQL cluster for tests and the store benchmark: <c>initdb</c> in a fresh temp folder, started with
/// <c>pg_ctl</c> on a free loopback port (trust authentication, no fsync, a socket in the same folder), stopped with
/// <c>pg_ctl -m immediate stop</c> and deleted on <see cref="Dispose"/> — also at process exit for <see cref="Shared"/>,
/// and a cluster left behind by a killed test run is stopped and deleted by the next one. Runs the server binaries
/// directly, or through <c>runuser -u postgres</c> when the tests run as root (PostgreSQL refuses to run as root).
/// Without the binaries it throws: CI installs Debian's <c>postgresql</c> with <c>scripts/install-test-tools.sh</c>.
/// </summary>
/// <remarks>Shared as a linked source file by the storage tests, the CLI tests and the benchmark; BCL only.</remarks>
public sealed class TempPostgresCluster : IDisposable
{
    private const string FolderPrefix = "eigenplan-pg-";
    private static readonly Lazy<TempPostgresCluster> SharedCluster = new(() =>
    {
        var cluster = Start();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Dispose();
        return cluster;
    });
    private readonly string _bin;
    private readonly bool _asRoot;
    private int _disposed;

    private TempPostgresCluster(string bin, bool asRoot, string folder, int port)
    {
        _bin = bin;
        _asRoot = asRoot;
        Folder = folder;
        Port = port;
    }

    /// <summary>One cluster for the whole test process, started on first use and stopped when the process ends.</summary>
    public static TempPostgresCluster Shared => SharedCluster.Value;

    public string Folder { get; }

    public int Port { get; }

    public string DataFolder => Path.Combine(Folder, "data");

    /// <summary>The server's own folder of binaries (for <c>pg_dump</c>, <c>pg_restore</c>).</summary>
    public string BinFolder => _bin;

    public bool IsRunning { get; private set; }

    /// <summary>True when the server keeps PostgreSQL's durability defaults (fsync on).</summary>
    public bool Durable { get; private init; }

    /// <summary>A connection string for <paramref name="database"/> as the superuser <c>postgres</c> (trust, no password).</summary>
    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Database={database};Username=postgres;Timeout=5;Command Timeout=30";

    /// <summary>Starts a new cluster in its own temp folder on a free port.</summary>
    /// <param name="durable">
    /// Keep PostgreSQL's defaults (fsync on), as a production server runs: for benchmarks. Tests leave it off for speed.
    /// </param>
    public static TempPostgresCluster Start(bool durable = false)
    {
        var bin = FindBinaries();
        var asRoot = !OperatingSystem.IsWindows() && Environment.UserName == "root";
        RemoveAbandoned(bin, asRoot);
        var folder = Path.Combine(Path.GetTempPath(), FolderPrefix + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "owner.pid"), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        var cluster = new TempPostgresCluster(bin, asRoot, folder, FreePort()) { Durable = durable };
        try
        {
            if (asRoot && !OperatingSystem.IsWindows())
            {
                // The server runs as postgres: it must own its folder, and every parent must let it through.
                File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                    | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
                Run("chown", ["postgres", folder]);
            }
            cluster.RunServerTool("initdb", ["-D", cluster.DataFolder, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync"]);
            cluster.StartServer();
            cluster.StartWatchdog();
            return cluster;
        }
        catch
        {
            cluster.Dispose();
            throw;
        }
    }

    /// <summary>Starts the stopped server again on the same port and data (after <see cref="StopServer"/>).</summary>
    public void StartServer()
    {
        RunServerTool("pg_ctl", ["-D", DataFolder, "-l", Path.Combine(Folder, "server.log"), "-w", "-t", "60", "-o",
            // fsync=off: fast, and safe as long as the machine does not crash; synchronous_commit stays on, so a server
            // stopped with -m immediate (as the connection-loss tests do) keeps every commit.
            $"-p {Port} -k {Folder} -c listen_addresses=127.0.0.1{(Durable ? "" : " -c fsync=off -c full_page_writes=off")} "
            + "-c max_connections=400 -c shared_buffers=128MB", "start"]);
        IsRunning = true;
    }

    /// <summary>Stops the server at once, as a crash or a pulled cable would (<c>-m immediate</c>).</summary>
    public void StopServer()
    {
        if (IsRunning)
        {
            IsRunning = false;
            RunServerTool("pg_ctl", ["-D", DataFolder, "-m", "immediate", "-w", "stop"]);
        }
    }

    /// <summary>
    /// A small shell process in a session of its own that waits for this process to end — however it ends: a test host
    /// is often killed right after the last test, before exit handlers finish — and then stops the server and deletes the
    /// folder.
    /// </summary>
    private void StartWatchdog()
    {
        var stop = $"{(_asRoot ? "runuser -u postgres -- " : "")}{Quote(Path.Combine(_bin, "pg_ctl"))} -D {Quote(DataFolder)} -m immediate -w stop";
        var script = $"exec </dev/null >/dev/null 2>&1; while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 0.5; done; "
            + $"if [ -f {Quote(Path.Combine(DataFolder, "postmaster.pid"))} ]; then {stop} >/dev/null 2>&1; fi; rm -rf {Quote(Folder)}";
        var start = new ProcessStartInfo(File.Exists("/usr/bin/setsid") ? "/usr/bin/setsid" : "/bin/sh")
        {
            UseShellExecute = false,
            WorkingDirectory = "/",
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (start.FileName.EndsWith("setsid", StringComparison.Ordinal))
        {
            start.ArgumentList.Add("/bin/sh");
        }
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        using var watchdog = Process.Start(start);
    }

    private static string Quote(string path) => "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    /// <summary>Runs <c>psql</c> on <paramref name="database"/> (with <c>ON_ERROR_STOP</c>) and returns its output.</summary>
    public string Psql(string database, string sql) =>
        RunServerTool("psql", ["-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", "postgres", "-d", database, "-v", "ON_ERROR_STOP=1",
            "-X", "-q", "-A", "-t", "-c", sql]);

    /// <summary>Creates an empty database with a fresh, unique name and returns the name.</summary>
    public string CreateDatabase(string prefix = "t")
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(40, prefix.Length + 33)];
        Psql("postgres", $"CREATE DATABASE \"{name}\" TEMPLATE template0");
        return name;
    }

    /// <summary>Drops a database, closing whatever is still connected to it.</summary>
    public void DropDatabase(string name)
    {
        if (IsRunning)
        {
            Psql("postgres", $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    /// <summary>Runs one of the server's own tools (as postgres when root) and returns its output; throws with the output on failure.</summary>
    public string RunServerTool(string tool, IReadOnlyList<string> args) => RunServerTool(_bin, _asRoot, tool, args);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        try
        {
            StopServer();
        }
        catch (InvalidOperationException)
        {
            // Already gone; the folder is deleted below either way.
        }
        DeleteFolder(Folder);
    }

    private static string RunServerTool(string bin, bool asRoot, string tool, IReadOnlyList<string> args)
    {
        var path = Path.Combine(bin, tool);
        return asRoot ? Run("runuser", ["-u", "postgres", "--", path, .. args]) : Run(path, args);
    }

    private static string Run(string file, IReadOnlyList<string> args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        // The server's tools want a working directory they may read (root's home is closed to postgres).
        start.WorkingDirectory = "/";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{Path.GetFileName(file)} did not finish within 2 minutes.");
        }
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} {string.Join(' ', args)} failed ({process.ExitCode}): {error.Result}{output.Result}");
        }
        return output.Result;
    }

    /// <summary>The PostgreSQL server binaries: <c>EIGENPLAN_PG_BIN</c>, else the newest <c>/usr/lib/postgresql/N/bin</c>.</summary>
    private static string FindBinaries()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("EIGENPLAN_PG_BIN") is { Length: > 0 } configured)
        {
            candidates.Add(configured);
        }
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var version) ? version : 0)
                .Select(d => Path.Combine(d, "bin")));
        }
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
            ?? throw new InvalidOperationException(
                "The PostgreSQL tests need the PostgreSQL server binaries (initdb, pg_ctl), and none were found in /usr/lib/postgresql/*/bin "
                + "or EIGENPLAN_PG_BIN. Install them with scripts/install-test-tools.sh (Debian package 'postgresql'). These tests do not skip.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Stops and deletes clusters whose test process is gone (killed before it could clean up).</summary>
    private static void RemoveAbandoned(string bin, bool asRoot)
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            var pidFile = Path.Combine(folder, "owner.pid");
            if (!File.Exists(pidFile) || !int.TryParse(File.ReadAllText(pidFile), out var pid) || IsAlive(pid))
            {
                continue;
            }
            try
            {
                if (File.Exists(Path.Combine(folder, "data", "postmaster.pid")))
                {
                    RunServerTool(bin, asRoot, "pg_ctl", ["-D", Path.Combine(folder, "data"), "-m", "immediate", "-w", "stop"]);
                }
            }
            catch (InvalidOperationException)
            {
                // Not running any more.
            }
            DeleteFolder(folder);
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void DeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder is not a test failure; the next run removes abandoned ones.
        }
    }
}
