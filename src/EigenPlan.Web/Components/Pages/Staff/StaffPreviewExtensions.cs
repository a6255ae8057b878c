using EigenPlan.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace EigenPlan.Web.Components.Pages.Staff;

/// <summary>The staff preview (<c>/beheer/…</c>): its options, key check, cookie sign-in and authorization policy.</summary>
public static class StaffPreviewExtensions
{
    public const string AccessPath = "/beheer/toegang";

    /// <summary>
    /// Registers the options (<c>Staff:Keys:&lt;name&gt;</c>, checked at start-up: a key shorter than
    /// <see cref="StaffOptions.MinKeyLength"/> stops the start), the key check, the staff cookie scheme and the
    /// <see cref="StaffPrincipal.Policy"/> that every staff page requires; one line in <c>Program.cs</c>.
    /// </summary>
    public static IServiceCollection AddEigenPlanStaffPreview(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StaffOptions>().BindConfiguration(StaffOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StaffOptions>, StaffOptions.Validator>();
        services.AddSingleton<StaffAccess>();
        services.AddSingleton<IAuthorizationHandler, StaffKeyHandler>();
        services.AddAuthentication().AddCookie(StaffPrincipal.Scheme, cookie =>
        {
            cookie.Cookie.Name = StaffPrincipal.CookieName;
            cookie.Cookie.HttpOnly = true;
            // Always: behind a TLS proxy the app itself may see plain HTTP; browsers accept Secure on http://127.0.0.1.
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.IsEssential = true;
            // The expiry is in the protected ticket: the server refuses the cookie after 8 hours, whatever the browser keeps.
            cookie.ExpireTimeSpan = StaffPrincipal.Lifetime;
            cookie.SlidingExpiration = false;
            cookie.LoginPath = AccessPath;
            cookie.AccessDeniedPath = AccessPath;
            cookie.ReturnUrlParameter = "terug";
        });
        services.AddAuthorizationBuilder().AddPolicy(StaffPrincipal.Policy, policy => policy
            .AddAuthenticationSchemes(StaffPrincipal.Scheme)
            .AddRequirements(new StaffKeyRequirement()));
        return services;
    }

    /// <summary>Only a preview page of this site: never an open redirect.</summary>
    internal static string SafeReturn(string? back) =>
        back is { Length: > 8 } && back.StartsWith("/beheer/", StringComparison.Ordinal) && !back.StartsWith("//", StringComparison.Ordinal)
            && !back.Contains('\\', StringComparison.Ordinal) && back != AccessPath
            ? back
            : "/beheer";
}
