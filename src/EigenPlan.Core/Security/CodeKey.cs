using System.Security.Cryptography;

namespace EigenPlan.Core.Security;

/// <summary>
/// The 64-byte secret derived from a personal code (slowly, see <see cref="PlanCrypto.DeriveCodeKey"/>): the first
/// 32 bytes are the key that unwraps the plan key, the last 32 bytes hash to the stored verifier. It lives only in
/// memory while a code is checked; a browser never gets it (it gets its own <see cref="DeviceCredential"/>).
/// </summary>
public sealed class CodeKey
{
    public const int Size = 64;
    private readonly byte[] _bytes;

    internal CodeKey(byte[] bytes)
    {
        if (bytes.Length != Size)
        {
            throw new ArgumentException($"A code key has {Size} bytes.", nameof(bytes));
        }
        _bytes = bytes;
    }

    /// <summary>The AES-256 key that wraps the plan key.</summary>
    public ReadOnlySpan<byte> WrappingKey => _bytes.AsSpan(0, 32);

    /// <summary>SHA-256 of the second half: stored with the plan so a wrong code is recognised without decrypting.</summary>
    public byte[] ComputeVerifier() => SHA256.HashData(_bytes.AsSpan(32, 32));

    /// <summary>Constant-time check against a stored verifier.</summary>
    public bool Matches(ReadOnlySpan<byte> storedVerifier) =>
        CryptographicOperations.FixedTimeEquals(ComputeVerifier(), storedVerifier);

    /// <summary>Redacted on purpose, so a key never ends up in a log line by accident.</summary>
    public override string ToString() => "CodeKey(…)";
}
