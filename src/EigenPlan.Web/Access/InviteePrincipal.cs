using System.Security.Claims;

namespace EigenPlan.Web.Access;

/// <summary>
/// An invited person's sign-in: one identity per invitation this browser opened, each carrying the invitation's id and
/// the link token the circuit reopens the shared plan with. The identities come from the invitation cookies
/// (<see cref="State.Together.InvitationCookies"/>) on every request and only live in memory; claim names live here only.
/// </summary>
public static class InviteePrincipal
{
    public const string Scheme = "Invitee";

    public const string InvitationIdClaim = "eigenplan/invitation-id";

    public const string TokenClaim = "eigenplan/invitation-token";

    public static ClaimsIdentity Identity(string invitationId, string token) =>
        new([new Claim(InvitationIdClaim, invitationId), new Claim(TokenClaim, token)], Scheme);

    /// <summary>The link token for this invitation when this browser exchanged its link; null otherwise.</summary>
    public static string? TokenFor(ClaimsPrincipal? user, string invitationId) =>
        user?.Identities
            .Where(i => i.IsAuthenticated && i.AuthenticationType == Scheme)
            .FirstOrDefault(i => string.Equals(i.FindFirst(InvitationIdClaim)?.Value, invitationId, StringComparison.Ordinal))
            ?.FindFirst(TokenClaim)?.Value;
}
