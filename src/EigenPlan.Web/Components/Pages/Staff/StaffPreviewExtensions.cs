using EigenPlan.Web.Access;

namespace EigenPlan.Web.Components.Pages.Staff;

/// <summary>The staff preview (<c>/beheer/…</c>): its options, key check, cookie sign-in and authorization policy.</summary>
public static class StaffPreviewExtensions
{
    public const string AccessPath = "/beheer/toegang";

    /// <summary>
    /// Registers the options (<c>Staff:AccessKey</c>; the preview is off when it is empty), the key check, the staff
    /// cookie scheme and the <see cref="StaffPrincipal.Policy"/> that every staff page requires; one line in
    /// <c>Program.cs</c>.
    /// </summary>
    public static IServiceCollection AddEigenPlanStaffPreview(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new StaffOptions { AccessKey = configuration.GetSection(StaffOptions.SectionName)[nameof(StaffOptions.AccessKey)] };
        services.AddSingleton(options);
        services.AddSingleton<StaffAccess>();
        services.AddAuthentication().AddCookie(StaffPrincipal.Scheme, cookie =>
        {
            cookie.Cookie.Name = StaffPrincipal.CookieName;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.IsEssential = true;
            cookie.ExpireTimeSpan = StaffPrincipal.Lifetime;
            cookie.SlidingExpiration = false;
            cookie.LoginPath = AccessPath;
            cookie.AccessDeniedPath = AccessPath;
            cookie.ReturnUrlParameter = "terug";
        });
        services.AddAuthorizationBuilder().AddPolicy(StaffPrincipal.Policy, policy =>
        {
            policy.AddAuthenticationSchemes(StaffPrincipal.Scheme);
            if (options.AccessKey is { Length: > 0 } key)
            {
                policy.RequireClaim(StaffPrincipal.KeyClaim, StaffPrincipal.KeyName(key));
            }
            else
            {
                // Off: nobody gets in, and the sign-in page says the preview is off.
                policy.RequireAssertion(_ => false);
            }
        });
        return services;
    }

    /// <summary>Only a preview page of this site: never an open redirect.</summary>
    internal static string SafeReturn(string? back) =>
        back is { Length: > 8 } && back.StartsWith("/beheer/", StringComparison.Ordinal) && !back.StartsWith("//", StringComparison.Ordinal)
            && !back.Contains('\\', StringComparison.Ordinal) && back != AccessPath
            ? back
            : "/beheer";
}
