using System.Globalization;
using System.Threading.RateLimiting;

namespace EigenPlan.Web.Security.RateLimiting;

/// <summary>
/// The limiter of one client within one policy, over shared <see cref="IRateLimitCounters"/>: fixed windows aligned to
/// the clock (so every instance counts in the same window), first the client's own limit, then the global one.
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

    /// <summary>Counts this request in the limit's current window; the time until the window ends when over the limit.</summary>
    private async Task<TimeSpan?> ExceededAsync(WindowLimit limit, string key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!limit.IsOn)
        {
            return null;
        }
        var window = limit.Window.Ticks;
        var index = now.UtcTicks / window;
        var hits = await counters.HitAsync($"{key}:{index.ToString(CultureInfo.InvariantCulture)}", limit.Window, cancellationToken);
        return hits > limit.Permits ? TimeSpan.FromTicks((index + 1) * window - now.UtcTicks) : null;
    }

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
