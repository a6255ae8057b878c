using System.Buffers.Text;
using EigenPlan.Core.Security;
using EigenPlan.Core.SharedPlans;

namespace EigenPlan.Core.Tests;

/// <summary>
/// Boxes sealed by the code before <see cref="AesGcmBox"/> existed (PlanCrypto and SharedPlanCrypto each had their own
/// seal, commit 802cb27), written down as hex. They must keep opening: plans in existing databases were sealed that way,
/// so the format and every associated-data string (purpose, ids, version) must stay as they are.
/// </summary>
public class SealedFormatTests
{
    private static readonly PersonalCode Code = PersonalCode.Parse("31B5-81SJ-0699-D8P3-N7YB").Code!;
    private static readonly PlanId Id = Code.PlanId;
    private static readonly byte[] PlanKey = Bytes(0x20, 32);
    private static readonly byte[] SharedKey = Bytes(0x40, 32);
    private static readonly DeviceKey Owner = PlanCrypto.DeriveDeviceKey(Code, Bytes(0, 16), 1_000);

    [Fact]
    public void PlanKey_WrappedByTheOldCode_StillUnwraps() =>
        Assert.Equal(PlanKey, PlanCrypto.UnwrapPlanKey(Owner, Box("A8DCEE1B53D2F5112A102EC5",
            "37A36F6FE6C0016F3A142BACF3C70E29E69F349FEBFA0DA34E19348C14F8314021D91BFEEC2900D8273098778BE2F899"), Id));

    [Fact]
    public void Code_SealedByTheOldCode_StillOpens() =>
        Assert.Equal(Code.ToString(), PlanCrypto.UnwrapCode(Owner, Box("FCF64FDC740FE74BB3372E50",
            "2A67158DF57140EEACFF17465F92F2EFD31BB4489DEB32C6D1BFB49177247056C31E0482C1A08695"), Id)?.ToString());

    [Fact]
    public void Content_EncryptedByTheOldCode_StillDecrypts() =>
        Assert.Equal("geheim"u8.ToArray(), PlanCrypto.DecryptContent(PlanKey, Box("F3B8DD535856C350AC945388",
            "C4311478C0660BD60E54B60660C40CBE574C283E2667"), Id));

    [Fact]
    public void SharedKey_WrappedByTheOldCode_StillUnwraps() =>
        Assert.Equal(SharedKey, SharedPlanCrypto.UnwrapSharedKey(PlanKey, Box("EE5A40BF01E4CB98C85B974C",
            "840A13AF5AFF10C5F2B4A97CDD3362DFA18ED6E846735E98B9590F0987D524BDCC4F11E470AB37EB39E9D6C102FCC3B1"), Id));

    [Fact]
    public void SharedContent_EncryptedByTheOldCode_StillDecrypts() =>
        Assert.Equal("samen"u8.ToArray(), SharedPlanCrypto.Decrypt(SharedKey, Box("D9A31534FBEFF9014DE56370",
            "D9FC07A475456BB8714867A193E87A293F3CF644C3"), Id));

    [Fact]
    public void InvitationCopy_WrappedByTheOldCode_StillUnwraps()
    {
        Assert.True(InvitationToken.TryParse(Base64Url.EncodeToString(Bytes(0x60, 32)), out var token));
        var binding = new InvitationBinding("inv1", "p1", InvitationRole.Contribute, new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal(SharedKey, SharedPlanCrypto.UnwrapForInvitation(token!, Box("8853B9428ACF965788098DB5",
            "BE6B0B2DEE0217640522AC880CEE7C4480F918C85F5AB8ADCE7F1FFB6E3F7BEB4D68E0E12F70AD590801BA175E8050A6"), Id, binding));
    }

    [Fact]
    public void AssociatedData_IsThePurposeStringOfBefore()
    {
        // Sealed here with the literal strings the old code bound in: if a purpose string changes, these stop opening.
        Assert.NotNull(PlanCrypto.DecryptContent(PlanKey, AesGcmBox.Seal(PlanKey, "x"u8, Ascii($"eigenplan/content/v1/{Id.Value}")), Id));
        Assert.NotNull(PlanCrypto.UnwrapPlanKey(Owner, AesGcmBox.Seal(Owner.OwnerKey, PlanKey, Ascii($"eigenplan/plankey/v1/{Id.Value}")), Id));
        Assert.NotNull(SharedPlanCrypto.UnwrapSharedKey(PlanKey, AesGcmBox.Seal(PlanKey, SharedKey, Ascii($"eigenplan/shared-key/{Id.Value}/v1")), Id));
        Assert.NotNull(SharedPlanCrypto.Decrypt(SharedKey, AesGcmBox.Seal(SharedKey, "x"u8, Ascii($"eigenplan/shared-content/{Id.Value}/v1")), Id));
    }

    private static SealedBox Box(string nonce, string ciphertext) => new(Convert.FromHexString(nonce), Convert.FromHexString(ciphertext));

    private static byte[] Bytes(int from, int count) => Enumerable.Range(from, count).Select(i => (byte)i).ToArray();

    private static byte[] Ascii(string text) => System.Text.Encoding.ASCII.GetBytes(text);
}
