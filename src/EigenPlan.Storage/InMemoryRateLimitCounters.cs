using System.Collections.Concurrent;
using EigenPlan.Core.Security;

namespace EigenPlan.Storage;

/// <summary>
/// <see cref="IRateLimitCounters"/> of one process, for one instance on LiteDB (several instances share the PostgreSQL
/// provider's counters instead). Counters whose time is up are swept at most once a minute, so a hit never walks the
/// whole table (a single burst of new keys is cleaned on the next sweep).
/// </summary>
public sealed class InMemoryRateLimitCounters(TimeProvider time) : IRateLimitCounters
{
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, Counter> _counters = new(StringComparer.Ordinal);
    private long _nextSweepTicks;

    /// <summary>Counters currently kept (for tests and diagnostics).</summary>
    public int Count => _counters.Count;

    public Task<long> HitAsync(string key, TimeSpan keepFor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var now = time.GetUtcNow();
        SweepIfDue(now);
        var counter = _counters.GetOrAdd(key, static (_, expires) => new Counter(expires), now + keepFor);
        if (counter.Expires <= now)
        {
            // Its time is up: a new counter starts at one (the one that wins the swap counts this hit).
            var fresh = new Counter(now + keepFor);
            counter = _counters.TryUpdate(key, fresh, counter) ? fresh : _counters.GetOrAdd(key, fresh);
        }
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
                _counters.TryRemove(new KeyValuePair<string, Counter>(key, counter));
            }
        }
    }

    private sealed class Counter(DateTimeOffset expires)
    {
        public long Hits;

        public DateTimeOffset Expires { get; } = expires;
    }
}
