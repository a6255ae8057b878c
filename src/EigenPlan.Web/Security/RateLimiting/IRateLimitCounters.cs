namespace EigenPlan.Web.Security.RateLimiting;

/// <summary>
/// Hit counters behind the rate limits. One instance keeps them in memory (<see cref="InMemoryRateLimitCounters"/>);
/// several instances share an implementation over their common database, so a client cannot spread its attempts over
/// the instances. Keys never hold a client address in the clear (see <see cref="CounterRateLimiter"/>).
/// </summary>
public interface IRateLimitCounters
{
    /// <summary>
    /// Adds one hit to the counter <paramref name="key"/> and returns its count including this hit. The caller puts
    /// the time window in the key; <paramref name="window"/> says how long the counter must be kept.
    /// </summary>
    Task<long> HitAsync(string key, TimeSpan window, CancellationToken cancellationToken = default);

    /// <summary>The count of <paramref name="key"/> without adding a hit; 0 when there is none (or it was forgotten).</summary>
    Task<long> PeekAsync(string key, CancellationToken cancellationToken = default);
}
