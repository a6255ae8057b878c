using System.Net;
using System.Threading.RateLimiting;
using EigenPlan.Web.Security.RateLimiting;

namespace EigenPlan.Web.Tests.Security;

public sealed class CounterRateLimiterTests
{
    // 10:07 UTC: 7 minutes into a 15-minute window that started at 10:00.
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 10, 7, 0, TimeSpan.Zero);
    private readonly MovableClock _clock = new(Start);
    private readonly InMemoryRateLimitCounters _counters;

    public CounterRateLimiterTests() => _counters = new InMemoryRateLimitCounters(_clock);

    private static PolicyLimits Limits(int perClient, int global) => new()
    {
        PerClient = new WindowLimit { Permits = perClient, Window = TimeSpan.FromMinutes(15) },
        Global = new WindowLimit { Permits = global, Window = TimeSpan.FromMinutes(1) },
    };

    private CounterRateLimiter Limiter(string client, PolicyLimits limits) => new(_counters, "code", limits, client, _clock);

    [Fact]
    public async Task EleventhAttempt_InTheWindow_IsRefused_WithTheTimeUntilTheWindowEnds()
    {
        var limiter = Limiter("a", Limits(10, 0));
        for (var i = 0; i < 10; i++)
        {
            using var allowed = await limiter.AcquireAsync();
            Assert.True(allowed.IsAcquired);
        }

        using var refused = await limiter.AcquireAsync();

        Assert.False(refused.IsAcquired);
        Assert.True(refused.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter));
        Assert.Equal(TimeSpan.FromMinutes(8), retryAfter);
        Assert.True(refused.TryGetMetadata(MetadataName.ReasonPhrase, out var reason));
        Assert.Equal(CounterRateLimiter.ClientReason, reason);
    }

    [Fact]
    public async Task NextWindow_AllowsAgain()
    {
        var limiter = Limiter("a", Limits(2, 0));
        (await limiter.AcquireAsync()).Dispose();
        (await limiter.AcquireAsync()).Dispose();
        Assert.False((await limiter.AcquireAsync()).IsAcquired);

        _clock.Advance(TimeSpan.FromMinutes(8));

        Assert.True((await limiter.AcquireAsync()).IsAcquired);
    }

    [Fact]
    public async Task OtherClient_IsNotAffected_ByOneClientsAttempts()
    {
        var limits = Limits(3, 0);
        var noisy = Limiter("a", limits);
        for (var i = 0; i < 5; i++)
        {
            (await noisy.AcquireAsync()).Dispose();
        }

        Assert.True((await Limiter("b", limits).AcquireAsync()).IsAcquired);
    }

    [Fact]
    public async Task GlobalLimit_RefusesEveryClient_OnceReached()
    {
        var limits = Limits(100, 3);
        for (var i = 0; i < 3; i++)
        {
            Assert.True((await Limiter("client-" + i, limits).AcquireAsync()).IsAcquired);
        }

        using var refused = await Limiter("client-new", limits).AcquireAsync();

        Assert.False(refused.IsAcquired);
        Assert.True(refused.TryGetMetadata(MetadataName.ReasonPhrase, out var reason));
        Assert.Equal(CounterRateLimiter.GlobalReason, reason);
        Assert.True(refused.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter));
        Assert.Equal(TimeSpan.FromMinutes(1), retryAfter);
    }

    [Fact]
    public async Task ClientOverItsLimit_DoesNotUseUpTheGlobalLimit()
    {
        var limits = Limits(1, 3);
        var noisy = Limiter("a", limits);
        for (var i = 0; i < 10; i++)
        {
            (await noisy.AcquireAsync()).Dispose();
        }

        Assert.True((await Limiter("b", limits).AcquireAsync()).IsAcquired);
        Assert.True((await Limiter("c", limits).AcquireAsync()).IsAcquired);
    }

    [Fact]
    public async Task SynchronousAttempt_NeverCounts_SoTheMiddlewareTakesTheAsyncPath()
    {
        var limiter = Limiter("a", Limits(1, 0));

        for (var i = 0; i < 5; i++)
        {
            Assert.False(limiter.AttemptAcquire().IsAcquired);
        }

        Assert.True((await limiter.AcquireAsync()).IsAcquired);
    }

    [Fact]
    public async Task Counters_ForgetExpiredWindows()
    {
        var limiter = Limiter("a", Limits(10, 10));
        (await limiter.AcquireAsync()).Dispose();
        Assert.Equal(2, _counters.Count);

        _clock.Advance(TimeSpan.FromHours(1));
        (await Limiter("b", Limits(10, 0)).AcquireAsync()).Dispose();

        Assert.Equal(1, _counters.Count);
    }

    [Fact]
    public void ClientPartition_GroupsAnIPv6ClientByItsSlash64_AndNeverHoldsTheAddress()
    {
        var one = ClientPartition.Of(IPAddress.Parse("2001:db8:1:2::10"));
        var sameNetwork = ClientPartition.Of(IPAddress.Parse("2001:db8:1:2:ffff::1"));
        var otherNetwork = ClientPartition.Of(IPAddress.Parse("2001:db8:1:3::10"));
        var v4 = ClientPartition.Of(IPAddress.Parse("203.0.113.7"));

        Assert.Equal(one, sameNetwork);
        Assert.NotEqual(one, otherNetwork);
        Assert.Equal(v4, ClientPartition.Of(IPAddress.Parse("203.0.113.7").MapToIPv6()));
        Assert.DoesNotContain("203", v4, StringComparison.Ordinal);
    }
}
