using System.Buffers.Text;
using System.Security.Cryptography;

namespace EigenPlan.Core.Security;

/// <summary>
/// What one browser keeps (in its authentication cookie) to reopen a plan without the code: the plan id, the device's
/// random id and its random 256-bit secret. The secret unwraps this device's own copy of the plan key (see
/// <see cref="DeviceCrypto"/>); it is not derived from the code, so closing the device (or making a new code) makes it
/// worthless, and it reveals nothing about the code or another device.
/// </summary>
public sealed class DeviceCredential
{
    public const int IdSize = 16;
    public const int SecretSize = 32;
    private readonly byte[] _secret;

    private DeviceCredential(PlanId planId, string deviceId, byte[] secret)
    {
        PlanId = planId;
        DeviceId = deviceId;
        _secret = secret;
    }

    public PlanId PlanId { get; }

    /// <summary>The device's id (base64url of 16 random bytes). Not a secret: the device list and the revoke form use it.</summary>
    public string DeviceId { get; }

    /// <summary>The secret in base64url (43 characters). Treat it like a password: never log it, never show it.</summary>
    public string Secret => Base64Url.EncodeToString(_secret);

    internal ReadOnlySpan<byte> SecretBytes => _secret;

    /// <summary>A new device for <paramref name="planId"/>: a fresh random id and secret.</summary>
    public static DeviceCredential New(PlanId planId) =>
        new(planId, Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(IdSize)), RandomNumberGenerator.GetBytes(SecretSize));

    /// <summary>Reads the three parts back (from a cookie); false (never an exception) when any part is malformed.</summary>
    public static bool TryParse(string? planId, string? deviceId, string? secret, out DeviceCredential? credential)
    {
        credential = null;
        if (!PlanId.TryParse(planId, out var id) || !IsDeviceId(deviceId) || string.IsNullOrEmpty(secret) || secret.Length > 64
            || !Base64Url.IsValid(secret))
        {
            return false;
        }
        var buffer = new byte[SecretSize + 3];
        if (!Base64Url.TryDecodeFromChars(secret, buffer, out var written) || written != SecretSize)
        {
            return false;
        }
        credential = new DeviceCredential(id, deviceId!, buffer[..SecretSize]);
        return true;
    }

    /// <summary>True for the form of a device id (base64url of 16 bytes); says nothing about whether it exists.</summary>
    public static bool IsDeviceId(string? value)
    {
        if (value is not { Length: 22 } || !Base64Url.IsValid(value))
        {
            return false;
        }
        Span<byte> buffer = stackalloc byte[IdSize + 2];
        return Base64Url.TryDecodeFromChars(value, buffer, out var written) && written == IdSize;
    }

    /// <summary>Redacted on purpose: ids only, never the secret.</summary>
    public override string ToString() => $"DeviceCredential({PlanId}, {DeviceId}, …)";
}
