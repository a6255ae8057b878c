using EigenPlan.Core.Plans;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EigenPlan.Storage.PostgreSql;

/// <summary>
/// "Store reachable" for <c>/health/ready</c>: the database answers and is at the schema version this app knows. Says
/// which database and the kind of failure, never the connection string. Register with
/// <c>AddHealthChecks().AddCheck&lt;PostgreSqlHealthCheck&gt;("store")</c>.
/// </summary>
public sealed class PostgreSqlHealthCheck(PostgreSqlDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var version = await database.SchemaVersionAsync(cancellationToken);
            return version == SchemaMigrator.All[^1].Version
                ? HealthCheckResult.Healthy($"PostgreSQL reachable ({database.Describe()}), schema version {version}.")
                : HealthCheckResult.Unhealthy($"PostgreSQL ({database.Describe()}) is at schema version {version}, this app at {SchemaMigrator.All[^1].Version}.");
        }
        catch (StoreUnavailableException ex)
        {
            return HealthCheckResult.Unhealthy($"PostgreSQL not reachable ({database.Describe()}): {ex.Message}");
        }
    }
}
