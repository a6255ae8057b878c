using EigenPlan.Web.State.Diagnostics;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace EigenPlan.Web.State;

/// <summary>
/// The services behind "nothing lost": save timing, the hand-over of a prerendered plan to its circuit, and the
/// circuit counter and (switched off by default) memory endpoint the load benchmark reads.
/// </summary>
public static class SavingServiceCollectionExtensions
{
    public static IServiceCollection AddEigenPlanSaving(this IServiceCollection services)
    {
        services.AddOptions<PlanSaveOptions>().BindConfiguration(PlanSaveOptions.Section);
        services.AddSingleton<PrerenderedPlans>();
        services.AddOptions<BenchDiagnosticsOptions>().BindConfiguration(BenchDiagnosticsOptions.Section);
        services.AddSingleton<CircuitCounter>();
        services.AddScoped<CircuitHandler, CircuitCounter.Handler>();
        services.AddScoped<CircuitConnection>();
        services.AddScoped<CircuitHandler, CircuitConnection.Handler>();
        services.AddTransient<IStartupFilter, BenchDiagnosticsStartup>();
        return services;
    }
}
