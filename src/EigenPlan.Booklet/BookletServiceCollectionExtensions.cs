using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EigenPlan.Booklet;

/// <summary>Registers the booklet renderer and the uitlegboekje renderer.</summary>
public static class BookletServiceCollectionExtensions
{
    public static IServiceCollection AddEigenPlanBooklet(this IServiceCollection services)
    {
        services.TryAddSingleton<IBookletRenderer, BookletRenderer>();
        services.TryAddSingleton<IExplanationBookletRenderer, ExplanationBookletRenderer>();
        return services;
    }
}
