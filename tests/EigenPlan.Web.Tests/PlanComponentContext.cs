using System.Security.Claims;
using Bunit;
using EigenPlan.Content;
using EigenPlan.Core.Plans;
using EigenPlan.Storage;
using EigenPlan.Web.Access;
using EigenPlan.Web.State;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EigenPlan.Web.Tests;

/// <summary>
/// A bunit context with the real content, a real encrypted store in a temp file, and a resident signed in for one
/// plan: components render exactly as in the app, without a browser.
/// </summary>
public abstract class PlanComponentContext : BunitContext, IAsyncLifetime
{
    private readonly SignedInResident _resident = new();

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
        Services.AddLocalization();
        Services.AddEigenPlanContent(configuration);
        Services.AddEigenPlanStorage(configuration);
        Services.AddSingleton<AuthenticationStateProvider>(_resident);
        Services.AddDataProtection();
        Services.AddSingleton<CodeAttemptLimits>();
        Services.AddSingleton<CodeShownOnce>();
        Services.AddScoped<PlanAccess>();
        Services.AddScoped<PlanSessionOpener>();
        Services.AddScoped<PlanState>();
        Services.AddEigenPlanSaving();
        Services.AddScoped<HelperMode>();
        // As in the app: interactive server rendering (the plan opens only when interactive).
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", true));
    }

    /// <summary>Creates a plan for Almere, lets the test fill it, and signs the resident in for it (as the cookie would).</summary>
    protected async Task<string> CreatePlanAsync(Action<PlanEditor>? fill = null)
    {
        var plan = new PlanContent { MunicipalityId = "almere", FormatId = "basis" };
        fill?.Invoke(new PlanEditor(plan, BundledContent.Format, BundledContent.Almere));
        var store = Services.GetRequiredService<IPlanStore>();
        var created = await store.CreateAsync(plan, new NewDevice("bunit", shared: false));
        _resident.User = ResidentPrincipal.Create(created.Device);
        return created.PlanId.ToString();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>
    /// Disposes the services asynchronously: <see cref="PlanState"/> flushes its last save in <c>DisposeAsync</c> and
    /// has no blocking <c>Dispose</c>, which a synchronous dispose of the container would refuse. xunit v2 calls this
    /// before <c>Dispose</c>, which then finds everything disposed already.
    /// </summary>
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>The user of the "connection", as the framework passes it into a circuit.</summary>
    private sealed class SignedInResident : AuthenticationStateProvider
    {
        public ClaimsPrincipal User { get; set; } = new(new ClaimsIdentity());

        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(User));
    }
}
