using EigenPlan.Storage.PostgreSql;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;

namespace EigenPlan.Web.Access;

/// <summary>
/// Cookie authentication for residents, invitation cookies for invited people, and the combined default scheme, with
/// keys that survive restarts.
/// </summary>
internal static class SignInServiceCollectionExtensions
{
    public static IServiceCollection AddEigenPlanSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication(options => options.DefaultScheme = AppCookiesHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, AppCookiesHandler>(AppCookiesHandler.SchemeName, null)
            .AddScheme<AuthenticationSchemeOptions, InviteeAuthenticationHandler>(InviteePrincipal.Scheme, null)
            .AddCookie(ResidentPrincipal.Scheme, options =>
            {
                options.Cookie.Name = ResidentPrincipal.CookieName;
                options.Cookie.HttpOnly = true;
                // Browsers treat http://127.0.0.1 and localhost as secure and accept Secure cookies there; anywhere
                // else the app runs behind HTTPS.
                options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.IsEssential = true;
                options.ExpireTimeSpan = ResidentPrincipal.Lifetime;
                // As before: 90 days from starting or typing the code, not renewed by use.
                options.SlidingExpiration = false;
                // Nobody is sent to a sign-in page: plan pages explain how to open the plan, downloads go to /verder.
                options.Events.OnRedirectToLogin = context => Status(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => Status(context, StatusCodes.Status403Forbidden);
            });
        services.AddSingleton<State.Together.InvitationCookies>();
        services.AddAuthorization();
        services.AddCascadingAuthenticationState();

        // Kept with the plans (PostgreSQL: in the database, shared by every instance; LiteDB: in a folder next to the
        // file), so a restart, a new container on the same volume or another instance reads the cookies this one wrote.
        services.AddDataProtection().SetApplicationName("EigenPlan").PersistKeysToEigenPlanStore(configuration);
        return services;
    }

    private static Task Status<TOptions>(RedirectContext<TOptions> context, int statusCode)
        where TOptions : AuthenticationSchemeOptions
    {
        context.Response.StatusCode = statusCode;
        return Task.CompletedTask;
    }
}
