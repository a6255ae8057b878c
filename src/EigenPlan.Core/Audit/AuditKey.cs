using System.Security.Cryptography;

namespace EigenPlan.Core.Audit;

/// <summary>
/// The server's secret key for the access log's MACs (HMAC-SHA256, 256 bits). It is kept <b>outside</b> the database
/// (LiteDB: a key file next to it; PostgreSQL: a setting), so someone who can change the database cannot write log
/// entries or a head anchor that verify. Losing it makes every existing log unverifiable; back it up with the database.
/// </summary>
public sealed class AuditKey
{
    public const int Size = 32;
    private readonly byte[] _bytes;

    private AuditKey(byte[] bytes) => _bytes = bytes;

    public static AuditKey Generate() => new(RandomNumberGenerator.GetBytes(Size));

    /// <summary>The key from its stored form (base64 of 32 bytes); false with a reason for anything else.</summary>
    public static bool TryParse(string? base64, out AuditKey? key, out string? problem)
    {
        key = null;
        var text = base64?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            problem = "the audit key is empty";
            return false;
        }
        var buffer = new byte[Size + 3];
        if (!Convert.TryFromBase64String(text, buffer, out var written))
        {
            problem = "the audit key is not base64";
            return false;
        }
        if (written != Size)
        {
            problem = $"the audit key has {written} bytes instead of {Size}";
            return false;
        }
        key = new AuditKey(buffer[..Size]);
        problem = null;
        return true;
    }

    /// <summary>The stored form (base64). Treat it like a password: never log it.</summary>
    public string ToBase64() => Convert.ToBase64String(_bytes);

    internal string Mac(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(HMACSHA256.HashData(_bytes, data));

    /// <summary>Redacted on purpose.</summary>
    public override string ToString() => "AuditKey(…)";
}
