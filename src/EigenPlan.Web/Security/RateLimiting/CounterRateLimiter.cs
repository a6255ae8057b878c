using System.Threading.RateLimiting;
using EigenPlan.Core.Plans;
using EigenPlan.Core.Security;

namespace EigenPlan.Web.Security.RateLimiting;

/// <summary>
/// The limiter of one client within one policy, over shared <see cref="IRateLimitCounters"/>: a
/// <see cref="SlidingWindow"/> per limit, first the client's own limit, then the global one; every attempt counts, also a
/// refused one, so hammering keeps a client waiting. When the counters cannot be reached the request is refused with
/// <see cref="UnavailableReason"/> (fail closed; the middleware answers 503 with a Dutch "try again shortly" page).
/// The counters may live in a database, so the synchronous attempt never decides: it always answers "not acquired",
/// and the framework's middleware then calls <see cref="AcquireAsyncCore"/>, which counts. The limiter holds no state
/// of its own, so the framework may drop and recreate it freely (see <see cref="IdleDuration"/>).
/// </summary>
internal sealed partial class CounterRateLimiter(IRateLimitCounters counters, string policy, PolicyLimits limits, string clientKey, TimeProvider time,
    ILogger logger)
    : RateLimiter
{
    /// <summary>The reason a lease was refused (<see cref="MetadataName.ReasonPhrase"/>): this client, or everybody.</summary>
    public const string ClientReason = "client";

    public const string GlobalReason = "global";

    /// <summary>The reason when the counters could not be reached (the request gets 503, not 429).</summary>
    public const string UnavailableReason = "unavailable";

    /// <summary>What a refusal for unreachable counters tells the browser to wait.</summary>
    public static readonly TimeSpan UnavailableWait = TimeSpan.FromSeconds(30);

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
        try
        {
            if (await ExceededAsync(limits.PerClient, $"{policy}:c:{clientKey}", now, cancellationToken) is { } clientWait)
            {
                return CounterLease.Refused(clientWait, ClientReason);
            }
            if (await ExceededAsync(limits.Global, $"{policy}:g", now, cancellationToken) is { } globalWait)
            {
                return CounterLease.Refused(globalWait, GlobalReason);
            }
        }
        catch (StoreUnavailableException ex)
        {
            // Fail closed: what cannot be counted is not let through (no unlimited guessing while the counters are
            // away). With PostgreSQL the plans live in the same database, so the form could not have worked anyway.
            LogCountersUnavailable(logger, policy, ex.Message);
            return CounterLease.Refused(UnavailableWait, UnavailableReason);
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
        var count = await SlidingWindow.CountAsync(counters, key, limit.Window, now, hit: true, cancellationToken);
        return count.Estimate <= limit.Permits ? null : count.WaitFor(limit.Permits);
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

    // The provider's message names what was being done and the kind of failure, never a key or an address.
    [LoggerMessage(Level = LogLevel.Error, Message = "Rate limit {Policy}: the counters cannot be reached, so the request is refused ({Problem})")]
    private static partial void LogCountersUnavailable(ILogger logger, string policy, string problem);
}
