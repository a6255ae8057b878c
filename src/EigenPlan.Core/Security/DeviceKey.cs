using System.Buffers.Text;
using System.Security.Cryptography;

namespace EigenPlan.Core.Security;

/// <summary>
/// The 64-byte secret derived from a personal code: the first 32 bytes are the owner key that unwraps the plan key,
/// the last 32 bytes hash to the stored verifier. A browser keeps it (base64url, in an HttpOnly cookie) to reopen a plan
/// without retyping the code and without the slow key derivation. It is not the code and does not reveal it.
/// </summary>
public sealed class DeviceKey
{
    public const int Size = 64;
    private readonly byte[] _bytes;

    internal DeviceKey(byte[] bytes)
    {
        if (bytes.Length != Size)
        {
            throw new ArgumentException($"A device key has {Size} bytes.", nameof(bytes));
        }
        _bytes = bytes;
    }

    /// <summary>The opaque base64url form for a cookie. Treat it like a password: never log it.</summary>
    public string Value => Base64Url.EncodeToString(_bytes);

    /// <summary>The AES-256 key that wraps the plan key.</summary>
    public ReadOnlySpan<byte> OwnerKey => _bytes.AsSpan(0, 32);

    /// <summary>SHA-256 of the second half: stored with the plan so a wrong code is recognised without decrypting.</summary>
    public byte[] ComputeVerifier() => SHA256.HashData(_bytes.AsSpan(32, 32));

    /// <summary>Constant-time check against a stored verifier.</summary>
    public bool Matches(ReadOnlySpan<byte> storedVerifier) =>
        CryptographicOperations.FixedTimeEquals(ComputeVerifier(), storedVerifier);

    /// <summary>Reads the cookie form; false (never an exception) for anything that is not 64 bytes of base64url.</summary>
    public static bool TryParse(string? value, out DeviceKey? key)
    {
        key = null;
        if (string.IsNullOrEmpty(value) || value.Length > 100)
        {
            return false;
        }
        var buffer = new byte[Size + 3];
        if (!Base64Url.IsValid(value) || !Base64Url.TryDecodeFromChars(value, buffer, out var written) || written != Size)
        {
            return false;
        }
        key = new DeviceKey(buffer[..Size]);
        return true;
    }

    /// <summary>Redacted on purpose, so a key never ends up in a log line by accident.</summary>
    public override string ToString() => "DeviceKey(…)";
}
