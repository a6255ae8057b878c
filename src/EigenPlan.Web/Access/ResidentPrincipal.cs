using System.Security.Claims;

namespace EigenPlan.Web.Access;

/// <summary>
/// The resident's sign-in on this device: an authentication cookie of its own scheme that says which plan this browser
/// may open and holds the <see cref="DeviceCredential"/> to open it with. The cookie is data-protected (encrypted and
/// tamper-proof), HttpOnly, Secure and SameSite=Strict. Claim names live here only.
/// </summary>
public static class ResidentPrincipal
{
    public const string Scheme = "Resident";

    public const string CookieName = "eigenplan_plan";

    public const string PlanIdClaim = "eigenplan/plan-id";

    public const string DeviceKeyClaim = "eigenplan/device-key";

    /// <summary>How long a device stays signed in after the resident started or typed the code.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(90);

    public static ClaimsPrincipal Create(DeviceCredential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(PlanIdClaim, credential.PlanId), new Claim(DeviceKeyClaim, credential.DeviceKey)], Scheme));
    }

    /// <summary>The credential for this plan when this browser signed in for it; null for no cookie or another plan.</summary>
    public static DeviceCredential? CredentialFor(ClaimsPrincipal? user, string planId)
    {
        var identity = user?.Identities.FirstOrDefault(i => i.IsAuthenticated && i.AuthenticationType == Scheme);
        if (identity?.FindFirst(PlanIdClaim)?.Value is not { } signedInPlan
            || identity.FindFirst(DeviceKeyClaim)?.Value is not { Length: > 0 } deviceKey
            || !string.Equals(signedInPlan, planId, StringComparison.Ordinal))
        {
            return null;
        }
        return new DeviceCredential(signedInPlan, deviceKey);
    }
}
