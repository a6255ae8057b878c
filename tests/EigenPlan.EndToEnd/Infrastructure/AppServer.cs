using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EigenPlan.EndToEnd.Infrastructure;

/// <summary>
/// The real app on Kestrel on a free loopback port, with the bundled content and its own LiteDB file.
/// Disposing it and starting another on the same database is an app restart.
/// </summary>
public sealed class AppServer : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;

    private AppServer(WebApplicationFactory<Program> factory, string databasePath, string baseUrl, CollectingLoggerProvider logs)
    {
        Logs = logs;
        _factory = factory;
        DatabasePath = databasePath;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    /// <summary>Every log line the app wrote, at every level.</summary>
    public CollectingLoggerProvider Logs { get; }

    public string DatabasePath { get; }

    public IServiceProvider Services => _factory.Services;

    /// <param name="databasePath">The LiteDB file; a new one in a temp folder when null.</param>
    /// <param name="contentPath">The content folder; the bundled content when null.</param>
    /// <param name="settings">Configuration on top of the test defaults.</param>
    /// <param name="replaceServices">Changes to the app's services after its own registrations (e.g. a store that is down).</param>
    /// <param name="port">The loopback port; a free one the system picks when 0.</param>
    public static AppServer Start(string? databasePath = null, string? contentPath = null, IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? replaceServices = null, int port = 0)
    {
        databasePath ??= Path.Combine(Path.GetTempPath(), "eigenplan-e2e-" + Guid.NewGuid().ToString("N"), "plans.db");
        var logs = new CollectingLoggerProvider();
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
            builder.UseEnvironment("Testing");
            // Serve _framework and _content from the build output, as `dotnet run` does in Development.
            builder.UseStaticWebAssets();
            // A free port per test server, not the app's default 5000.
            builder.UseSetting("Urls", "http://127.0.0.1:0");
            builder.UseSetting("Content:Path", contentPath ?? RepoPaths.Content);
            builder.UseSetting("Storage:DatabasePath", databasePath);
            // Fast key derivation keeps the suite quick; production keeps the slow default.
            builder.UseSetting("Storage:KdfIterations", "20000");
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                builder.UseSetting(key, value);
            }
            if (replaceServices is not null)
            {
                builder.ConfigureTestServices(replaceServices);
            }
        });
        factory.UseKestrel(port);
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        var baseUrl = addresses.Addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal);
        return new AppServer(factory, databasePath, baseUrl.TrimEnd('/'), logs);
    }

    public string Url(string path) => BaseUrl + path;

    /// <summary>A loopback port nobody listens on now, for an app whose own address must be in its settings.</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();
}
