using System.Text;
using EigenPlan.Core.Security;

namespace EigenPlan.Core.Tests;

public class PlanCryptoTests
{
    private const int FastIterations = 1_000;

    [Fact]
    public void CodeKey_SameCodeAndSalt_SameKey_OtherSaltOrCode_Different()
    {
        var code = PersonalCode.Generate();
        var salt = PlanCrypto.NewSalt();
        var a = PlanCrypto.DeriveCodeKey(code, salt, FastIterations);

        Assert.Equal(a.ComputeVerifier(), PlanCrypto.DeriveCodeKey(code, salt, FastIterations).ComputeVerifier());
        Assert.NotEqual(a.ComputeVerifier(), PlanCrypto.DeriveCodeKey(code, PlanCrypto.NewSalt(), FastIterations).ComputeVerifier());
        Assert.NotEqual(a.ComputeVerifier(), PlanCrypto.DeriveCodeKey(PersonalCode.Generate(), salt, FastIterations).ComputeVerifier());
        Assert.True(a.Matches(a.ComputeVerifier()));
        Assert.Equal("CodeKey(…)", a.ToString());
    }

    [Fact]
    public void Envelope_RoundTrips_AndIsBoundToThePlanId()
    {
        var code = PersonalCode.Generate();
        var owner = PlanCrypto.DeriveCodeKey(code, PlanCrypto.NewSalt(), FastIterations);
        var planKey = PlanCrypto.NewPlanKey();
        var wrapped = PlanCrypto.WrapPlanKey(owner, planKey, code.PlanId);
        var content = PlanCrypto.EncryptContent(planKey, Encoding.UTF8.GetBytes("geheim"), code.PlanId);
        var other = new PlanId(code.PlanId.Value == "000000" ? "000001" : "000000");

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
