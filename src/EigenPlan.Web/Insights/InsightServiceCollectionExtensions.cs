using EigenPlan.Core.Insights;

namespace EigenPlan.Web.Insights;

/// <summary>Insight for the municipality: the counter (and its meter), the flusher, the reports.</summary>
public static class InsightServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="InsightCounter"/> as <see cref="IInsightCounter"/>, <see cref="InsightFlusher"/> (a hosted service,
    /// <c>Insights:FlushInterval</c>) and <see cref="InsightReports"/>; the store (<see cref="IInsightStore"/>) comes
    /// from the storage provider.
    /// </summary>
    public static IServiceCollection AddEigenPlanInsights(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<InsightSettings>().BindConfiguration(InsightSettings.SectionName)
            .Validate(s => s.FlushInterval >= TimeSpan.FromSeconds(1), "Insights:FlushInterval must be at least one second.").ValidateOnStart();
        services.AddMetrics();
        services.AddSingleton<InsightCounter>();
        services.AddSingleton<IInsightCounter>(sp => sp.GetRequiredService<InsightCounter>());
        services.AddSingleton<InsightFlusher>();
        services.AddHostedService(sp => sp.GetRequiredService<InsightFlusher>());
        services.AddSingleton<InsightReports>();
        return services;
    }
}
