using System.Security.Claims;
using System.Text.Encodings.Web;
using EigenPlan.Web.State.Together;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace EigenPlan.Web.Access;

/// <summary>
/// Authenticates the invitation cookies of a request (one per invitation) into <see cref="InviteePrincipal"/>
/// identities; <see cref="AppCookiesHandler"/> combines them with the resident and staff sign-ins, so the interactive
/// circuit sees them in its authentication state. Signing in is the link exchange (<c>/samen/{token}</c>), not this handler.
/// </summary>
internal sealed class InviteeAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    InvitationCookies cookies)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var identities = cookies.Read(Context.Request).Select(c => InviteePrincipal.Identity(c.InvitationId, c.Token)).ToList();
        return Task.FromResult(identities.Count == 0
            ? AuthenticateResult.NoResult()
            : AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identities), InviteePrincipal.Scheme)));
    }
}
