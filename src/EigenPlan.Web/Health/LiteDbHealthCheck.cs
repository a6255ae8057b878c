using EigenPlan.Core.Plans;
using EigenPlan.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EigenPlan.Web.Health;

/// <summary>
/// "Store reachable" on LiteDB: the file answers a read (<see cref="LiteDbDatabase.CheckReachableAsync"/>: one index
/// lookup, no write lock, nothing written), so a probe every few seconds never waits behind a save or holds one up.
/// On PostgreSQL the provider's own check is used (<c>PostgreSqlHealthCheck</c>).
/// </summary>
internal sealed class LiteDbHealthCheck(LiteDbDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await database.CheckReachableAsync();
            return HealthCheckResult.Healthy();
        }
        catch (StoreUnavailableException ex)
        {
            // The type only: a store message could name a file path, never plan data, but keep the answer short.
            return HealthCheckResult.Unhealthy("The store cannot be reached.", ex);
        }
    }
}
