using EigenPlan.Storage.PostgreSql;
using EigenPlan.Storage.Tests.Conformance;

namespace EigenPlan.Storage.Tests.PostgreSql;

/// <summary>Fixed-window counters shared by two instances (two database objects): one count per key and window.</summary>
public sealed class RateLimitCounterTests : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    private readonly PostgreSqlTestDatabase _database = new();
    private readonly ManualClock _clock = new();
    private readonly PostgreSqlDatabase _a;
    private readonly PostgreSqlDatabase _b;

    public RateLimitCounterTests()
    {
        _a = _database.Open(_clock);
        _b = _database.Open(_clock);
    }

    public void Dispose()
    {
        _a.Dispose();
        _b.Dispose();
        _database.Dispose();
    }

    [Fact]
    public async Task HitsOnTwoInstances_CountAsOne_PerKey()
    {
        var a = new PostgreSqlRateLimitCounters(_a);
        var b = new PostgreSqlRateLimitCounters(_b);

        var counts = new List<long>();
        for (var i = 0; i < 6; i++)
        {
            counts.Add(await (i % 2 == 0 ? a : b).HitAsync("code|203.0.113.7", Window));
        }

        Assert.Equal([1L, 2, 3, 4, 5, 6], counts);
        Assert.Equal(1, await b.HitAsync("code|198.51.100.1", Window));
        Assert.Equal(1, await a.HitAsync("create|203.0.113.7", Window));
    }

    [Fact]
    public async Task ConcurrentHitsFromBothInstances_AreAllCounted()
    {
        var a = new PostgreSqlRateLimitCounters(_a);
        var b = new PostgreSqlRateLimitCounters(_b);

        var counts = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => (i % 2 == 0 ? a : b).HitAsync("global", Window))));

        Assert.Equal(Enumerable.Range(1, 40).Select(i => (long)i), counts.Order());
    }

    [Fact]
    public async Task ANewWindow_StartsAgainAtOne_AndOldWindowsAreCleanedUp()
    {
        var a = new PostgreSqlRateLimitCounters(_a);
        await a.HitAsync("code|203.0.113.7", Window);
        await a.HitAsync("code|203.0.113.7", Window);

        _clock.Advance(Window);

        Assert.Equal(1, await a.HitAsync("code|203.0.113.7", Window));
        Assert.Equal("1", _database.Psql("SELECT count(*) FROM rate_limit_counters").Trim());
    }

    [Fact]
    public async Task TheTable_HoldsNoClientAddress()
    {
        await new PostgreSqlRateLimitCounters(_a).HitAsync("code|203.0.113.7", Window);

        Assert.DoesNotContain("203.0.113.7", _database.Psql("SELECT * FROM rate_limit_counters"), StringComparison.Ordinal);
    }
}
