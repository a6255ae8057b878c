using System.Security.Claims;
using EigenPlan.Web.Access;
using EigenPlan.Web.Components.Pages.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EigenPlan.Web.Tests.Security;

public sealed class StaffOptionsTests
{
    private const string JanKey = "jan-zijn-sleutel-van-24-tekens";
    private const string PietKey = "piet-zijn-sleutel-van-24-tekens";

    private static StaffOptions Bind(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddEigenPlanStaffPreview(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider().GetRequiredService<IOptions<StaffOptions>>().Value;
    }

    [Fact]
    public void NamedKeys_FromConfiguration_AndTheLegacyKey_AreAllUsable()
    {
        var options = Bind(new() { ["Staff:Keys:jan"] = JanKey, ["Staff:Keys:piet"] = PietKey, ["Staff:AccessKey"] = "een-oude-sleutel-van-24-tekens" });

        Assert.Equal(new[] { "jan", "piet", StaffOptions.LegacyKeyName }.Order(), options.AllKeys.Select(k => k.Name).Order());
        Assert.True(options.IsEnabled);
    }

    [Fact]
    public void ShortKey_StopsTheStart_WithAMessageThatNamesTheSettingAndTheMinimum()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Bind(new() { ["Staff:Keys:jan"] = "te-kort", ["Staff:Keys:piet"] = PietKey }));

        var message = Assert.Single(failure.Failures);
        Assert.Contains("Staff:Keys:jan is 7 characters long", message, StringComparison.Ordinal);
        Assert.Contains("at least 24", message, StringComparison.Ordinal);
        Assert.DoesNotContain("te-kort", message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShortLegacyKey_IsRefusedToo()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Bind(new() { ["Staff:AccessKey"] = "kort" }));

        Assert.Contains("Staff:AccessKey is 4 characters long", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoKeys_PreviewIsOff()
    {
        Assert.False(Bind([]).IsEnabled);
    }

    [Fact]
    public void Match_NamesTheKeyThatWasTyped_NullForAWrongOne()
    {
        var access = new StaffAccess(Options.Create(new StaffOptions { Keys = new() { ["jan"] = JanKey, ["piet"] = PietKey } }), NullLogger<StaffAccess>.Instance);

        Assert.Equal("piet", access.Match(PietKey));
        Assert.Equal("jan", access.Match(JanKey));
        Assert.Null(access.Match(JanKey + "x"));
        Assert.Null(access.Match(null));
    }

    [Fact]
    public async Task Policy_AcceptsACookieOfAConfiguredKey_RefusesAChangedOrRemovedKey()
    {
        var current = new StaffOptions { Keys = new() { ["jan"] = JanKey } };
        var handler = new StaffKeyHandler(Options.Create(current));

        Assert.True(await Allows(handler, StaffPrincipal.Create("jan", JanKey)));
        Assert.False(await Allows(handler, StaffPrincipal.Create("jan", "een-eerdere-sleutel-van-jan-24")));
        Assert.False(await Allows(handler, StaffPrincipal.Create("piet", PietKey)));
        Assert.False(await Allows(handler, new ClaimsPrincipal(new ClaimsIdentity([new Claim(StaffPrincipal.KeyNameClaim, "jan"),
            new Claim(StaffPrincipal.KeyClaim, StaffPrincipal.Fingerprint(JanKey))], "Resident"))));
    }

    private static async Task<bool> Allows(StaffKeyHandler handler, ClaimsPrincipal user)
    {
        var requirement = new StaffKeyRequirement();
        var context = new AuthorizationHandlerContext([requirement], user, null);
        await handler.HandleAsync(context);
        return context.HasSucceeded;
    }
}
