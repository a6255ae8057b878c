using EigenPlan.Web.Access;
using EigenPlan.Web.State;

namespace EigenPlan.Web;

/// <summary>The web layer's services and middleware.</summary>
public static class WebServiceCollectionExtensions
{
    /// <summary>Largest SignalR message: a full 20,000-character answer in multi-byte characters fits with room to spare.</summary>
    public const long MaxMessageBytes = 512 * 1024;

    public static IServiceCollection AddEigenPlanWeb(this IServiceCollection services)
    {
        services.AddRazorComponents()
            .AddInteractiveServerComponents()
            .AddHubOptions(options => options.MaximumReceiveMessageSize = MaxMessageBytes);
        services.AddEigenPlanSignIn();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ContentChanges>();
        services.AddSingleton<CodeAttemptLimits>();
        services.AddSingleton<CodeShownOnce>();
        services.AddScoped<PlanAccess>();
        services.AddScoped<PlanSessionOpener>();
        services.AddScoped<PlanState>();
        services.AddEigenPlanSaving();
        services.AddScoped<HelperMode>();
        services.AddSingleton<State.Together.SharedPlanChangeFeed>().AddScoped<State.Together.TogetherState>();
        return services;
    }

    public static WebApplication UseEigenPlanWeb(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/fout", createScopeForErrors: true);
        }
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            // Plan and invitation links must never leak to other sites through the Referer header.
            headers["Referrer-Policy"] = "no-referrer";
            headers["X-Content-Type-Options"] = "nosniff";
            headers["X-Frame-Options"] = "DENY";
            headers["Content-Security-Policy"] =
                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; " +
                "connect-src 'self' ws: wss:; font-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
            if (context.Request.Path.StartsWithSegments("/beheer"))
            {
                // Staff pages: never in a search engine, never cached.
                headers["X-Robots-Tag"] = "noindex, nofollow";
                headers.CacheControl = "no-store";
            }
            await next();
        });
        app.UseStatusCodePagesWithReExecute("/niet-gevonden");
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets();
        return app;
    }
}
