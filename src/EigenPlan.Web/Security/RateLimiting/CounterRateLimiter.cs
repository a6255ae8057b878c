using System.Globalization;
using System.Threading.RateLimiting;

namespace EigenPlan.Web.Security.RateLimiting;

/// <summary>
/// The limiter of one client within one policy, over shared <see cref="IRateLimitCounters"/>: a sliding window
/// estimated from two fixed windows aligned to the clock (so every instance counts in the same windows) — the previous
/// window's count, weighted by how much of it still falls within the last <c>Window</c>, plus the current one. Unlike
/// plain fixed windows this allows no double burst around a window's end. First the client's own limit, then the
/// global one; every attempt counts, also a refused one, so hammering keeps a client waiting.
/// The counters may live in a database, so the synchronous attempt never decides: it always answers "not acquired",
/// and the framework's middleware then calls <see cref="AcquireAsyncCore"/>, which counts. The limiter holds no state
/// of its own, so the framework may drop and recreate it freely (see <see cref="IdleDuration"/>).
/// </summary>
internal sealed class CounterRateLimiter(IRateLimitCounters counters, string policy, PolicyLimits limits, string clientKey, TimeProvider time)
    : RateLimiter
{
    /// <summary>The reason a lease was refused (<see cref="MetadataName.ReasonPhrase"/>): this client, or everybody.</summary>
    public const string ClientReason = "client";

    public const string GlobalReason = "global";

    private static readonly TimeSpan MinimumWait = TimeSpan.FromSeconds(1);
    private long _lastUsedTicks = time.GetTimestamp();

    public override TimeSpan? IdleDuration => time.GetElapsedTime(Interlocked.Read(ref _lastUsedTicks));

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => CounterLease.NotDecided;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _lastUsedTicks, time.GetTimestamp());
        if (permitCount == 0)
        {
            return CounterLease.Granted;
        }
        var now = time.GetUtcNow();
        if (await ExceededAsync(limits.PerClient, $"{policy}:c:{clientKey}", now, cancellationToken) is { } clientWait)
        {
            return CounterLease.Refused(clientWait, ClientReason);
        }
        if (await ExceededAsync(limits.Global, $"{policy}:g", now, cancellationToken) is { } globalWait)
        {
            return CounterLease.Refused(globalWait, GlobalReason);
        }
        return CounterLease.Granted;
    }

    /// <summary>Counts this request; when the estimate is over the limit, how long until one more request would fit.</summary>
    private async Task<TimeSpan?> ExceededAsync(WindowLimit limit, string key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!limit.IsOn)
        {
            return null;
        }
        var window = limit.Window;
        var index = now.UtcTicks / window.Ticks;
        var elapsed = TimeSpan.FromTicks(now.UtcTicks - index * window.Ticks);
        // Kept two windows, so the next window can still read it as its previous one.
        var current = await counters.HitAsync(Key(key, index), 2 * window, cancellationToken);
        var previous = await counters.PeekAsync(Key(key, index - 1), cancellationToken);
        var estimate = previous * (1 - elapsed / window) + current;
        return estimate <= limit.Permits ? null : Wait(limit.Permits, window, elapsed, previous, current);
    }

    /// <summary>
    /// When one more request fits again: with this window's count alone at the limit, once the next window has moved far
    /// enough past it; otherwise once the previous window's weight has dropped far enough.
    /// </summary>
    private static TimeSpan Wait(int permits, TimeSpan window, TimeSpan elapsed, long previous, long current)
    {
        var wait = current >= permits
            ? window - elapsed + window * (1 - (double)(permits - 1) / current)
            : window * (1 - (double)(permits - 1 - current) / previous) - elapsed;
        return wait > MinimumWait ? wait : MinimumWait;
    }

    private static string Key(string key, long index) => $"{key}:{index.ToString(CultureInfo.InvariantCulture)}";

    private sealed class CounterLease(bool acquired, TimeSpan? retryAfter, string? reason) : RateLimitLease
    {
        public static readonly CounterLease Granted = new(true, null, null);

        public static readonly CounterLease NotDecided = new(false, null, null);

        public static CounterLease Refused(TimeSpan retryAfter, string reason) => new(false, retryAfter, reason);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames =>
            [.. retryAfter is null ? [] : new[] { MetadataName.RetryAfter.Name }, .. reason is null ? [] : new[] { MetadataName.ReasonPhrase.Name }];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter
                : metadataName == MetadataName.ReasonPhrase.Name ? reason
                : null;
            return metadata is not null;
        }
    }
}
