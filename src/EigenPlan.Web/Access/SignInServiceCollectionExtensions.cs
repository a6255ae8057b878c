using EigenPlan.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace EigenPlan.Web.Access;

/// <summary>
/// Cookie authentication for residents, invitation cookies for invited people, and the combined default scheme, with
/// keys that survive restarts.
/// </summary>
internal static class SignInServiceCollectionExtensions
{
    /// <summary>The folder next to the database where the Data Protection keys that encrypt the cookies are kept.</summary>
    public const string KeysFolderName = "dataprotection-keys";

    public static IServiceCollection AddEigenPlanSignIn(this IServiceCollection services)
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

        services.AddDataProtection().SetApplicationName("EigenPlan");
        // Kept with the plans, so a restart (or a new container on the same volume) still reads the cookies it wrote.
        // The keys are not encrypted at rest: whoever can read this folder can also read the database file.
        services.AddOptions<KeyManagementOptions>()
            .Configure<IOptions<StorageOptions>, IHostEnvironment, ILoggerFactory>((options, storage, host, logs) =>
                options.XmlRepository = new FileSystemXmlRepository(KeysFolder(storage.Value, host), logs));
        return services;
    }

    public static DirectoryInfo KeysFolder(StorageOptions storage, IHostEnvironment host)
    {
        var database = Path.GetFullPath(storage.DatabasePath, host.ContentRootPath);
        return new DirectoryInfo(Path.Combine(Path.GetDirectoryName(database)!, KeysFolderName));
    }

    private static Task Status<TOptions>(RedirectContext<TOptions> context, int statusCode)
        where TOptions : AuthenticationSchemeOptions
    {
        context.Response.StatusCode = statusCode;
        return Task.CompletedTask;
    }
}
