using System.Net;
using System.Threading.RateLimiting;
using EigenPlan.Core.Plans;
using EigenPlan.Core.Security;
using EigenPlan.Storage;
using EigenPlan.Web.Security.RateLimiting;
using Microsoft.Extensions.Logging;

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

    private readonly ListLogger _logger = new();

    private CounterRateLimiter Limiter(string client, PolicyLimits limits) => new(_counters, "code", limits, client, _clock, _logger);

    [Fact]
    public async Task EleventhAttempt_IsRefused_AndAfterTheWaitItSaysOneMoreFits()
    {
        var limiter = Limiter("a", Limits(10, 0));
        for (var i = 0; i < 10; i++)
        {
            using var allowed = await limiter.AcquireAsync();
            Assert.True(allowed.IsAcquired);
        }

        using var refused = await limiter.AcquireAsync();

        Assert.False(refused.IsAcquired);
        Assert.True(refused.TryGetMetadata(MetadataName.ReasonPhrase, out var reason));
        Assert.Equal(CounterRateLimiter.ClientReason, reason);
        Assert.True(refused.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter));
        // 11 hits in the window that ends at 10:15; after it, they weigh less every minute: one more fits once
        // 11 × (1 − t/15) + 1 ≤ 10, so t = 15 × 2/11 minutes after 10:15.
        Assert.Equal(TimeSpan.FromMinutes(8) + TimeSpan.FromMinutes(15) * (2.0 / 11), retryAfter);
        _clock.Advance(retryAfter + TimeSpan.FromSeconds(1));
        Assert.True((await limiter.AcquireAsync()).IsAcquired);
    }

    [Fact]
    public async Task WindowsEnd_DoesNotStartTheCountAfresh()
    {
        _clock.Now = new DateTimeOffset(2026, 11, 30, 10, 14, 59, TimeSpan.Zero);
        var limiter = Limiter("a", Limits(2, 0));
        Assert.True((await limiter.AcquireAsync()).IsAcquired);
        Assert.True((await limiter.AcquireAsync()).IsAcquired);

        _clock.Advance(TimeSpan.FromSeconds(2));

        Assert.False((await limiter.AcquireAsync()).IsAcquired);
    }

    [Fact]
    public async Task HalfAWindowLater_HalfThePreviousHitsStillCount()
    {
        _clock.Now = new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);
        var limiter = Limiter("a", Limits(10, 0));
        for (var i = 0; i < 10; i++)
        {
            (await limiter.AcquireAsync()).Dispose();
        }

        // 10:22:30, halfway through the next window: 10 × 0.5 = 5 still count, so five more fit and the sixth does not.
        _clock.Now = new DateTimeOffset(2026, 11, 30, 10, 22, 30, TimeSpan.Zero);
        for (var i = 0; i < 5; i++)
        {
            Assert.True((await limiter.AcquireAsync()).IsAcquired);
        }
        Assert.False((await limiter.AcquireAsync()).IsAcquired);
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
        // 4 hits in this minute: one more fits once 4 × (1 − t/60 s) + 1 ≤ 3 in the next minute, 30 s into it.
        Assert.Equal(TimeSpan.FromSeconds(90), retryAfter);
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
    public async Task CountersThatCannotBeReached_RefuseTheRequest_AndTheFailureIsLogged()
    {
        var limiter = new CounterRateLimiter(new UnreachableCounters(), "code", Limits(10, 300), "a", _clock, _logger);

        using var lease = await limiter.AcquireAsync();

        Assert.False(lease.IsAcquired);
        Assert.True(lease.TryGetMetadata(MetadataName.ReasonPhrase, out var reason));
        Assert.Equal(CounterRateLimiter.UnavailableReason, reason);
        Assert.True(lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter));
        Assert.Equal(CounterRateLimiter.UnavailableWait, retryAfter);
        var logged = Assert.Single(_logger.Entries);
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.Contains("Rate limit code: the counters cannot be reached", logged.Message, StringComparison.Ordinal);
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

    /// <summary>Counters in a database that is down.</summary>
    internal sealed class UnreachableCounters : IRateLimitCounters
    {
        public Task<long> HitAsync(string key, TimeSpan keepFor, CancellationToken cancellationToken = default) =>
            throw new StoreUnavailableException("count a request", new IOException("connection refused"));

        public Task<long> PeekAsync(string key, CancellationToken cancellationToken = default) =>
            throw new StoreUnavailableException("read a request count", new IOException("connection refused"));
    }
}
