using System.Threading.RateLimiting;

namespace EigenPlan.Web.Access;

/// <summary>
/// Limits on typing codes, so a wrong guess costs the guesser and never the owner: per client (the connection's address;
/// behind a proxy, the forwarded one) at most <see cref="PerClient"/> code checks per <see cref="Window"/>, checked
/// before any key derivation; and per plan id, known or unknown alike, after <see cref="WrongBeforeDelay"/> wrong codes
/// in the window every further attempt for that id waits <see cref="Delay"/> — never a lock. Built on the framework's
/// sliding-window rate limiters; counts are in this process's memory (several instances need shared counters).
/// </summary>
public sealed class CodeAttemptLimits : IDisposable
{
    public const int PerClient = 10;
    public const int WrongBeforeDelay = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(1.5);

    private readonly PartitionedRateLimiter<string> _clients = Limiter(PerClient);
    private readonly PartitionedRateLimiter<string> _wrongPerPlan = Limiter(WrongBeforeDelay);

    /// <summary>Null when this client may check a code now (the check is counted); otherwise how long to wait.</summary>
    public TimeSpan? TryBegin(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var lease = _clients.AttemptAcquire(ClientOf(http));
        if (lease.IsAcquired)
        {
            return null;
        }
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) && retryAfter > TimeSpan.Zero ? retryAfter : Window;
    }

    /// <summary>Waits a moment when this plan id had many wrong codes lately; the owner with the right code only waits too.</summary>
    public Task SlowDownIfGuessedAsync(string planId, CancellationToken cancellationToken = default) =>
        _wrongPerPlan.GetStatistics(planId)?.CurrentAvailablePermits == 0 ? Task.Delay(Delay, cancellationToken) : Task.CompletedTask;

    /// <summary>Counts a wrong code for the plan id it named.</summary>
    public void CountWrong(string planId)
    {
        using var lease = _wrongPerPlan.AttemptAcquire(planId);
    }

    /// <summary>The Dutch message for a refused check.</summary>
    public static string Message(TimeSpan retryAfter) =>
        $"Je hebt te vaak een code geprobeerd. Probeer het over {Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes))} minuten opnieuw.";

    public void Dispose()
    {
        _clients.Dispose();
        _wrongPerPlan.Dispose();
    }

    private static string ClientOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "onbekend";

    private static PartitionedRateLimiter<string> Limiter(int permits) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = Window,
            SegmentsPerWindow = 15,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
}
