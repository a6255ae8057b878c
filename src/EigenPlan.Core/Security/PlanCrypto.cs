using System.Security.Cryptography;
using System.Text;

namespace EigenPlan.Core.Security;

/// <summary>
/// The plan's envelope encryption, with BCL primitives only:
/// code secret —PBKDF2-SHA256, HKDF-Expand→ device key (owner key + verifier input); owner key —AES-GCM→ wraps a random plan key;
/// plan key —AES-GCM→ encrypts the content. The plan id is bound in as associated data, so a ciphertext or a wrapped
/// key copied onto another plan does not decrypt. Later, a shared plan can hand out more wrapped copies of the same plan key.
/// </summary>
public static class PlanCrypto
{
    public const int KeySize = AesGcmBox.KeySize;
    public const int SaltSize = 16;
    /// <summary>OWASP's floor for PBKDF2-HMAC-SHA256. Stored per plan, so it can be raised later for new plans.</summary>
    public const int DefaultIterations = 210_000;

    /// <summary>
    /// The slow step: derives the 64-byte device key from the secret part of the code. PBKDF2 gives 32 bytes and
    /// HKDF-Expand stretches them to 64: asking PBKDF2 itself for 64 bytes would run all iterations twice, while an
    /// attacker checking guesses against the verifier would only need the second half.
    /// </summary>
    public static DeviceKey DeriveDeviceKey(PersonalCode code, ReadOnlySpan<byte> salt, int iterations)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        var master = Rfc2898DeriveBytes.Pbkdf2(Encoding.ASCII.GetBytes(code.SecretPart), salt, iterations, HashAlgorithmName.SHA256, KeySize);
        var bytes = HKDF.Expand(HashAlgorithmName.SHA256, master, DeviceKey.Size, "eigenplan/device-key/v1"u8.ToArray());
        CryptographicOperations.ZeroMemory(master);
        return new DeviceKey(bytes);
    }

    public static byte[] NewPlanKey() => RandomNumberGenerator.GetBytes(KeySize);

    public static byte[] NewSalt() => RandomNumberGenerator.GetBytes(SaltSize);

    /// <summary>Wraps the plan key with the owner key.</summary>
    public static SealedBox WrapPlanKey(DeviceKey owner, ReadOnlySpan<byte> planKey, PlanId id)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return AesGcmBox.Seal(owner.OwnerKey, planKey, Context("plankey", id));
    }

    /// <summary>Unwraps the plan key; null when the owner key or the box is wrong (tampered, or another plan's).</summary>
    public static byte[]? UnwrapPlanKey(DeviceKey owner, SealedBox wrapped, PlanId id)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return AesGcmBox.Open(owner.OwnerKey, wrapped, Context("plankey", id));
    }

    /// <summary>
    /// Seals the personal code under the owner key (not the plan key), so only someone who already holds the code or
    /// the device key can read it back — never an invitee who was given a copy of the plan key.
    /// </summary>
    public static SealedBox WrapCode(DeviceKey owner, PersonalCode code, PlanId id)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(code);
        return AesGcmBox.Seal(owner.OwnerKey, Encoding.ASCII.GetBytes(code.ToString()), Context("code", id));
    }

    /// <summary>The personal code sealed by <see cref="WrapCode"/>; null when the key or the box is wrong.</summary>
    public static PersonalCode? UnwrapCode(DeviceKey owner, SealedBox box, PlanId id)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return AesGcmBox.Open(owner.OwnerKey, box, Context("code", id)) is { } bytes ? PersonalCode.Parse(Encoding.ASCII.GetString(bytes)).Code : null;
    }

    /// <summary>Encrypts plan content with a fresh random nonce.</summary>
    public static SealedBox EncryptContent(ReadOnlySpan<byte> planKey, ReadOnlySpan<byte> plaintext, PlanId id) =>
        AesGcmBox.Seal(planKey, plaintext, Context("content", id));

    /// <summary>Decrypts plan content; null when the key is wrong or the bytes were changed.</summary>
    public static byte[]? DecryptContent(ReadOnlySpan<byte> planKey, SealedBox box, PlanId id) =>
        AesGcmBox.Open(planKey, box, Context("content", id));

    private static byte[] Context(string purpose, PlanId id) => Encoding.ASCII.GetBytes($"eigenplan/{purpose}/v1/{id.Value}");
}
