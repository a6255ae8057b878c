namespace EigenPlan.Core.Security;

/// <summary>
/// Hit counters behind the rate limits and the per-plan slow-down after wrong codes. One instance keeps them in memory;
/// several instances share an implementation over their common database (PostgreSQL), so a client cannot spread its
/// attempts over the instances. Callers put the time window in the key (e.g. <c>code:c:{client}:{window number}</c>)
/// and never put a client address in it in the clear.
/// </summary>
/// <remarks>
/// Both calls may fail with <see cref="Plans.StoreUnavailableException"/> when the counters live in a database that cannot
/// be reached; the web layer then refuses what it would have counted (fail closed).
/// </remarks>
public interface IRateLimitCounters
{
    /// <summary>
    /// Adds one hit to the counter <paramref name="key"/> and returns its count including this hit. A counter lives
    /// <paramref name="keepFor"/> from its first hit; a hit on a counter whose time is up starts it again at one.
    /// </summary>
    Task<long> HitAsync(string key, TimeSpan keepFor, CancellationToken cancellationToken = default);

    /// <summary>The count of <paramref name="key"/> without adding a hit; 0 when there is none or its time is up.</summary>
    Task<long> PeekAsync(string key, CancellationToken cancellationToken = default);
}
