using EigenPlan.Storage.PostgreSql;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace EigenPlan.Web.Health;

/// <summary>
/// <c>/health/live</c>: the process answers (restart it when not). <c>/health/ready</c>: the content is loaded and the
/// store answers (send it requests only then; on PostgreSQL also: the schema is at this app's version). Plain text "Healthy"/"Unhealthy", never plan data; never rate-limited.
/// </summary>
public static class HealthEndpoints
{
    public const string LivePath = "/health/live";

    public const string ReadyPath = "/health/ready";

    private const string ReadyTag = "ready";

    /// <summary>The content check, and the store check of the configured provider (<c>Storage:Provider</c>).</summary>
    public static IServiceCollection AddEigenPlanHealth(this IServiceCollection services, IConfiguration configuration)
    {
        var checks = services.AddHealthChecks().AddCheck<ContentHealthCheck>("content", tags: [ReadyTag]);
        _ = StorageProviders.Configured(configuration) == StorageProvider.PostgreSql
            ? checks.AddCheck<PostgreSqlHealthCheck>("store", tags: [ReadyTag])
            : checks.AddCheck<LiteDbHealthCheck>("store", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapEigenPlanHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false }).DisableRateLimiting();
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).DisableRateLimiting();
        return app;
    }
}
