using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace EigenPlan.EndToEnd.Infrastructure;

/// <summary>
/// The app as an operator runs it: a separate process from a folder (published or built), with only the environment
/// variables given, on a free loopback port. Its console output is kept for the test.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;

    private AppProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        BaseUrl = $"http://127.0.0.1:{port}";
    }

    public int Port { get; }

    public string BaseUrl { get; }

    /// <summary>True until the process ended (or was killed).</summary>
    public bool IsRunning => !_process.HasExited;

    public ConcurrentQueue<string> Output { get; } = new();

    public string Url(string path) => BaseUrl + path;

    /// <summary>The configuration the tests were built in (Debug or Release), for building paths to the app's output.</summary>
    public static string Configuration => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd('/')).Parent!.Name;

    public static string BuildOutput => Path.Combine(RepoPaths.Root, "src", "EigenPlan.Web", "bin", Configuration, "net10.0");

    /// <summary><c>dotnet publish --no-build</c> of the web app (already built with the tests) into a new temp folder.</summary>
    public static async Task<string> PublishAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "eigenplan-publish-" + Guid.NewGuid().ToString("N"));
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Root };
        foreach (var argument in new[] { "publish", "src/EigenPlan.Web/EigenPlan.Web.csproj", "-c", Configuration, "--no-build", "--nologo", "-o", folder })
        {
            info.ArgumentList.Add(argument);
        }
        using var publish = Process.Start(info)!;
        var output = await publish.StandardOutput.ReadToEndAsync() + await publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        return publish.ExitCode == 0 ? folder : throw new InvalidOperationException("dotnet publish failed:\n" + output);
    }

    /// <summary>
    /// Starts <c>dotnet EigenPlan.Web.dll</c> from <paramref name="appFolder"/> on <paramref name="port"/> (a free one when
    /// null; give the port of a killed instance to start it again behind the same proxy) and waits until it listens.
    /// </summary>
    public static async Task<AppProcess> StartAsync(string appFolder, string workingDirectory, IDictionary<string, string> environment, int? port = null)
    {
        port ??= FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(appFolder, "EigenPlan.Web.dll"));
        // Only what an operator sets: nothing inherited from the test host's own ASP.NET Core settings.
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || k.StartsWith("DOTNET_ENVIRONMENT", StringComparison.Ordinal)).ToList())
        {
            info.Environment.Remove(key);
        }
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }
        var process = Process.Start(info)!;
        var app = new AppProcess(process, port.Value);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { app.Output.Enqueue(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { app.Output.Enqueue(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient();
        for (var i = 0; i < 300 && !process.HasExited; i++)
        {
            try
            {
                using var live = await http.GetAsync(app.Url("/health/live"));
                return app;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }
        await app.DisposeAsync();
        throw new InvalidOperationException("The app did not start:\n" + string.Join('\n', app.Output));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Ends the process at once with SIGKILL, as a crash or an out-of-memory kill would: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
