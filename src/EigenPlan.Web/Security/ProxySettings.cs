using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace EigenPlan.Web.Security;

/// <summary>
/// Configuration section <c>ForwardedHeaders</c>: which reverse proxies may tell the app the real client address,
/// scheme and host (<c>X-Forwarded-For</c>, <c>-Proto</c>, <c>-Host</c>). Only requests that come from a known proxy are
/// believed, so a client cannot pick its own address to dodge the rate limits. Loopback (127.0.0.0/8 and ::1, a proxy
/// on the same machine) is always known, as in the framework's default.
/// </summary>
public sealed class ProxySettings
{
    public const string SectionName = "ForwardedHeaders";

    /// <summary><c>ForwardedHeaders:KnownProxies:0=10.0.0.5</c>: addresses of proxies in front of the app.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary><c>ForwardedHeaders:KnownNetworks:0=10.0.0.0/24</c>: networks (CIDR) the proxies are in.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row are trusted (1: one nginx; 2: a load balancer and nginx).</summary>
    public int ForwardLimit { get; set; } = 1;

    /// <summary>Applies the settings to the framework's options; a value that is not an address fails the start-up.</summary>
    public void ApplyTo(ForwardedHeadersOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
        options.ForwardLimit = ForwardLimit;
        foreach (var proxy in KnownProxies.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            options.KnownProxies.Add(IPAddress.TryParse(proxy.Trim(), out var address)
                ? address
                : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies: '{proxy}' is not an IP address, such as 10.0.0.5."));
        }
        foreach (var network in KnownNetworks.Where(n => !string.IsNullOrWhiteSpace(n)))
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network.Trim(), out var parsed)
                ? parsed
                : throw new InvalidOperationException($"ForwardedHeaders:KnownNetworks: '{network}' is not a network, such as 10.0.0.0/24."));
        }
    }

    /// <summary>Null when usable; else what is wrong.</summary>
    public string? Problem() => ForwardLimit is < 1 or > 10 ? "ForwardedHeaders:ForwardLimit must be between 1 and 10." : null;
}
