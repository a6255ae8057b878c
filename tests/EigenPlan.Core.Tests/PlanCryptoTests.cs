using System.Text;
using EigenPlan.Core.Security;

namespace EigenPlan.Core.Tests;

public class PlanCryptoTests
{
    private const int FastIterations = 1_000;

    [Fact]
    public void DeviceKey_SameCodeAndSalt_SameKey_OtherSaltOrCode_Different()
    {
        var code = PersonalCode.Generate();
        var salt = PlanCrypto.NewSalt();
        var a = PlanCrypto.DeriveDeviceKey(code, salt, FastIterations);

        Assert.Equal(a.Value, PlanCrypto.DeriveDeviceKey(code, salt, FastIterations).Value);
        Assert.NotEqual(a.Value, PlanCrypto.DeriveDeviceKey(code, PlanCrypto.NewSalt(), FastIterations).Value);
        Assert.NotEqual(a.Value, PlanCrypto.DeriveDeviceKey(PersonalCode.Generate(), salt, FastIterations).Value);
        Assert.True(a.Matches(a.ComputeVerifier()));
    }

    [Fact]
    public void DeviceKey_RoundTripsAsBase64Url_AndDoesNotContainTheCode()
    {
        var code = PersonalCode.Generate();
        var key = PlanCrypto.DeriveDeviceKey(code, PlanCrypto.NewSalt(), FastIterations);

        Assert.Matches("^[A-Za-z0-9_-]+$", key.Value);
        Assert.True(DeviceKey.TryParse(key.Value, out var back));
        Assert.Equal(key.Value, back!.Value);
        Assert.DoesNotContain(code.SecretPart, key.Value, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("DeviceKey(…)", key.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("not base64 !!")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void DeviceKey_TryParse_Garbage_IsFalse(string? value)
    {
        Assert.False(DeviceKey.TryParse(value, out _));
    }

    [Fact]
    public void Envelope_RoundTrips_AndIsBoundToThePlanId()
    {
        var code = PersonalCode.Generate();
        var owner = PlanCrypto.DeriveDeviceKey(code, PlanCrypto.NewSalt(), FastIterations);
        var planKey = PlanCrypto.NewPlanKey();
        var wrapped = PlanCrypto.WrapPlanKey(owner, planKey, code.PlanId);
        var content = PlanCrypto.EncryptContent(planKey, Encoding.UTF8.GetBytes("geheim"), code.PlanId);
        var other = new PlanId(code.PlanId.Value == "0000" ? "0001" : "0000");

        Assert.Equal(planKey, PlanCrypto.UnwrapPlanKey(owner, wrapped, code.PlanId));
        Assert.Equal("geheim", Encoding.UTF8.GetString(PlanCrypto.DecryptContent(planKey, content, code.PlanId)!));
        Assert.Null(PlanCrypto.UnwrapPlanKey(owner, wrapped, other));
        Assert.Null(PlanCrypto.DecryptContent(planKey, content, other));
    }

    [Fact]
    public void Encrypt_UsesFreshNonce_AndDetectsTampering()
    {
        var id = PersonalCode.Generate().PlanId;
        var key = PlanCrypto.NewPlanKey();
        var a = PlanCrypto.EncryptContent(key, "x"u8, id);
        var b = PlanCrypto.EncryptContent(key, "x"u8, id);
        Assert.NotEqual(a.Nonce, b.Nonce);

        a.Ciphertext[0] ^= 1;
        Assert.Null(PlanCrypto.DecryptContent(key, a, id));
        Assert.Null(PlanCrypto.DecryptContent(PlanCrypto.NewPlanKey(), b, id));
    }
}
