using System.Security.Claims;
using EigenPlan.Core.Security;

namespace EigenPlan.Web.Access;

/// <summary>
/// The resident's sign-in on this device: an authentication cookie of its own scheme that says which plan this browser
/// may open and holds this device's own <see cref="DeviceCredential"/> (device id and secret) to open it with. The
/// cookie is data-protected (encrypted and tamper-proof), HttpOnly, Secure and SameSite=Strict. On a shared computer it
/// is a session cookie that ends with the browser, and the device itself ends after 12 hours on the server. Claim names
/// live here only.
/// </summary>
public static class ResidentPrincipal
{
    public const string Scheme = "Resident";

    public const string CookieName = "eigenplan_plan";

    public const string PlanIdClaim = "eigenplan/plan-id";

    public const string DeviceIdClaim = "eigenplan/device-id";

    public const string DeviceSecretClaim = "eigenplan/device-secret";

    /// <summary>How long a device stays signed in after the resident started or typed the code (the device itself lives as long, renewed by use).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(90);

    public static ClaimsPrincipal Create(DeviceCredential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(PlanIdClaim, credential.PlanId.Value),
            new Claim(DeviceIdClaim, credential.DeviceId),
            new Claim(DeviceSecretClaim, credential.Secret),
        ], Scheme));
    }

    /// <summary>The credential for this plan when this browser signed in for it; null for no cookie or another plan.</summary>
    public static DeviceCredential? CredentialFor(ClaimsPrincipal? user, string planId) =>
        Credential(user) is { } credential && PlanId.TryParse(planId, out var id) && credential.PlanId == id ? credential : null;

    /// <summary>The credential this browser signed in with, for whichever plan; null when not signed in.</summary>
    public static DeviceCredential? Credential(ClaimsPrincipal? user)
    {
        var identity = user?.Identities.FirstOrDefault(i => i.IsAuthenticated && i.AuthenticationType == Scheme);
        return identity is not null
            && DeviceCredential.TryParse(identity.FindFirst(PlanIdClaim)?.Value, identity.FindFirst(DeviceIdClaim)?.Value,
                identity.FindFirst(DeviceSecretClaim)?.Value, out var credential)
            ? credential
            : null;
    }
}
