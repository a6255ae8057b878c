namespace EigenPlan.Web.Components.Pages.Staff;

/// <summary>
/// The staff preview (<c>/beheer/…</c>): the access check in front of the pages, and the form post that turns a
/// correct key into a cookie.
/// </summary>
public static class StaffPreviewExtensions
{
    public const string AccessPath = "/beheer/toegang";

    /// <summary>
    /// Registers the options (<c>Staff:AccessKey</c>), the access check and, through a startup filter, the guard in
    /// front of <c>/beheer</c> and the form post of the access page; one line in <c>Program.cs</c>.
    /// </summary>
    public static IServiceCollection AddEigenPlanStaffPreview(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton(new StaffOptions { AccessKey = configuration.GetSection(StaffOptions.SectionName)[nameof(StaffOptions.AccessKey)] });
        services.AddSingleton<StaffAccess>();
        services.AddTransient<IStartupFilter, StaffStartupFilter>();
        return services;
    }

    private sealed class StaffStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(GuardAsync);
            next(app);
        };
    }

    private static async Task GuardAsync(HttpContext context, Func<Task> next)
    {
        var path = context.Request.Path;
        if (!path.StartsWithSegments("/beheer"))
        {
            await next();
            return;
        }

        // Never in a search engine, never cached: this is not a page for residents.
        context.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        context.Response.Headers.CacheControl = "no-store";
        var access = context.RequestServices.GetRequiredService<StaffAccess>();
        if (path.Equals(AccessPath, StringComparison.Ordinal) && HttpMethods.IsPost(context.Request.Method))
        {
            await SignInAsync(context, access);
            return;
        }

        if (access.IsEnabled && !path.StartsWithSegments(AccessPath) && !access.IsAllowed(context))
        {
            context.Response.Redirect($"{AccessPath}?terug={Uri.EscapeDataString(path.Value ?? "/beheer")}");
            return;
        }

        await next();
    }

    /// <summary>
    /// The access form's post. Login CSRF is harmless here (it could only let someone see the public Sociale Kaart)
    /// and the cookie is SameSite=Strict, so this small form does without an antiforgery token.
    /// </summary>
    private static async Task SignInAsync(HttpContext context, StaffAccess access)
    {
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync() : FormCollection.Empty;
        var back = SafeReturn(form["terug"]);
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "onbekend";
        if (!access.IsEnabled)
        {
            context.Response.Redirect(AccessPath);
        }
        else if (access.IsBlocked(address))
        {
            context.Response.Redirect($"{AccessPath}?fout=te-vaak&terug={Uri.EscapeDataString(back)}");
        }
        else if (!access.IsKeyCorrect(form["sleutel"]))
        {
            access.RecordFailure(address);
            context.Response.Redirect($"{AccessPath}?fout=sleutel&terug={Uri.EscapeDataString(back)}");
        }
        else
        {
            context.Response.Cookies.Append(StaffAccess.CookieName, access.Token()!, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = context.Request.IsHttps,
                Path = "/",
                MaxAge = TimeSpan.FromHours(8),
                IsEssential = true,
            });
            context.Response.Redirect(back);
        }
    }

    /// <summary>Only a preview page of this site: never an open redirect.</summary>
    internal static string SafeReturn(string? back) =>
        back is { Length: > 8 } && back.StartsWith("/beheer/", StringComparison.Ordinal) && !back.StartsWith("//", StringComparison.Ordinal)
            && !back.Contains('\\', StringComparison.Ordinal) && back != AccessPath
            ? back
            : "/beheer";
}
