using System.Security.Cryptography;
using System.Text;

namespace EigenPlan.Content.Hsds;

/// <summary>
/// Stable UUIDs (name-based: a SHA-256 hash of municipality, kind and key, shaped as a version 5 UUID) for HSDS rows, so exporting the same file twice gives the
/// same ids and other systems can update instead of duplicating.
/// </summary>
internal static class HsdsIds
{
    public static string For(string municipalityId, string kind, string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"eigenplan:{municipalityId}:{kind}:{key}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString();
    }
}
