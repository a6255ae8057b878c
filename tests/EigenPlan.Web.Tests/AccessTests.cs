using System.Diagnostics;
using EigenPlan.Core.Security;
using EigenPlan.Storage;
using EigenPlan.Web.Access;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EigenPlan.Web.Tests;

/// <summary>The pieces around a resident's sign-in that need no browser: device labels and the slow-down on wrong codes.</summary>
public class AccessTests
{
    [Theory]
    [InlineData("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36", "Chrome op Android")]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1", "Safari op iPhone")]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36 Edg/126.0", "Edge op Windows")]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0", "Firefox op Windows")]
    [InlineData("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15", "Safari op Mac")]
    [InlineData("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/130.0 Safari/537.36", "Chrome op Linux")]
    [InlineData("curl/8.5.0", "Een browser")]
    [InlineData(null, "Onbekende browser")]
    public void DeviceLabel_IsCoarse_BrowserAndSystemOnly(string? userAgent, string expected) =>
        Assert.Equal(expected, DeviceLabel.FromUserAgent(userAgent));

    [Fact]
    public async Task WrongCodesForOnePlanId_SlowThatIdDown_NeverLockIt_OtherIdsAreNotSlowed()
    {
        var limits = Limits(new InMemoryRateLimitCounters(TimeProvider.System));
        for (var i = 0; i < CodeAttemptLimits.WrongBeforeDelay; i++)
        {
            await limits.CountWrongAsync("K7P29X");
        }

        var slowed = await TimeAsync(() => limits.SlowDownIfGuessedAsync("K7P29X"));
        var other = await TimeAsync(() => limits.SlowDownIfGuessedAsync("ZZZZZZ"));

        Assert.True(slowed >= CodeAttemptLimits.Delay - TimeSpan.FromMilliseconds(50), $"waited {slowed.TotalMilliseconds} ms");
        Assert.True(other < TimeSpan.FromMilliseconds(200), $"waited {other.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task WrongCodesCountedOnOneInstance_SlowTheIdDownOnAnother_ThroughTheSharedCounters()
    {
        var shared = new InMemoryRateLimitCounters(TimeProvider.System);
        var (a, b) = (Limits(shared), Limits(shared));
        for (var i = 0; i < CodeAttemptLimits.WrongBeforeDelay; i++)
        {
            await (i % 2 == 0 ? a : b).CountWrongAsync("K7P29X");
        }

        var almost = await TimeAsync(() => Limits(new InMemoryRateLimitCounters(TimeProvider.System)).SlowDownIfGuessedAsync("K7P29X"));
        var slowed = await TimeAsync(() => b.SlowDownIfGuessedAsync("K7P29X"));

        Assert.True(almost < TimeSpan.FromMilliseconds(200), $"an instance with its own counters waited {almost.TotalMilliseconds} ms");
        Assert.True(slowed >= CodeAttemptLimits.Delay - TimeSpan.FromMilliseconds(50), $"waited {slowed.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task CountersThatCannotBeReached_SlowDownAnyway_AndTheFailuresAreLogged()
    {
        var logger = new ListLogger();
        var limits = new CodeAttemptLimits(new Security.CounterRateLimiterTests.UnreachableCounters(), TimeProvider.System,
            new ListLogger<CodeAttemptLimits>(logger));

        await limits.CountWrongAsync("K7P29X");
        var slowed = await TimeAsync(() => limits.SlowDownIfGuessedAsync("ZZZZZZ"));

        Assert.True(slowed >= CodeAttemptLimits.Delay - TimeSpan.FromMilliseconds(50), $"waited {slowed.TotalMilliseconds} ms");
        Assert.Equal(2, logger.Entries.Count(e => e.Level == LogLevel.Error && e.Message.StartsWith("Wrong-code slow-down: could not", StringComparison.Ordinal)));
        Assert.DoesNotContain(logger.Entries, e => e.Message.Contains("K7P29X", StringComparison.Ordinal) || e.Message.Contains("ZZZZZZ", StringComparison.Ordinal));
    }

    private static CodeAttemptLimits Limits(IRateLimitCounters counters) =>
        new(counters, TimeProvider.System, NullLogger<CodeAttemptLimits>.Instance);

    private static async Task<TimeSpan> TimeAsync(Func<Task> action)
    {
        var watch = Stopwatch.StartNew();
        await action();
        return watch.Elapsed;
    }
}
