using EigenPlan.Web.Access;
using EigenPlan.Web.Endpoints;
using EigenPlan.Web.Health;
using EigenPlan.Web.Languages;
using EigenPlan.Web.Hosting;
using EigenPlan.Web.Security;
using EigenPlan.Web.Security.Circuits;
using EigenPlan.Web.Security.RateLimiting;
using EigenPlan.Web.State;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace EigenPlan.Web;

/// <summary>The web layer's services and middleware.</summary>
public static partial class WebServiceCollectionExtensions
{
    /// <summary>The HSTS lifetime browsers are told (when the app is reached over HTTPS, outside Development).</summary>
    public static readonly TimeSpan HstsMaxAge = TimeSpan.FromDays(365);

    /// <summary>
    /// The web layer over the storage provider registered before it (it takes the provider's <c>IRateLimitCounters</c>,
    /// <c>ISharedPlanChanges</c> and Data Protection key store; <paramref name="configuration"/> says which provider).
    /// </summary>
    public static IServiceCollection AddEigenPlanWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRazorComponents()
            .AddInteractiveServerComponents()
            .AddHubOptions(options => options.MaximumReceiveMessageSize = SignalRLimits.MaxMessageBytes);
        services.AddEigenPlanLanguages();
        services.AddEigenPlanSignIn(configuration);
        services.AddEigenPlanProtection();
        services.AddEigenPlanHealth(configuration);
        services.AddEigenPlanHtmlCompression();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ContentChanges>();
        services.AddSingleton<BlankBookletCache>();
        services.AddSingleton<CodeAttemptLimits>();
        services.AddSingleton<CodeShownOnce>();
        services.AddScoped<PlanAccess>();
        services.AddScoped<PlanSessionOpener>();
        services.AddScoped<PlanState>();
        services.AddEigenPlanSaving();
        services.AddScoped<HelperMode>();
        services.AddScoped<State.Together.TogetherState>();
        // Nobody listens to shared-plan events yet; a notification feature registers its own ISharedPlanEvents.
        services.TryAddSingleton<Core.SharedPlans.ISharedPlanEvents, Core.SharedPlans.NoSharedPlanEvents>();
        services.AddScoped<State.Together.EmailChoice>();
        return services;
    }

    /// <summary>Forwarded headers from known proxies, HSTS, rate limits and the circuit cap, each from its settings.</summary>
    private static IServiceCollection AddEigenPlanProtection(this IServiceCollection services)
    {
        services.AddOptions<ProxySettings>().BindConfiguration(ProxySettings.SectionName)
            .Validate(settings => settings.Problem() is null, "ForwardedHeaders:ForwardLimit must be between 1 and 10.").ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxySettings>>((options, settings) => settings.Value.ApplyTo(options));
        services.AddHsts(options => options.MaxAge = HstsMaxAge);
        services.AddEigenPlanRateLimits();
        services.AddOptions<CircuitSettings>().BindConfiguration(CircuitSettings.SectionName)
            .Validate(settings => settings.Problem() is null, "Circuits:MaxPerClient must be at least 1.").ValidateOnStart();
        services.AddHttpContextAccessor();
        services.AddSingleton<CircuitsPerClient>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, CircuitCapHandler>());
        return services;
    }

    public static WebApplication UseEigenPlanWeb(this WebApplication app)
    {
        // First: everything after this sees the real client address, scheme and host (from known proxies only).
        app.UseForwardedHeaders();
        // Early, so error and status pages are compressed by the same rule (HtmlCompression says which pages).
        app.UseResponseCompression();
        // Before anything renders: pages, status pages and the circuit hub all run in the chosen language.
        app.UseEigenPlanLanguages();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/fout", createScopeForErrors: true);
            // Only sent on HTTPS requests (behind the proxy: X-Forwarded-Proto https), never for localhost.
            app.UseHsts();
            WarnAboutOpenHosts(app);
        }
        app.UseEigenPlanSecurityHeaders();
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapEigenPlanHealth();
        return app;
    }

    private static void WarnAboutOpenHosts(WebApplication app)
    {
        var hosts = app.Services.GetRequiredService<IOptions<HostFilteringOptions>>().Value.AllowedHosts;
        if (hosts.Contains("*"))
        {
            LogOpenHosts(app.Logger);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "AllowedHosts is '*': set it to the site's host name, e.g. AllowedHosts=eigenplan.gemeente.nl")]
    private static partial void LogOpenHosts(ILogger logger);
}
