using EigenPlan.Core.Plans;
using EigenPlan.Core.Security;
using EigenPlan.Web.Security.RateLimiting;

namespace EigenPlan.Web.Access;

/// <summary>
/// The per-plan slow-down on typing codes, so a wrong guess costs the guesser and never the owner: for a plan id, known
/// or unknown alike, after <see cref="WrongBeforeDelay"/> wrong codes within <see cref="Window"/> every further attempt
/// for that id waits <see cref="Delay"/> — never a lock. Counted in the storage provider's <see cref="IRateLimitCounters"/>,
/// so the wrong codes of all instances add up. (How many codes one client may try is the <c>code</c> rate-limiting
/// policy's job, checked by the middleware before the form runs.)
/// </summary>
public sealed partial class CodeAttemptLimits(IRateLimitCounters counters, TimeProvider time, ILogger<CodeAttemptLimits> logger)
{
    public const int WrongBeforeDelay = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(1.5);

    /// <summary>
    /// Waits <see cref="Delay"/> when this plan id had many wrong codes lately; the owner with the right code waits too
    /// (so the answer's timing says nothing). When the counters cannot be reached it waits as well: slowing down costs a
    /// second and a half, never access.
    /// </summary>
    public async Task SlowDownIfGuessedAsync(string planId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(planId);
        bool slow;
        try
        {
            var wrong = await SlidingWindow.CountAsync(counters, Key(planId), Window, time.GetUtcNow(), hit: false, cancellationToken);
            slow = wrong.Estimate >= WrongBeforeDelay;
        }
        catch (StoreUnavailableException ex)
        {
            LogCountersUnavailable(logger, "read", ex.Message);
            slow = true;
        }
        if (slow)
        {
            await Task.Delay(Delay, time, cancellationToken);
        }
    }

    /// <summary>Counts a wrong code for the plan id it named (on every instance). A count that cannot be stored is logged.</summary>
    public async Task CountWrongAsync(string planId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(planId);
        try
        {
            await SlidingWindow.CountAsync(counters, Key(planId), Window, time.GetUtcNow(), hit: true, cancellationToken);
        }
        catch (StoreUnavailableException ex)
        {
            // The resident still gets "wrong code"; the client's own limit (the middleware) counted the attempt.
            LogCountersUnavailable(logger, "count", ex.Message);
        }
    }

    private static string Key(string planId) => "wrong-code:" + planId;

    // Never the plan id or the code: the kind of trouble is enough to act on.
    [LoggerMessage(Level = LogLevel.Error, Message = "Wrong-code slow-down: could not {Action} the counter ({Problem})")]
    private static partial void LogCountersUnavailable(ILogger logger, string action, string problem);
}
