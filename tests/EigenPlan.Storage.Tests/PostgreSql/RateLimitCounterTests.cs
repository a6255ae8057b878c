using EigenPlan.Core.Security;
using EigenPlan.Storage.PostgreSql;
using EigenPlan.Storage.Tests.Conformance;

namespace EigenPlan.Storage.Tests.PostgreSql;

/// <summary>
/// The counters in PostgreSQL: the shared contract, and what several instances (two database objects, each with its own
/// pool) see: one count per key, whichever instance counts.
/// </summary>
public sealed class RateLimitCounterTests : RateLimitCountersConformance
{
    private readonly PostgreSqlTestDatabase _database = new();
    private readonly PostgreSqlDatabase _a;
    private readonly PostgreSqlDatabase _b;

    public RateLimitCounterTests()
    {
        _a = _database.Open(Clock);
        _b = _database.Open(Clock);
        A = new PostgreSqlRateLimitCounters(_a);
        B = new PostgreSqlRateLimitCounters(_b);
    }

    private PostgreSqlRateLimitCounters A { get; }

    private PostgreSqlRateLimitCounters B { get; }

    protected override IRateLimitCounters Counters => A;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _a.Dispose();
            _b.Dispose();
            _database.Dispose();
        }
        base.Dispose(disposing);
    }

    [Fact]
    public async Task HitsOnTwoInstances_CountAsOne_PerKey()
    {
        var counts = new List<long>();
        for (var i = 0; i < 6; i++)
        {
            counts.Add(await (i % 2 == 0 ? A : B).HitAsync("code:c:203.0.113.7:1", KeepFor));
        }

        Assert.Equal([1L, 2, 3, 4, 5, 6], counts);
        Assert.Equal(6, await B.PeekAsync("code:c:203.0.113.7:1"));
        Assert.Equal(1, await B.HitAsync("code:c:198.51.100.1:1", KeepFor));
        Assert.Equal(1, await A.HitAsync("create:c:203.0.113.7:1", KeepFor));
    }

    [Fact]
    public async Task ConcurrentHitsFromBothInstances_AreAllCounted()
    {
        var counts = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => (i % 2 == 0 ? A : B).HitAsync("global", KeepFor))));

        Assert.Equal(Enumerable.Range(1, 40).Select(i => (long)i), counts.Order());
    }

    [Fact]
    public async Task RowsWhoseTimeIsUp_AreCleanedUp()
    {
        await A.HitAsync("code:c:203.0.113.7:1", KeepFor);
        await A.HitAsync("code:c:203.0.113.7:1", KeepFor);

        Clock.Advance(KeepFor + TimeSpan.FromMinutes(1));

        Assert.Equal(1, await A.HitAsync("code:c:203.0.113.7:2", KeepFor));
        Assert.Equal("1", _database.Psql("SELECT count(*) FROM rate_limit_counters").Trim());
    }

    [Fact]
    public async Task TheTable_HoldsNoClientAddress()
    {
        await A.HitAsync("code:c:203.0.113.7:1", KeepFor);

        Assert.DoesNotContain("203.0.113.7", _database.Psql("SELECT * FROM rate_limit_counters"), StringComparison.Ordinal);
    }
}
