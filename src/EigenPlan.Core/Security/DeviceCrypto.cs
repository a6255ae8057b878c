using System.Security.Cryptography;
using System.Text;

namespace EigenPlan.Core.Security;

/// <summary>
/// Each device's own copy of the plan key, with BCL primitives only: the device secret —HKDF-SHA256→ a wrapping key
/// —AES-GCM→ the plan key. The store keeps only a SHA-256 verifier of the secret (to find a wrong one without
/// decrypting) and the wrapped copy; the plan id and device id are the associated data, so a copy moved to another
/// device row or plan does not open. The device's label ("Chrome op Android") is encrypted under the plan key, so the
/// database does not say which browsers a resident uses. Provider-neutral: every store uses these same functions.
/// </summary>
public static class DeviceCrypto
{
    /// <summary>The stored verifier: SHA-256 over a purpose prefix and the secret. The secret is 256 random bits, so no slow hash is needed.</summary>
    public static byte[] ComputeVerifier(DeviceCredential device)
    {
        ArgumentNullException.ThrowIfNull(device);
        var input = new byte[VerifierPrefix.Length + DeviceCredential.SecretSize];
        VerifierPrefix.CopyTo(input, 0);
        device.SecretBytes.CopyTo(input.AsSpan(VerifierPrefix.Length));
        return SHA256.HashData(input);
    }

    /// <summary>Constant-time check of the secret against a stored verifier.</summary>
    public static bool Matches(DeviceCredential device, ReadOnlySpan<byte> storedVerifier) =>
        CryptographicOperations.FixedTimeEquals(ComputeVerifier(device), storedVerifier);

    /// <summary>The plan key wrapped under this device's key.</summary>
    public static SealedBox WrapPlanKey(DeviceCredential device, ReadOnlySpan<byte> planKey)
    {
        ArgumentNullException.ThrowIfNull(device);
        var key = WrappingKey(device);
        try
        {
            return AesGcmBox.Seal(key, planKey, Context("device-plankey", device.PlanId, device.DeviceId));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    /// <summary>The plan key; null for a wrong secret or a box changed or moved in the database.</summary>
    public static byte[]? UnwrapPlanKey(DeviceCredential device, SealedBox wrapped)
    {
        ArgumentNullException.ThrowIfNull(device);
        var key = WrappingKey(device);
        try
        {
            return AesGcmBox.Open(key, wrapped, Context("device-plankey", device.PlanId, device.DeviceId));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    /// <summary>The device's label encrypted under the plan key.</summary>
    public static SealedBox SealLabel(ReadOnlySpan<byte> planKey, PlanId planId, string deviceId, string label) =>
        AesGcmBox.Seal(planKey, Encoding.UTF8.GetBytes(label), Context("device-label", planId, deviceId));

    /// <summary>The label; null when the key is wrong or the box was changed or moved.</summary>
    public static string? OpenLabel(ReadOnlySpan<byte> planKey, PlanId planId, string deviceId, SealedBox box) =>
        AesGcmBox.Open(planKey, box, Context("device-label", planId, deviceId)) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;

    private static byte[] WrappingKey(DeviceCredential device) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, device.SecretBytes.ToArray(), AesGcmBox.KeySize,
            salt: [], info: "eigenplan/device/v2"u8.ToArray());

    private static byte[] Context(string purpose, PlanId planId, string deviceId) =>
        Encoding.ASCII.GetBytes($"eigenplan/{purpose}/v2/{planId.Value}/{deviceId}");

    private static readonly byte[] VerifierPrefix = "eigenplan/device-verifier/v2:"u8.ToArray();
}
