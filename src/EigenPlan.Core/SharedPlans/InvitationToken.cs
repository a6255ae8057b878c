using System.Buffers.Text;
using System.Security.Cryptography;

namespace EigenPlan.Core.SharedPlans;

/// <summary>
/// The secret in an invitation link (<c>/samen/{token}</c>): 256 random bits, base64url. Only its SHA-256 hash is stored
/// (to find the invitation); the token itself also derives the key that unwraps the invitation's copy of the plan key,
/// so the link alone opens the plan and nothing in the database does.
/// </summary>
public sealed class InvitationToken
{
    public const int Size = 32;
    private readonly byte[] _bytes;

    private InvitationToken(byte[] bytes) => _bytes = bytes;

    /// <summary>The base64url form for the link (43 characters). Treat it like a password: never log it.</summary>
    public string Value => Base64Url.EncodeToString(_bytes);

    internal ReadOnlySpan<byte> Bytes => _bytes;

    public static InvitationToken Generate() => new(RandomNumberGenerator.GetBytes(Size));

    /// <summary>Reads a token from a URL; false (never an exception) for anything that is not 32 bytes of base64url.</summary>
    public static bool TryParse(string? value, out InvitationToken? token)
    {
        token = null;
        if (string.IsNullOrEmpty(value) || value.Length > 64 || !Base64Url.IsValid(value))
        {
            return false;
        }
        var buffer = new byte[Size + 3];
        if (!Base64Url.TryDecodeFromChars(value, buffer, out var written) || written != Size)
        {
            return false;
        }
        token = new InvitationToken(buffer[..Size]);
        return true;
    }

    /// <summary>Lower-case hex SHA-256 with a purpose prefix: the lookup key stored in the database.</summary>
    public string ComputeHash()
    {
        var input = new byte[Prefix.Length + Size];
        Prefix.CopyTo(input, 0);
        _bytes.CopyTo(input, Prefix.Length);
        return Convert.ToHexStringLower(SHA256.HashData(input));
    }

    /// <summary>Redacted on purpose, so a token never ends up in a log line by accident.</summary>
    public override string ToString() => "InvitationToken(…)";

    private static readonly byte[] Prefix = "eigenplan/invitation-lookup/v1:"u8.ToArray();
}
