using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;

namespace EigenPlan.Web.Access;

/// <summary>
/// Staff sign-in for the preview pages (<c>/beheer/…</c>): an authentication cookie of its own scheme, valid for
/// <see cref="Lifetime"/> (the expiry is inside the protected ticket, so the server enforces it), with the name of the
/// key it was given for and a fingerprint of that key. The policy only accepts a cookie whose name and fingerprint match
/// a key configured now, so changing or removing one key signs out exactly the people who used it.
/// </summary>
public static class StaffPrincipal
{
    public const string Scheme = "Staff";

    /// <summary>The authorization policy of every staff page.</summary>
    public const string Policy = "Staff";

    public const string CookieName = "eigenplan-beheer";

    /// <summary>The key's name, e.g. "jan" for <c>Staff:Keys:jan</c>: what logs and audits show.</summary>
    public const string KeyNameClaim = "eigenplan/staff-key-name";

    /// <summary>The key's fingerprint (<see cref="Fingerprint"/>).</summary>
    public const string KeyClaim = "eigenplan/staff-key";

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    public static ClaimsPrincipal Create(string keyName, string accessKey) =>
        new(new ClaimsIdentity([new Claim(KeyNameClaim, keyName), new Claim(KeyClaim, Fingerprint(accessKey))], Scheme));

    /// <summary>The name of the key this user signed in with, or null.</summary>
    public static string? KeyNameOf(ClaimsPrincipal? user) =>
        user?.Identities.FirstOrDefault(i => i.IsAuthenticated && i.AuthenticationType == Scheme)?.FindFirst(KeyNameClaim)?.Value;

    /// <summary>
    /// Names a key without revealing it: the first 16 hex digits of its SHA-256. It only ever sits inside the encrypted
    /// cookie, and it lets the policy tell a cookie for the current key from one for an earlier key of the same name.
    /// </summary>
    public static string Fingerprint(string accessKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessKey);
        return "sha256:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(accessKey)))[..16].ToLowerInvariant();
    }
}
