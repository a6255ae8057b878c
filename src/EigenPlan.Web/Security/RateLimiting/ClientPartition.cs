using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace EigenPlan.Web.Security.RateLimiting;

/// <summary>
/// Who "one client" is for the limits: the real client address (after the forwarded headers of a known proxy), an
/// IPv6 client by its /64 network (one household or phone gets a whole /64, so single IPv6 addresses are free to
/// change). Only a hash of it is used as a key, so shared counters in a database never hold an address in the clear.
/// </summary>
public static class ClientPartition
{
    public static string Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return Of(http.Connection.RemoteIpAddress);
    }

    public static string Of(IPAddress? address)
    {
        if (address is null)
        {
            return Hash("unknown");
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return Hash(new IPAddress(bytes) + "/64");
        }
        return Hash(address.ToString());
    }

    // Pseudonymous, not anonymous: the IPv4 space is small. It keeps addresses out of keys, logs and database rows.
    private static string Hash(string client) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes("eigenplan/rate-limit/v1:" + client)), 0, 12);
}
