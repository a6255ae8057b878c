using System.Collections.Concurrent;

namespace EigenPlan.Web.Security.RateLimiting;

/// <summary>
/// The counters of one process. Expired counters are swept at most once a minute, so a hit never walks the whole
/// table (a single burst of new keys is cleaned on the next sweep).
/// </summary>
public sealed class InMemoryRateLimitCounters(TimeProvider time) : IRateLimitCounters
{
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, Counter> _counters = new(StringComparer.Ordinal);
    private long _nextSweepTicks;

    /// <summary>Counters currently kept (for tests and diagnostics).</summary>
    public int Count => _counters.Count;

    public Task<long> HitAsync(string key, TimeSpan window, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var now = time.GetUtcNow();
        SweepIfDue(now);
        var counter = _counters.GetOrAdd(key, static (_, expires) => new Counter(expires), now + window);
        return Task.FromResult(Interlocked.Increment(ref counter.Hits));
    }

    public Task<long> PeekAsync(string key, CancellationToken cancellationToken = default) =>
        Task.FromResult(_counters.TryGetValue(key, out var counter) && counter.Expires > time.GetUtcNow() ? Interlocked.Read(ref counter.Hits) : 0L);

    private void SweepIfDue(DateTimeOffset now)
    {
        var due = Interlocked.Read(ref _nextSweepTicks);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref _nextSweepTicks, (now + SweepEvery).UtcTicks, due) != due)
        {
            return;
        }
        foreach (var (key, counter) in _counters)
        {
            if (counter.Expires <= now)
            {
                _counters.TryRemove(key, out _);
            }
        }
    }

    private sealed class Counter(DateTimeOffset expires)
    {
        public long Hits;

        public DateTimeOffset Expires { get; } = expires;
    }
}
