using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace EigenPlan.Web.State;

/// <summary>
/// Hands a device key from the Blazor circuit to a plain HTTP request that can set an HttpOnly cookie.
/// A ticket is random (256 bits), lives one minute and works once; the key never appears in a URL.
/// </summary>
public sealed class SessionTickets(TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, Ticket> _tickets = new();

    public string Issue(string planId, string deviceKey, string returnPath)
    {
        RemoveExpired();
        var id = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        _tickets[id] = new Ticket(planId, deviceKey, returnPath, time.GetUtcNow() + Lifetime);
        return id;
    }

    /// <summary>Takes the ticket out; null when unknown, used or expired.</summary>
    public Ticket? Redeem(string id)
    {
        if (!_tickets.TryRemove(id, out var ticket))
        {
            return null;
        }
        return ticket.ExpiresUtc > time.GetUtcNow() ? ticket : null;
    }

    private void RemoveExpired()
    {
        var now = time.GetUtcNow();
        foreach (var (id, ticket) in _tickets)
        {
            if (ticket.ExpiresUtc <= now)
            {
                _tickets.TryRemove(id, out _);
            }
        }
    }

    /// <summary>What the cookie endpoint needs.</summary>
    public sealed record Ticket(string PlanId, string DeviceKey, string ReturnPath, DateTimeOffset ExpiresUtc);
}
