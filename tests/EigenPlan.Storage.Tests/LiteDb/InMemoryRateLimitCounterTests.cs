using EigenPlan.Core.Security;
using EigenPlan.Storage.Tests.Conformance;

namespace EigenPlan.Storage.Tests.LiteDb;

/// <summary>The counters of one instance on LiteDB (in memory), and that the LiteDB registration provides them.</summary>
public sealed class InMemoryRateLimitCounterTests : RateLimitCountersConformance
{
    private readonly InMemoryRateLimitCounters _counters;

    public InMemoryRateLimitCounterTests() => _counters = new InMemoryRateLimitCounters(Clock);

    protected override IRateLimitCounters Counters => _counters;

    [Fact]
    public async Task CountersWhoseTimeIsUp_AreForgotten()
    {
        await _counters.HitAsync("a", KeepFor);
        await _counters.HitAsync("b", TimeSpan.FromHours(2));

        Clock.Advance(TimeSpan.FromHours(1));
        await _counters.HitAsync("c", KeepFor);

        Assert.Equal(2, _counters.Count);
    }
}
