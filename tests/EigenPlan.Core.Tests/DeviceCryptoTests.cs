using EigenPlan.Core.Plans;
using EigenPlan.Core.Security;

namespace EigenPlan.Core.Tests;

public class DeviceCryptoTests
{
    private static readonly PlanId Id = new("K7P29X");

    [Fact]
    public void Credential_IsRandomPerDevice_AndRoundTripsThroughItsParts()
    {
        var a = DeviceCredential.New(Id);
        var b = DeviceCredential.New(Id);

        Assert.NotEqual(a.DeviceId, b.DeviceId);
        Assert.NotEqual(a.Secret, b.Secret);
        Assert.Matches("^[A-Za-z0-9_-]{22}$", a.DeviceId);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", a.Secret);
        Assert.True(DeviceCredential.TryParse(Id.Value.ToLowerInvariant(), a.DeviceId, a.Secret, out var back));
        Assert.Equal((Id, a.DeviceId, a.Secret), (back!.PlanId, back.DeviceId, back.Secret));
    }

    [Fact]
    public void Credential_ToString_NeverShowsTheSecret()
    {
        var credential = DeviceCredential.New(Id);
        Assert.DoesNotContain(credential.Secret, credential.ToString(), StringComparison.Ordinal);
        Assert.Contains(credential.DeviceId, credential.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("K7P29X", "AAAAAAAAAAAAAAAAAAAAAA", "kort")]
    [InlineData("K7P29X", "kort", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("K7P2", "AAAAAAAAAAAAAAAAAAAAAA", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("K7P29X", "AAAAAAAAAAAAAAAAAAAAAA", "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!")]
    [InlineData(null, null, null)]
    public void Credential_Malformed_IsNotACredential(string? planId, string? deviceId, string? secret) =>
        Assert.False(DeviceCredential.TryParse(planId, deviceId, secret, out _));

    [Fact]
    public void PlanKeyCopy_OpensOnlyWithThisDevicesSecret_AndOnlyForThisDeviceAndPlan()
    {
        var planKey = PlanCrypto.NewPlanKey();
        var device = DeviceCredential.New(Id);
        var box = DeviceCrypto.WrapPlanKey(device, planKey);

        Assert.Equal(planKey, DeviceCrypto.UnwrapPlanKey(device, box));
        Assert.Null(DeviceCrypto.UnwrapPlanKey(DeviceCredential.New(Id), box));
        // Same secret, other device id or other plan: the box was moved, it does not open.
        Assert.True(DeviceCredential.TryParse(Id.Value, DeviceCredential.New(Id).DeviceId, device.Secret, out var otherDevice));
        Assert.Null(DeviceCrypto.UnwrapPlanKey(otherDevice!, box));
        Assert.True(DeviceCredential.TryParse("ZZZZZZ", device.DeviceId, device.Secret, out var otherPlan));
        Assert.Null(DeviceCrypto.UnwrapPlanKey(otherPlan!, box));
    }

    [Fact]
    public void Verifier_MatchesOnlyTheSecret_AndIsNotTheSecret()
    {
        var device = DeviceCredential.New(Id);
        var verifier = DeviceCrypto.ComputeVerifier(device);

        Assert.True(DeviceCrypto.Matches(device, verifier));
        Assert.False(DeviceCrypto.Matches(DeviceCredential.New(Id), verifier));
        Assert.Equal(32, verifier.Length);
        Assert.NotEqual(Convert.FromBase64String(device.Secret.Replace('-', '+').Replace('_', '/') + "="), verifier);
    }

    [Fact]
    public void Label_IsSealedUnderThePlanKey_ForOneDevice()
    {
        var planKey = PlanCrypto.NewPlanKey();
        var box = DeviceCrypto.SealLabel(planKey, Id, "dev1", "Firefox op Windows");

        Assert.Equal("Firefox op Windows", DeviceCrypto.OpenLabel(planKey, Id, "dev1", box));
        Assert.Null(DeviceCrypto.OpenLabel(planKey, Id, "dev2", box));
        Assert.Null(DeviceCrypto.OpenLabel(PlanCrypto.NewPlanKey(), Id, "dev1", box));
    }

    [Theory]
    [InlineData(null, NewDevice.UnknownLabel)]
    [InlineData("   ", NewDevice.UnknownLabel)]
    [InlineData("  Chrome   op\tAndroid ", "Chrome op Android")]
    [InlineData("Safari\u0000 op iPhone", "Safari op iPhone")]
    public void NewDevice_Label_IsTidied(string? label, string expected) =>
        Assert.Equal(expected, new NewDevice(label, shared: false).Label);

    [Fact]
    public void NewDevice_LongLabel_IsCut() =>
        Assert.Equal(NewDevice.MaxLabelLength, new NewDevice(new string('x', 500), shared: true).Label.Length);

    [Fact]
    public void Lifetime_SharedComputer12Hours_Fixed_PersonalDevice90Days_RenewedOnUse()
    {
        var now = new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);
        Assert.Equal(now.AddHours(12), DeviceLifetime.ExpiresAt(shared: true, now));
        Assert.Equal(now.AddDays(90), DeviceLifetime.ExpiresAt(shared: false, now));
        Assert.Equal(now.AddHours(12), DeviceLifetime.Renewed(shared: true, now.AddHours(12), now.AddHours(5)));
        Assert.Equal(now.AddDays(100), DeviceLifetime.Renewed(shared: false, now.AddDays(90), now.AddDays(10)));
        Assert.False(DeviceLifetime.ShouldTouch(now, now.AddMinutes(59)));
        Assert.True(DeviceLifetime.ShouldTouch(now, now.AddHours(1)));
    }
}
