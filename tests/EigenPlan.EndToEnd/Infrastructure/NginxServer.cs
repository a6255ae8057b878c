using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace EigenPlan.EndToEnd.Infrastructure;

/// <summary>
/// Debian's nginx with the site file from <c>deploy/nginx/eigenplan.conf</c>, in a temp folder: the same file, with only
/// what a test machine needs changed (free loopback ports instead of 80/443, a throw-away self-signed certificate, the
/// given app instances as upstream, logs in the temp folder). One process, no daemon, no root needed. Or, for several
/// instances, a plain-HTTP front built from the same file's upstream and proxy settings (<see cref="StartFrontAsync"/>).
/// </summary>
public sealed partial class NginxServer : IAsyncDisposable
{
    public const string Binary = "/usr/sbin/nginx";

    private readonly Process? _process;

    private NginxServer(string folder, int httpPort, int httpsPort, Process? process, IReadOnlyList<int>? pinnedPorts = null)
    {
        Folder = folder;
        HttpPort = httpPort;
        HttpsPort = httpsPort;
        _process = process;
        PinnedPorts = pinnedPorts ?? [];
    }

    /// <summary>In a front (<see cref="StartFrontAsync"/>): per upstream, a port that always reaches that instance.</summary>
    public IReadOnlyList<int> PinnedPorts { get; }

    public string Folder { get; }

    public int HttpPort { get; }

    public int HttpsPort { get; }

    public string HttpsUrl(string path) => $"https://127.0.0.1:{HttpsPort}{path}";

    public string HttpUrl(string path) => $"http://127.0.0.1:{HttpPort}{path}";

    public static string SiteFile => Path.Combine(RepoPaths.Root, "deploy", "nginx", "eigenplan.conf");

    /// <summary>Writes the configuration (site file adapted to this machine) without starting nginx.</summary>
    public static NginxServer Prepare(IReadOnlyList<Uri> upstreams) => Create(upstreams, start: false);

    /// <summary>Starts nginx in front of the given app instances and waits until it answers.</summary>
    public static async Task<NginxServer> StartAsync(IReadOnlyList<Uri> upstreams) => await WaitUntilAnsweringAsync(Create(upstreams, start: true));

    private static async Task<NginxServer> WaitUntilAnsweringAsync(NginxServer server)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        for (var i = 0; i < 100 && server._process is { HasExited: false }; i++)
        {
            try
            {
                using var answer = await http.GetAsync(server.HttpUrl("/"));
                return server;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }
        var log = await File.ReadAllTextAsync(Path.Combine(server.Folder, "error.log"));
        await server.DisposeAsync();
        throw new InvalidOperationException("nginx did not start:\n" + log);
    }

    /// <summary>Runs <c>nginx -t</c> on the configuration; the exit code and nginx's own words.</summary>
    public async Task<(int ExitCode, string Output)> TestConfigurationAsync()
    {
        using var process = Process.Start(StartInfo("-t"))!;
        var output = await process.StandardError.ReadToEndAsync() + await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }

    private static NginxServer Create(IReadOnlyList<Uri> upstreams, bool start)
    {
        var folder = NewFolder();
        var (httpPort, httpsPort) = (FreePort(), FreePort());
        WriteCertificate(folder);
        var site = Adapt(File.ReadAllText(SiteFile), folder, httpPort, httpsPort, upstreams);
        WriteConfiguration(folder, site);
        var process = start ? Process.Start(StartInfo(null, folder)) : null;
        return new NginxServer(folder, httpPort, httpsPort, process);
    }

    private static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "eigenplan-nginx-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>nginx's main file for a test: one worker, everything in <paramref name="folder"/>, <paramref name="site"/> included.</summary>
    private static void WriteConfiguration(string folder, string site)
    {
        File.WriteAllText(Path.Combine(folder, "eigenplan.conf"), site);
        File.WriteAllText(Path.Combine(folder, "nginx.conf"), $$"""
            daemon off;
            master_process off;
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log info;
            events { worker_connections 256; }
            http {
                access_log {{folder}}/access.log;
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                include {{folder}}/eigenplan.conf;
            }
            """);
    }

    private ProcessStartInfo StartInfo(string? flag) => StartInfo(flag, Folder);

    private static ProcessStartInfo StartInfo(string? flag, string folder)
    {
        // Only the configuration test is read; a running nginx writes to its error.log, so no pipe can fill up.
        var info = new ProcessStartInfo(Binary) { RedirectStandardError = flag is not null, RedirectStandardOutput = flag is not null, UseShellExecute = false };
        if (flag is not null)
        {
            info.ArgumentList.Add(flag);
        }
        foreach (var argument in new[] { "-p", folder, "-c", Path.Combine(folder, "nginx.conf"), "-e", Path.Combine(folder, "error.log") })
        {
            info.ArgumentList.Add(argument);
        }
        return info;
    }

    /// <summary>The site file with test ports, certificate, upstreams and log folder; fails if a line to change is missing.</summary>
    private static string Adapt(string site, string folder, int httpPort, int httpsPort, IReadOnlyList<Uri> upstreams)
    {
        string Replace(string text, string from, string to) =>
            text.Contains(from, StringComparison.Ordinal) ? text.Replace(from, to, StringComparison.Ordinal)
                : throw new InvalidOperationException($"The site file no longer has '{from}'; update {nameof(NginxServer)}.");
        site = Replace(site, "    listen 80;\n", $"    listen 127.0.0.1:{httpPort};\n");
        site = Replace(site, "    listen [::]:80;\n", "");
        site = Replace(site, "    listen 443 ssl http2;\n", $"    listen 127.0.0.1:{httpsPort} ssl http2;\n");
        site = Replace(site, "    listen [::]:443 ssl http2;\n", "");
        site = Replace(site, "/etc/ssl/eigenplan/fullchain.pem", Path.Combine(folder, "cert.pem"));
        site = Replace(site, "/etc/ssl/eigenplan/privkey.pem", Path.Combine(folder, "key.pem"));
        site = Replace(site, "/var/log/nginx/", folder + "/");
        site = Replace(site, "    server 127.0.0.1:5000 max_fails=3 fail_timeout=10s;\n    server 127.0.0.1:5001 max_fails=3 fail_timeout=10s;\n",
            string.Concat(upstreams.Select(u => $"    server {u.Host}:{u.Port} max_fails=3 fail_timeout=10s;\n")));
        return site;
    }

    private static void WriteCertificate(string folder)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        File.WriteAllText(Path.Combine(folder, "cert.pem"), certificate.ExportCertificatePem());
        File.WriteAllText(Path.Combine(folder, "key.pem"), key.ExportPkcs8PrivateKeyPem());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A log file still open on a slow machine: the temp folder is cleaned by the system later.
        }
    }
}
