using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace EigenPlan.Web.Components.Pages.Staff;

/// <summary>
/// Checks the staff access key typed on the sign-in page: comparisons take constant time, and wrong keys are limited
/// per address. Signing in itself is cookie authentication (<see cref="Access.StaffPrincipal"/>).
/// </summary>
public sealed class StaffAccess(StaffOptions options, TimeProvider clock)
{
    /// <summary>Wrong keys allowed per address per window.</summary>
    public const int MaxFailures = 5;

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, (int Count, DateTimeOffset Since)> _failures = new(StringComparer.Ordinal);

    public bool IsEnabled => options.IsEnabled;

    public bool IsKeyCorrect(string? typed) =>
        options.AccessKey is { Length: > 0 } key && typed is not null
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(typed)), SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>True when this address has had too many wrong keys recently.</summary>
    public bool IsBlocked(string address) =>
        _failures.TryGetValue(address, out var entry) && clock.GetUtcNow() - entry.Since < Window && entry.Count >= MaxFailures;

    public void RecordFailure(string address) =>
        _failures.AddOrUpdate(address, _ => (1, clock.GetUtcNow()),
            (_, entry) => clock.GetUtcNow() - entry.Since < Window ? (entry.Count + 1, entry.Since) : (1, clock.GetUtcNow()));
}
