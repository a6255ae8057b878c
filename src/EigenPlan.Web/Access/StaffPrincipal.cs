using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;

namespace EigenPlan.Web.Access;

/// <summary>
/// Staff sign-in for the preview pages (<c>/beheer/…</c>): an authentication cookie of its own scheme, valid for
/// <see cref="Lifetime"/> (the expiry is inside the protected ticket, so the server enforces it), with one claim that
/// names the access key it was given for. Changing <c>Staff:AccessKey</c> therefore signs every staff member out.
/// </summary>
public static class StaffPrincipal
{
    public const string Scheme = "Staff";

    /// <summary>The authorization policy of every staff page.</summary>
    public const string Policy = "Staff";

    public const string CookieName = "eigenplan-beheer";

    public const string KeyClaim = "eigenplan/staff-key";

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    public static ClaimsPrincipal Create(string accessKey) =>
        new(new ClaimsIdentity([new Claim(KeyClaim, KeyName(accessKey))], Scheme));

    /// <summary>
    /// Names a key without revealing it: the first 16 hex digits of its SHA-256. The name only ever sits inside the
    /// encrypted cookie, and it lets the policy tell a cookie for the current key from one for an earlier key.
    /// </summary>
    public static string KeyName(string accessKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessKey);
        return "sha256:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(accessKey)))[..16].ToLowerInvariant();
    }
}
