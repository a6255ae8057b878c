using EigenPlan.Core.Security;
using Microsoft.AspNetCore.DataProtection;

namespace EigenPlan.Web.Access;

/// <summary>
/// Hands a new personal code from the form that made it (start, or "Nieuwe code maken") to the code page, without
/// storing it anywhere: a short-lived, data-protected (encrypted, tamper-proof, time-limited) HttpOnly cookie, only sent
/// to that plan's pages and only readable for the device that made it. It works for 15 minutes and is removed when the
/// resident closes the plan on this device; after that the code cannot be shown again, only replaced.
/// </summary>
public sealed class CodeShownOnce(IDataProtectionProvider protection, TimeProvider time)
{
    public const string CookieName = "eigenplan_code";
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    private readonly ITimeLimitedDataProtector _protector =
        protection.CreateProtector("EigenPlan.Web.CodeShownOnce.v1").ToTimeLimitedDataProtector();

    /// <param name="http">The response that sets the cookie.</param>
    /// <param name="code">The new code.</param>
    /// <param name="device">The device that made it: only it can read the cookie.</param>
    /// <param name="sharedComputer">On a shared computer the cookie is not written to disk (a session cookie).</param>
    public void Write(HttpContext http, PersonalCode code, DeviceCredential device, bool sharedComputer)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(device);
        var value = _protector.Protect($"{device.PlanId.Value}\n{device.DeviceId}\n{code}", time.GetUtcNow() + Lifetime);
        var options = Options(device.PlanId);
        options.MaxAge = sharedComputer ? null : Lifetime;
        http.Response.Cookies.Append(CookieName, value, options);
    }

    /// <summary>The code for this plan, when this device made it in the last 15 minutes; null otherwise.</summary>
    public string? Read(HttpContext http, string planId)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Request.Cookies[CookieName] is not { Length: > 0 and < 1000 } value
            || ResidentPrincipal.CredentialFor(http.User, planId) is not { } device)
        {
            return null;
        }
        try
        {
            var parts = _protector.Unprotect(value, out _).Split('\n');
            return parts.Length == 3 && parts[0] == device.PlanId.Value && parts[1] == device.DeviceId ? parts[2] : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // Expired, tampered with, or from before a key change: there is nothing to show.
            return null;
        }
    }

    /// <summary>Removes the cookie (closing the plan on this device).</summary>
    public static void Delete(HttpContext http, PlanId planId)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Cookies.Delete(CookieName, Options(planId));
    }

    private static CookieOptions Options(PlanId planId) => new()
    {
        HttpOnly = true,
        Secure = true,
        SameSite = SameSiteMode.Strict,
        IsEssential = true,
        Path = $"/plan/{planId.Value}",
        MaxAge = Lifetime,
    };
}
