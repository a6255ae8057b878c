using System.Text.RegularExpressions;
using Microsoft.AspNetCore.DataProtection;

namespace EigenPlan.Web.State.Together;

/// <summary>One invitation this browser opened: its id and the link token.</summary>
public sealed record InvitationCookie(string InvitationId, string Token)
{
    /// <summary>Redacted on purpose: the token opens the shared plan.</summary>
    public override string ToString() => $"InvitationCookie({InvitationId}, …)";
}

/// <summary>
/// The cookies an invitation link is exchanged for, one per invitation (<c>eigenplan_samen_{id}</c>), so a
/// professional invited by several residents keeps them all. Each holds the link token, encrypted and time-limited by
/// Data Protection; HttpOnly and Secure. SameSite is Lax, not Strict: the link arrives from an e-mail or a chat app, and
/// the redirect after the exchange still counts as that other site's navigation, so a Strict cookie would not be sent
/// to the invitation page it lands on. Lax is never sent with another site's POSTs or its frames and scripts, and the
/// pages only read the shared plan through the circuit. Path <c>/</c>, because the circuit connects at <c>/_blazor</c>.
/// </summary>
public sealed partial class InvitationCookies(IDataProtectionProvider protection, TimeProvider time)
{
    public const string Prefix = "eigenplan_samen_";

    /// <summary>The life of the cookie of an invitation without an end (an invitation's default life).</summary>
    public static readonly TimeSpan NoEndLifetime = TimeSpan.FromDays(90);

    private readonly ITimeLimitedDataProtector _protector =
        protection.CreateProtector("EigenPlan.InvitationCookie.v1").ToTimeLimitedDataProtector();

    /// <summary>
    /// Sets the cookie for this invitation until the invitation ends (<paramref name="expiresUtc"/>, UTC), so it never
    /// outlives the invitation and never ends before it; <see cref="NoEndLifetime"/> for an invitation without an end.
    /// (Browsers keep a cookie at most about 400 days, whatever it says.)
    /// </summary>
    public void Append(HttpResponse response, string invitationId, string token, DateTime? expiresUtc)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (!IsId(invitationId))
        {
            throw new ArgumentException("Not an invitation id.", nameof(invitationId));
        }
        var expires = expiresUtc is { } e
            ? new DateTimeOffset(e.Kind == DateTimeKind.Local ? e.ToUniversalTime() : DateTime.SpecifyKind(e, DateTimeKind.Utc))
            : time.GetUtcNow() + NoEndLifetime;
        response.Cookies.Append(Prefix + invitationId, _protector.Protect(invitationId + "\n" + token, expires), Options(expires));
    }

    /// <summary>Every valid invitation cookie of the request; forged, stale and renamed ones are left out.</summary>
    public IReadOnlyList<InvitationCookie> Read(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var found = new List<InvitationCookie>();
        foreach (var (name, value) in request.Cookies)
        {
            if (!name.StartsWith(Prefix, StringComparison.Ordinal) || Unprotect(value) is not { } cookie
                || !string.Equals(cookie.InvitationId, name[Prefix.Length..], StringComparison.Ordinal))
            {
                continue;
            }
            found.Add(cookie);
        }
        return found;
    }

    /// <summary>Removes the cookies that hold this token (a link that no longer works).</summary>
    public void Forget(HttpContext http, string token)
    {
        ArgumentNullException.ThrowIfNull(http);
        foreach (var cookie in Read(http.Request).Where(c => string.Equals(c.Token, token, StringComparison.Ordinal)))
        {
            http.Response.Cookies.Delete(Prefix + cookie.InvitationId, Options(null));
        }
    }

    public static bool IsId(string? invitationId) => invitationId is not null && Id().IsMatch(invitationId);

    private InvitationCookie? Unprotect(string value)
    {
        try
        {
            var parts = _protector.Unprotect(value, out _).Split('\n');
            return parts.Length == 2 && IsId(parts[0]) ? new InvitationCookie(parts[0], parts[1]) : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null; // forged, expired, or made with keys this app no longer has
        }
    }

    private static CookieOptions Options(DateTimeOffset? expires) => new()
    {
        HttpOnly = true,
        Secure = true,
        SameSite = SameSiteMode.Lax,
        Path = "/",
        IsEssential = true,
        Expires = expires,
    };

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex Id();
}
