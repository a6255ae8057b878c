using System.Diagnostics;
using System.Text.RegularExpressions;

namespace EigenPlan.EndToEnd.Infrastructure;

public sealed partial class NginxServer
{
    private const string FrontLog = "front.access.log";

    /// <summary>
    /// nginx in front of several app instances, over plain HTTP on loopback (a browser treats http://127.0.0.1 as a secure
    /// context, so the app's Secure cookies work). Built from <c>deploy/nginx/eigenplan.conf</c> itself: its upstream
    /// (sticky <c>hash $binary_remote_addr consistent</c>, with the given instances as servers), its maps, and the
    /// proxy settings of its <c>location /</c> (WebSocket upgrade, forwarded headers, time-outs, next upstream), so a
    /// change to the site file is what the test runs. Two kinds of port:
    /// <list type="bullet">
    /// <item><see cref="HttpPort"/>: the site's sticky upstream with every instance, as residents reach it. Every test
    /// browser comes from 127.0.0.1, so all of them land on one instance (which one: <see cref="UpstreamOfLastRequestAsync"/>)
    /// and move to another only when that one fails.</item>
    /// <item><see cref="PinnedPorts"/>: one server block per instance, with the same location settings but an upstream of
    /// that instance alone. Stickiness by address cannot send one test browser to a chosen instance, so a step "on the
    /// other instance" goes through that instance's pinned port: still through nginx (WebSocket proxying included), and
    /// the browser keeps its cookies, because cookies do not depend on the port.</item>
    /// </list>
    /// The access log notes the port and the upstream of every request.
    /// </summary>
    public static async Task<NginxServer> StartFrontAsync(IReadOnlyList<Uri> instances)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(instances.Count, 2);
        var folder = NewFolder();
        var sticky = FreePort();
        var pinned = instances.Select(_ => FreePort()).ToList();
        WriteConfiguration(folder, Front(File.ReadAllText(SiteFile), folder, sticky, instances, pinned));
        var process = Process.Start(StartInfo(null, folder));
        return await WaitUntilAnsweringAsync(new NginxServer(folder, sticky, 0, process, pinned));
    }

    /// <summary>A URL through the pinned port of instance <paramref name="instance"/> (0-based, as given to <see cref="StartFrontAsync"/>).</summary>
    public string PinnedUrl(int instance, string path) => $"http://127.0.0.1:{PinnedPorts[instance]}{path}";

    /// <summary>
    /// The instance port that served the newest request to <paramref name="path"/> through the sticky port (the last one
    /// tried, when nginx had to move on to another instance).
    /// </summary>
    public async Task<int> UpstreamOfLastRequestAsync(string path)
    {
        var lines = await File.ReadAllLinesAsync(Path.Combine(Folder, FrontLog));
        var line = lines.Last(l => l.StartsWith($"{HttpPort} ", StringComparison.Ordinal) && l.Contains($" {path} ", StringComparison.Ordinal));
        return int.Parse(UpstreamPort().Matches(line)[^1].Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Front(string site, string folder, int sticky, IReadOnlyList<Uri> instances, List<int> pinned)
    {
        // Everything before the first server block: the upstream, the maps and the log format.
        var head = site[..site.IndexOf("\nserver {", StringComparison.Ordinal)];
        head = Require(head, "    server 127.0.0.1:5000 max_fails=3 fail_timeout=10s;\n    server 127.0.0.1:5001 max_fails=3 fail_timeout=10s;\n",
            string.Concat(instances.Select(u => $"    server {u.Host}:{u.Port} max_fails=3 fail_timeout=10s;\n")));
        // The proxying location of the HTTPS server (the last "location /"; the first one only redirects to HTTPS).
        var start = site.LastIndexOf("    location / {\n", StringComparison.Ordinal);
        var end = site.IndexOf("\n    }\n", start, StringComparison.Ordinal) + "\n    }\n".Length;
        var location = Require(site[start..end], "proxy_pass http://eigenplan;", "proxy_pass http://eigenplan;");
        var blocks = new List<string>
        {
            head,
            $"log_format eigenplan_front '$server_port $request_method $uri $status upstream=$upstream_addr';",
            Server(folder, sticky, location),
        };
        for (var i = 0; i < instances.Count; i++)
        {
            blocks.Add($"upstream eigenplan_pinned_{i} {{\n    server {instances[i].Host}:{instances[i].Port};\n    keepalive 16;\n}}");
            blocks.Add(Server(folder, pinned[i], location.Replace("proxy_pass http://eigenplan;", $"proxy_pass http://eigenplan_pinned_{i};", StringComparison.Ordinal)));
        }
        return string.Join("\n\n", blocks) + "\n";
    }

    private static string Server(string folder, int port, string location) =>
        $"server {{\n    listen 127.0.0.1:{port};\n    access_log {folder}/{FrontLog} eigenplan_front;\n{location}}}";

    private static string Require(string text, string from, string to) =>
        text.Contains(from, StringComparison.Ordinal) ? text.Replace(from, to, StringComparison.Ordinal)
            : throw new InvalidOperationException($"The site file no longer has '{from}'; update {nameof(NginxServer)}.");

    [GeneratedRegex(@"127\.0\.0\.1:(\d+)")]
    private static partial Regex UpstreamPort();
}
