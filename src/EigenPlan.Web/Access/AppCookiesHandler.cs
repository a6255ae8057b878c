using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace EigenPlan.Web.Access;

/// <summary>
/// The default authentication scheme: authenticates every cookie scheme of the app (resident and staff) and the
/// invitation cookies, and combines their identities into one user. A browser can be signed in as a resident, as staff
/// and for invitations at once, and the interactive circuit, which gets the user of its connection, then sees them all.
/// </summary>
internal sealed class AppCookiesHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IAuthenticationSchemeProvider schemes)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "EigenPlan";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var identities = new List<ClaimsIdentity>();
        foreach (var scheme in await schemes.GetAllSchemesAsync())
        {
            if (scheme.HandlerType != typeof(CookieAuthenticationHandler) && scheme.HandlerType != typeof(InviteeAuthenticationHandler))
            {
                continue;
            }
            var result = await Context.AuthenticateAsync(scheme.Name);
            if (result.Succeeded)
            {
                identities.AddRange(result.Principal.Identities);
            }
        }
        return identities.Count == 0
            ? AuthenticateResult.NoResult()
            : AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identities), SchemeName));
    }
}
