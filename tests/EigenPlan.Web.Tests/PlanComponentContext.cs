using Bunit;
using EigenPlan.Content;
using EigenPlan.Core.Plans;
using EigenPlan.Storage;
using EigenPlan.Web.State;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.FluentUI.AspNetCore.Components;

namespace EigenPlan.Web.Tests;

/// <summary>
/// A bunit context with the real content, a real encrypted store in a temp file, and a browser "cookie" for one
/// plan: components render exactly as in the app, without a browser.
/// </summary>
public abstract class PlanComponentContext : BunitContext
{
    private readonly DefaultHttpContext _http = new();

    protected PlanComponentContext()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Content:Path"] = RepoRoot.Content,
            ["Storage:DatabasePath"] = Path.Combine(Path.GetTempPath(), "eigenplan-bunit-" + Guid.NewGuid().ToString("N"), "plans.db"),
            ["Storage:KdfIterations"] = "1000",
        }).Build();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddSingleton<IConfiguration>(configuration);
        Services.AddLogging();
        Services.AddEigenPlanContent(configuration);
        Services.AddEigenPlanStorage(configuration);
        Services.AddFluentUIComponents();
        Services.AddSingleton<IHttpContextAccessor>(new HttpContextAccessor { HttpContext = _http });
        Services.AddSingleton<SessionTickets>();
        Services.AddScoped<PlanSessionOpener>();
        Services.AddScoped<PlanState>();
        Services.AddScoped<HelperMode>();
        // As in the app: interactive server rendering (the plan opens only when interactive).
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", true));
    }

    /// <summary>Creates a plan for Almere, lets the test fill it, and "sets the cookie" for it.</summary>
    protected async Task<string> CreatePlanAsync(Action<PlanEditor>? fill = null)
    {
        var plan = new PlanContent { MunicipalityId = "almere", FormatId = "basis" };
        fill?.Invoke(new PlanEditor(plan, BundledContent.Format, BundledContent.Almere));
        var store = Services.GetRequiredService<IPlanStore>();
        var created = await store.CreateAsync(plan, new NewDevice("bunit", shared: false));
        _http.Request.Headers.Cookie = $"{DeviceCookie.Name}={created.PlanId}.{DeviceCookie.DevicePart(created.Device)}";
        return created.PlanId.ToString();
    }
}
