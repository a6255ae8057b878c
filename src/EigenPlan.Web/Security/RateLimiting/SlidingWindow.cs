using System.Globalization;
using EigenPlan.Core.Security;

namespace EigenPlan.Web.Security.RateLimiting;

/// <summary>
/// A count over the last <see cref="Window"/>, estimated from two fixed windows aligned to the clock (so every instance
/// counts in the same windows over shared <see cref="IRateLimitCounters"/>): the previous window's count, weighted by how
/// much of it still falls within the last <see cref="Window"/>, plus the current one. Unlike plain fixed windows this
/// allows no double burst around a window's end. Used by the rate limiter and the per-plan slow-down after wrong codes.
/// </summary>
internal readonly record struct SlidingWindow(long Previous, long Current, TimeSpan Elapsed, TimeSpan Window)
{
    private static readonly TimeSpan MinimumWait = TimeSpan.FromSeconds(1);

    public double Estimate => Previous * (1 - Elapsed / Window) + Current;

    /// <summary>
    /// Reads the counter <paramref name="key"/> over the last <paramref name="window"/>, first adding one hit when
    /// <paramref name="hit"/> is true. <see cref="Core.Plans.StoreUnavailableException"/> when the counters cannot be reached.
    /// </summary>
    public static async Task<SlidingWindow> CountAsync(IRateLimitCounters counters, string key, TimeSpan window, DateTimeOffset now, bool hit,
        CancellationToken cancellationToken)
    {
        var index = now.UtcTicks / window.Ticks;
        var elapsed = TimeSpan.FromTicks(now.UtcTicks - index * window.Ticks);
        // Kept two windows, so the next window can still read it as its previous one.
        var current = hit
            ? await counters.HitAsync(Key(key, index), 2 * window, cancellationToken)
            : await counters.PeekAsync(Key(key, index), cancellationToken);
        var previous = await counters.PeekAsync(Key(key, index - 1), cancellationToken);
        return new SlidingWindow(previous, current, elapsed, window);
    }

    /// <summary>
    /// When one more request fits within <paramref name="permits"/> again: with this window's count alone at the limit,
    /// once the next window has moved far enough past it; otherwise once the previous window's weight has dropped far enough.
    /// </summary>
    public TimeSpan WaitFor(int permits)
    {
        var wait = Current >= permits
            ? Window - Elapsed + Window * (1 - (double)(permits - 1) / Current)
            : Window * (1 - (double)(permits - 1 - Current) / Previous) - Elapsed;
        return wait > MinimumWait ? wait : MinimumWait;
    }

    private static string Key(string key, long index) => $"{key}:{index.ToString(CultureInfo.InvariantCulture)}";
}
