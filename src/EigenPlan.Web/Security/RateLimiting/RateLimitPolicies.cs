namespace EigenPlan.Web.Security.RateLimiting;

/// <summary>
/// The names of the rate-limiting policies, for <c>[EnableRateLimiting(RateLimitPolicies.Code)]</c> on a page or
/// endpoint. Every policy limits POSTs only: opening the same page (GET) is never limited.
/// </summary>
public static class RateLimitPolicies
{
    /// <summary>Every form post that checks a personal code (continue; show code, delete, new code).</summary>
    public const string Code = "code";

    /// <summary>The start form: making a plan costs a key derivation, so it is limited before the form runs.</summary>
    public const string Create = "create";

    /// <summary>The staff sign-in form.</summary>
    public const string Staff = "staff";
}
