using System.Diagnostics;
using System.Net;
using EigenPlan.Web.Access;
using Microsoft.AspNetCore.Http;

namespace EigenPlan.Web.Tests;

/// <summary>The pieces around a resident's sign-in that need no browser: device labels and the limits on typing codes.</summary>
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
    public void CodeChecks_TenPerClient_TheEleventhWaits_OtherClientsDoNot()
    {
        using var limits = new CodeAttemptLimits();
        var client = Request("203.0.113.7");
        for (var i = 0; i < CodeAttemptLimits.PerClient; i++)
        {
            Assert.Null(limits.TryBegin(client));
        }

        var wait = limits.TryBegin(client);

        Assert.NotNull(wait);
        Assert.InRange(wait.Value, TimeSpan.FromSeconds(1), CodeAttemptLimits.Window);
        Assert.Matches("^Je hebt te vaak een code geprobeerd\\. Probeer het over \\d+ minuten? opnieuw\\.$", CodeAttemptLimits.Message(wait.Value));
        Assert.Null(limits.TryBegin(Request("203.0.113.8")));
    }

    [Fact]
    public async Task WrongCodesForOnePlanId_SlowThatIdDown_NeverLockIt_OtherIdsAreNotSlowed()
    {
        using var limits = new CodeAttemptLimits();
        for (var i = 0; i < CodeAttemptLimits.WrongBeforeDelay; i++)
        {
            limits.CountWrong("K7P29X");
        }

        var watch = Stopwatch.StartNew();
        await limits.SlowDownIfGuessedAsync("K7P29X");
        var slowed = watch.Elapsed;
        watch.Restart();
        await limits.SlowDownIfGuessedAsync("ZZZZZZ");
        var other = watch.Elapsed;

        Assert.True(slowed >= CodeAttemptLimits.Delay - TimeSpan.FromMilliseconds(50), $"waited {slowed.TotalMilliseconds} ms");
        Assert.True(other < TimeSpan.FromMilliseconds(200), $"waited {other.TotalMilliseconds} ms");
    }

    private static DefaultHttpContext Request(string address) => new() { Connection = { RemoteIpAddress = IPAddress.Parse(address) } };
}
