using System.Security.Cryptography;
using System.Text;

namespace EigenPlan.Core.Security;

/// <summary>
/// The plan's envelope encryption, with BCL primitives only:
/// code secret —PBKDF2-SHA256, HKDF-Expand→ code key (wrapping key + verifier input); code key —AES-GCM→ wraps a random
/// plan key; each device's own key wraps another copy (<see cref="DeviceCrypto"/>); plan key —AES-GCM→ encrypts the
/// content. The plan id is bound in as associated data, so a ciphertext or a wrapped key copied onto another plan does
/// not decrypt. A shared plan hands out keys of its own, never the plan key.
/// </summary>
public static class PlanCrypto
{
    public const int KeySize = AesGcmBox.KeySize;
    public const int SaltSize = 16;
    /// <summary>OWASP's floor for PBKDF2-HMAC-SHA256. Stored per plan, so it can be raised later for new plans.</summary>
    public const int DefaultIterations = 210_000;

    /// <summary>
    /// The slow step: derives the 64-byte code key from the secret part of the code. PBKDF2 gives 32 bytes and
    /// HKDF-Expand stretches them to 64: asking PBKDF2 itself for 64 bytes would run all iterations twice, while an
    /// attacker checking guesses against the verifier would only need the second half.
    /// </summary>
    public static CodeKey DeriveCodeKey(PersonalCode code, ReadOnlySpan<byte> salt, int iterations)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        var master = Rfc2898DeriveBytes.Pbkdf2(Encoding.ASCII.GetBytes(code.SecretPart), salt, iterations, HashAlgorithmName.SHA256, KeySize);
        var bytes = HKDF.Expand(HashAlgorithmName.SHA256, master, CodeKey.Size, "eigenplan/device-key/v1"u8.ToArray());
        CryptographicOperations.ZeroMemory(master);
        return new CodeKey(bytes);
    }

    public static byte[] NewPlanKey() => RandomNumberGenerator.GetBytes(KeySize);

    public static byte[] NewSalt() => RandomNumberGenerator.GetBytes(SaltSize);

    /// <summary>Wraps the plan key with the code key.</summary>
    public static SealedBox WrapPlanKey(CodeKey codeKey, ReadOnlySpan<byte> planKey, PlanId id)
    {
        ArgumentNullException.ThrowIfNull(codeKey);
        return AesGcmBox.Seal(codeKey.WrappingKey, planKey, Context("plankey", id));
    }

    /// <summary>Unwraps the plan key; null when the code key or the box is wrong (tampered, or another plan's).</summary>
    public static byte[]? UnwrapPlanKey(CodeKey codeKey, SealedBox wrapped, PlanId id)
    {
        ArgumentNullException.ThrowIfNull(codeKey);
        return AesGcmBox.Open(codeKey.WrappingKey, wrapped, Context("plankey", id));
    }

    /// <summary>Encrypts plan content with a fresh random nonce.</summary>
    public static SealedBox EncryptContent(ReadOnlySpan<byte> planKey, ReadOnlySpan<byte> plaintext, PlanId id) =>
        AesGcmBox.Seal(planKey, plaintext, Context("content", id));

    /// <summary>Decrypts plan content; null when the key is wrong or the bytes were changed.</summary>
    public static byte[]? DecryptContent(ReadOnlySpan<byte> planKey, SealedBox box, PlanId id) =>
        AesGcmBox.Open(planKey, box, Context("content", id));

    private static byte[] Context(string purpose, PlanId id) => Encoding.ASCII.GetBytes($"eigenplan/{purpose}/v1/{id.Value}");
}
