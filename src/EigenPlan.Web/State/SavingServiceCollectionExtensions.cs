namespace EigenPlan.Web.State;

/// <summary>The services behind "nothing lost": save timing, and the hand-over of a prerendered plan to its circuit.</summary>
public static class SavingServiceCollectionExtensions
{
    public static IServiceCollection AddEigenPlanSaving(this IServiceCollection services)
    {
        services.AddOptions<PlanSaveOptions>().BindConfiguration(PlanSaveOptions.Section);
        services.AddSingleton<PrerenderedPlans>();
        return services;
    }
}
