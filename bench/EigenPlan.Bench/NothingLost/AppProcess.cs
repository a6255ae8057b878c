using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace EigenPlan.Bench.NothingLost;

/// <summary>
/// A build of the web app to run as its own process: the build output (<c>src/EigenPlan.Web/bin/Release/net10.0</c>,
/// which serves its static assets only in Development) or a published folder (Production, as deployed).
/// </summary>
public sealed record AppBuild(string Folder, string Environment)
{
    public static AppBuild BuildOutput(string repoRoot, string configuration = "Release") =>
        new(Path.Combine(repoRoot, "src", "EigenPlan.Web", "bin", configuration, "net10.0"), "Development");

    /// <summary>Publishes the app (Release) into <paramref name="folder"/> and runs it in Production.</summary>
    public static async Task<AppBuild> PublishAsync(string repoRoot, string folder, TextWriter log)
    {
        var start = new ProcessStartInfo("dotnet", ["publish", Path.Combine(repoRoot, "src", "EigenPlan.Web"), "-c", "Release", "-o", folder, "--nologo", "-v", "q"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var publish = Process.Start(start)!;
        var output = await publish.StandardOutput.ReadToEndAsync();
        var errors = await publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed:\n{output}\n{errors}");
        }
        await log.WriteLineAsync($"Gepubliceerd naar {folder}");
        return new AppBuild(folder, "Production");
    }
}

/// <summary>
/// The real app as a separate process on a fixed loopback port with its own data folder, so it can be killed with
/// SIGKILL (no shutdown code runs, nothing in its memory survives) and started again on the same port and data.
/// </summary>
public sealed partial class AppProcess(AppBuild build, string dataFolder, int port, IReadOnlyDictionary<string, string>? settings = null)
    : IAsyncDisposable
{
    private Process? _process;
    private StreamWriter? _log;

    public string BaseUrl => $"http://127.0.0.1:{port}";

    public string DatabasePath => Path.Combine(dataFolder, "eigenplan.db");

    public int? ProcessId => _process is { HasExited: false } p ? p.Id : null;

    public string Url(string path) => BaseUrl + path;

    /// <summary>Starts the app and waits until it serves its pages and scripts.</summary>
    public async Task StartAsync(TimeSpan? timeout = null)
    {
        if (_process is { HasExited: false })
        {
            throw new InvalidOperationException("The app is running already.");
        }
        Directory.CreateDirectory(dataFolder);
        _log ??= new StreamWriter(Path.Combine(dataFolder, "..", $"app-{port}.log"), append: true) { AutoFlush = true };
        var start = new ProcessStartInfo("dotnet", [Path.Combine(build.Folder, "EigenPlan.Web.dll"), "--urls", BaseUrl])
        {
            WorkingDirectory = build.Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = build.Environment;
        start.Environment["Storage__DatabasePath"] = DatabasePath;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        var process = Process.Start(start)!;
        var log = _log;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < (timeout ?? TimeSpan.FromSeconds(60)))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app stopped while starting (exit code {process.ExitCode}); see the log in {dataFolder}/..");
            }
            try
            {
                using var response = await http.GetAsync(Url("/_framework/blazor.web.js"));
                if (response.IsSuccessStatusCode && (await response.Content.ReadAsByteArrayAsync()).Length > 0)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(50);
        }
        throw new TimeoutException("The app did not start in time.");
    }

    /// <summary>SIGKILL: the process ends at once, in the middle of whatever it was doing.</summary>
    public void Kill()
    {
        if (_process is not { HasExited: false } process)
        {
            return;
        }
        process.Kill(entireProcessTree: false);
        process.WaitForExit();
    }

    /// <summary>SIGTERM and wait: a normal stop (open circuits are disposed and save).</summary>
    public async Task StopAsync()
    {
        if (_process is not { HasExited: false } process)
        {
            return;
        }
        _ = SendSignal(process.Id, 15);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
        }
    }

    /// <summary>User and system CPU time of the app process so far, from /proc (Linux).</summary>
    public TimeSpan CpuTime()
    {
        if (_process is not { HasExited: false } process)
        {
            return TimeSpan.Zero;
        }
        process.Refresh();
        return process.TotalProcessorTime;
    }

    /// <summary>Resident memory of the app process (VmRSS), in bytes.</summary>
    public long ResidentBytes()
    {
        if (_process is not { HasExited: false } process)
        {
            return 0;
        }
        process.Refresh();
        return process.WorkingSet64;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        _process?.Dispose();
        if (_log is not null)
        {
            await _log.DisposeAsync();
        }
    }

    [LibraryImport("libc", EntryPoint = "kill")]
    private static partial int SendSignal(int pid, int signal);
}
