using EigenPlan.Core.Security;

namespace EigenPlan.Storage.Tests.Conformance;

/// <summary>
/// The <see cref="IRateLimitCounters"/> contract every provider keeps (in memory for LiteDB, a table for PostgreSQL): the
/// web's rate limiter and wrong-code slow-down count on it the same way on both.
/// </summary>
public abstract class RateLimitCountersConformance : IDisposable
{
    protected static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(30);

    protected ManualClock Clock { get; } = new();

    /// <summary>The provider's counters on a fresh, empty store, on <see cref="Clock"/>.</summary>
    protected abstract IRateLimitCounters Counters { get; }

    [Fact]
    public async Task Hits_CountUpPerKey_IncludingThisHit()
    {
        var counts = new List<long>();
        for (var i = 0; i < 4; i++)
        {
            counts.Add(await Counters.HitAsync("code:c:abc:1234", KeepFor));
        }

        Assert.Equal([1L, 2, 3, 4], counts);
        Assert.Equal(1, await Counters.HitAsync("code:c:abc:1235", KeepFor));
        Assert.Equal(1, await Counters.HitAsync("code:g:1234", KeepFor));
    }

    [Fact]
    public async Task Peek_ReadsWithoutCounting_AndAnUnknownKeyIsZero()
    {
        await Counters.HitAsync("wrong-code:K7P29X:9", KeepFor);
        await Counters.HitAsync("wrong-code:K7P29X:9", KeepFor);

        Assert.Equal(2, await Counters.PeekAsync("wrong-code:K7P29X:9"));
        Assert.Equal(2, await Counters.PeekAsync("wrong-code:K7P29X:9"));
        Assert.Equal(0, await Counters.PeekAsync("wrong-code:ZZZZZZ:9"));
    }

    [Fact]
    public async Task ACounterLivesItsTimeFromTheFirstHit_ThenReadsZero_AndStartsAgainAtOne()
    {
        await Counters.HitAsync("create:c:abc:7", KeepFor);
        Clock.Advance(KeepFor - TimeSpan.FromSeconds(1));
        Assert.Equal(2, await Counters.HitAsync("create:c:abc:7", KeepFor));

        Clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(0, await Counters.PeekAsync("create:c:abc:7"));
        Assert.Equal(1, await Counters.HitAsync("create:c:abc:7", KeepFor));
        Assert.Equal(1, await Counters.PeekAsync("create:c:abc:7"));
    }

    [Fact]
    public async Task ConcurrentHits_AreAllCounted_EachWithItsOwnCount()
    {
        var counts = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Task.Run(() => Counters.HitAsync("code:g:1", KeepFor))));

        Assert.Equal(Enumerable.Range(1, 40).Select(i => (long)i), counts.Order());
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }
}
