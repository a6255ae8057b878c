using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace EigenPlan.Web.Components.Pages.Staff;

/// <summary>
/// Checks the staff access key and the cookie that remembers it. The cookie holds an HMAC of a fixed label under the
/// key, never the key itself; comparisons take constant time; wrong keys are limited per address.
/// </summary>
public sealed class StaffAccess(StaffOptions options, TimeProvider clock)
{
    public const string CookieName = "eigenplan-beheer";

    /// <summary>Wrong keys allowed per address per window.</summary>
    public const int MaxFailures = 5;

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, (int Count, DateTimeOffset Since)> _failures = new(StringComparer.Ordinal);

    public bool IsEnabled => options.IsEnabled;

    /// <summary>The cookie value for a correct key: HMAC-SHA256("eigenplan-beheer-v1") under the key, base64url.</summary>
    public string? Token() => options.AccessKey is { Length: > 0 } key
        ? Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), "eigenplan-beheer-v1"u8)).TrimEnd('=').Replace('+', '-').Replace('/', '_')
        : null;

    public bool IsKeyCorrect(string? typed) =>
        options.AccessKey is { Length: > 0 } key && typed is not null
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(typed)), SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public bool IsTokenValid(string? cookie) =>
        Token() is { } expected && cookie is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(cookie), Encoding.UTF8.GetBytes(expected));

    public bool IsAllowed(HttpContext? context) => context is not null && IsTokenValid(context.Request.Cookies[CookieName]);

    /// <summary>True when this address has had too many wrong keys recently.</summary>
    public bool IsBlocked(string address) =>
        _failures.TryGetValue(address, out var entry) && clock.GetUtcNow() - entry.Since < Window && entry.Count >= MaxFailures;

    public void RecordFailure(string address) =>
        _failures.AddOrUpdate(address, _ => (1, clock.GetUtcNow()),
            (_, entry) => clock.GetUtcNow() - entry.Since < Window ? (entry.Count + 1, entry.Since) : (1, clock.GetUtcNow()));
}
