using System.Buffers.Text;
using EigenPlan.Core.Security;
using EigenPlan.Core.SharedPlans;

namespace EigenPlan.Core.Tests;

/// <summary>
/// Boxes sealed by store contract v2 (six-character ids, device keys, invitation KEKs), written down as hex. Content and
/// shared-plan boxes are sealed as before <see cref="AesGcmBox"/> existed, only with a six-character id. They must keep opening: the
/// format and every associated-data string (purpose, ids, version) must stay as they are, or stored data stops opening.
/// (Plans made before v2 — four-character ids, the code sealed under the owner key — need not open; none were in production.)
/// </summary>
public class SealedFormatTests
{
    private static readonly PersonalCode Code = PersonalCode.Parse("31B5-81SJ-0699-D8P3-N7YB").Code!;
    private static readonly PlanId Id = Code.PlanId;
    private static readonly byte[] PlanKey = Bytes(0x20, 32);
    private static readonly byte[] SharedKey = Bytes(0x40, 32);
    private static readonly byte[] Kek = Bytes(0x80, 32);
    private static readonly CodeKey Owner = PlanCrypto.DeriveCodeKey(Code, Bytes(0, 16), 1_000);
    private static readonly InvitationBinding Binding = new("inv1", "p1", InvitationRole.Contribute, new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc));

    private static DeviceCredential Device =>
        DeviceCredential.TryParse(Id.Value, Base64Url.EncodeToString(Bytes(0xA0, 16)), Base64Url.EncodeToString(Bytes(0xC0, 32)), out var device)
            ? device! : throw new InvalidOperationException();

    private static InvitationToken Token =>
        InvitationToken.TryParse(Base64Url.EncodeToString(Bytes(0x60, 32)), out var token) ? token! : throw new InvalidOperationException();

    [Fact]
    public void PlanKey_WrappedUnderTheCodeKey_StillUnwraps() =>
        Assert.Equal(PlanKey, PlanCrypto.UnwrapPlanKey(Owner, Box("65B75F302FAE2491E1CCB028",
            "1CED1E991C0433D93213DC4C3360AD3724E95E6104BB50C1A57DB88D43E3AEB6E75DFE7277D4E990EE56A6326CAEC68C"), Id));

    [Fact]
    public void PlanKey_WrappedUnderADeviceKey_StillUnwraps() =>
        Assert.Equal(PlanKey, DeviceCrypto.UnwrapPlanKey(Device, Box("7DA526ED3C9E48487E42F164",
            "E7CE2527ADB18545F8B40F97C12C273A9728CADD3B2C80BC53D8DF33BE9583262FB3DC386E910E373A740E84F6EA8A22")));

    [Fact]
    public void DeviceLabel_StillOpens() =>
        Assert.Equal("Chrome op Android", DeviceCrypto.OpenLabel(PlanKey, Id, Device.DeviceId, Box("8971D2B1476577F0292E3D75",
            "BD38F8A9383C8E27C34E99485891F413ADBD7CE9D616966186C5D942CF0CDB2DD3")));

    [Fact]
    public void Content_StillDecrypts() =>
        Assert.Equal("geheim"u8.ToArray(), PlanCrypto.DecryptContent(PlanKey, Box("B7ED79BBC5D84F68CB94F8C7",
            "DDAA4FF8C0C3A66ADEDCBE45B577515668D0C3D54137"), Id));

    [Fact]
    public void SharedKey_StillUnwraps() =>
        Assert.Equal(SharedKey, SharedPlanCrypto.UnwrapSharedKey(PlanKey, Box("9F2EDAB188A6E8E49584813B",
            "51439CCE8AD40249CB85B3FA3014269EA3094C44F1064A909AFB029BF0BD34C3291789CAE9DD8184DEA8BBC4F07CF68D"), Id));

    [Fact]
    public void SharedContent_StillDecrypts() =>
        Assert.Equal("samen"u8.ToArray(), SharedPlanCrypto.Decrypt(SharedKey, Box("1B3BB7186F014DDFB02A915E",
            "6D88427C91FEE21FA758633A6FB0BE886624AF0477"), Id));

    [Fact]
    public void InvitationKek_BothCopies_AndTheSharedKeyUnderIt_StillOpen()
    {
        Assert.Equal(Kek, SharedPlanCrypto.UnwrapKekForInvitee(Token, Box("9F462D0392163EFDDF6F98E0",
            "F6ADC0209BB407224107E8A6A2DFE181516C4F8449FA19D0143FD0E5E74A35E36323356E992663585B09C4A9377B0D60"), Id, "inv1"));
        Assert.Equal(Kek, SharedPlanCrypto.UnwrapKekForOwner(PlanKey, Box("A98292F5721A9ADD7973CA48",
            "D4147E9FBA3CA32A6674E9EC283204CF0846D8CBF0722AA3457DAD4CBE441B22DFA04B9C22DC6D3E28D23A0AA4BA8EF9"), Id, "inv1"));
        Assert.Equal(SharedKey, SharedPlanCrypto.UnwrapSharedKeyForInvitation(Kek, Box("3688B471F5C646516E6BEB52",
            "8577E260E813C77AB9F5A2EAE6FB69E9325D5D849D7BC48CBFE4EAE1084BE1566C8BCEDB33559B331E4C5601C46978DD"), Id, Binding));
    }

    [Fact]
    public void AssociatedData_IsThePurposeStringWrittenDown()
    {
        // Sealed here with the literal strings: if a purpose string changes, these stop opening.
        Assert.NotNull(PlanCrypto.DecryptContent(PlanKey, AesGcmBox.Seal(PlanKey, "x"u8, Ascii($"eigenplan/content/v1/{Id.Value}")), Id));
        Assert.NotNull(PlanCrypto.UnwrapPlanKey(Owner, AesGcmBox.Seal(Owner.WrappingKey, PlanKey, Ascii($"eigenplan/plankey/v1/{Id.Value}")), Id));
        Assert.NotNull(SharedPlanCrypto.UnwrapSharedKey(PlanKey, AesGcmBox.Seal(PlanKey, SharedKey, Ascii($"eigenplan/shared-key/{Id.Value}/v1")), Id));
        Assert.NotNull(SharedPlanCrypto.Decrypt(SharedKey, AesGcmBox.Seal(SharedKey, "x"u8, Ascii($"eigenplan/shared-content/{Id.Value}/v1")), Id));
        Assert.NotNull(DeviceCrypto.OpenLabel(PlanKey, Id, "d", AesGcmBox.Seal(PlanKey, "x"u8, Ascii($"eigenplan/device-label/v2/{Id.Value}/d"))));
        Assert.NotNull(SharedPlanCrypto.UnwrapKekForOwner(PlanKey, AesGcmBox.Seal(PlanKey, Kek, Ascii($"eigenplan/invitation-kek-owner/{Id.Value}/i/v2")), Id, "i"));
    }

    private static SealedBox Box(string nonce, string ciphertext) => new(Convert.FromHexString(nonce), Convert.FromHexString(ciphertext));

    private static byte[] Bytes(int from, int count) => Enumerable.Range(from, count).Select(i => (byte)i).ToArray();

    private static byte[] Ascii(string text) => System.Text.Encoding.ASCII.GetBytes(text);
}
