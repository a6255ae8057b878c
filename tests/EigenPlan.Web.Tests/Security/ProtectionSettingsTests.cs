using System.Net;
using EigenPlan.Core.Plans;
using EigenPlan.Web.Security;
using EigenPlan.Web.Security.Circuits;
using EigenPlan.Web.Security.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace EigenPlan.Web.Tests.Security;

public sealed class ProtectionSettingsTests
{
    [Fact]
    public void KnownProxiesAndNetworks_AreAddedToLoopback()
    {
        var options = new ForwardedHeadersOptions();
        new ProxySettings { KnownProxies = ["10.0.0.5"], KnownNetworks = ["192.168.10.0/24"], ForwardLimit = 2 }.ApplyTo(options);

        Assert.Contains(IPAddress.Parse("10.0.0.5"), options.KnownProxies);
        Assert.Contains(IPAddress.IPv6Loopback, options.KnownProxies);
        Assert.Contains(System.Net.IPNetwork.Parse("192.168.10.0/24"), options.KnownIPNetworks);
        Assert.Equal(2, options.ForwardLimit);
        Assert.Equal(ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost, options.ForwardedHeaders);
    }

    [Fact]
    public void AProxyThatIsNotAnAddress_StopsTheStart()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => new ProxySettings { KnownProxies = ["nginx.local"] }.ApplyTo(new ForwardedHeadersOptions()));

        Assert.Contains("ForwardedHeaders:KnownProxies", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MessageLimit_HoldsTheWorstAllowedAnswerTwice_AndLittleMore()
    {
        var worstAnswer = (long)PlanLimits.MaxTextLength * SignalRLimits.WorstBytesPerCharacter;

        Assert.True(SignalRLimits.MaxMessageBytes > 2 * worstAnswer);
        Assert.True(SignalRLimits.MaxMessageBytes < 2 * worstAnswer + 8 * 1024);
        Assert.Equal(244_096, SignalRLimits.MaxMessageBytes);
    }

    [Fact]
    public void CircuitCap_CountsPerClient_AndFreesOnClose()
    {
        var circuits = new CircuitsPerClient(Options.Create(new CircuitSettings { MaxPerClient = 2 }));

        Assert.True(circuits.TryOpen("a"));
        Assert.True(circuits.TryOpen("a"));
        Assert.False(circuits.TryOpen("a"));
        Assert.True(circuits.TryOpen("b"));
        circuits.Close("a");
        Assert.True(circuits.TryOpen("a"));
        Assert.Equal(2, circuits.LiveOf("a"));
    }

    [Fact]
    public void DefaultLimits_AreTheReviewedOnes()
    {
        var settings = new RateLimitSettings();

        Assert.Equal((10, TimeSpan.FromMinutes(15)), (settings.Code.PerClient.Permits, settings.Code.PerClient.Window));
        Assert.Equal((10, TimeSpan.FromHours(1)), (settings.Create.PerClient.Permits, settings.Create.PerClient.Window));
        Assert.Equal((60, TimeSpan.FromMinutes(1)), (settings.Create.Global.Permits, settings.Create.Global.Window));
        Assert.Equal((5, TimeSpan.FromMinutes(1)), (settings.Staff.PerClient.Permits, settings.Staff.PerClient.Window));
        Assert.Null(settings.Problem());
        Assert.Equal(20, new CircuitSettings().MaxPerClient);
    }
}
