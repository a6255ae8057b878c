using EigenPlan.Core.Plans;
using EigenPlan.Core.SharedPlans;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EigenPlan.Web.Health;

/// <summary>
/// Ready when the store answers a real read. The store contract has no "can you be reached" call yet, so this looks up
/// an invitation by a fresh random link token: a read through the store's normal path that never finds anything and
/// writes nothing (an unknown token belongs to no plan, so no access log is touched).
/// </summary>
internal sealed class StoreHealthCheck(ISharedPlanStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var result = await store.OpenWithInvitationAsync(InvitationToken.Generate().Value, cancellationToken);
            return result is InvitationOpenResult.Unknown
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The store answered a random token unexpectedly.");
        }
        catch (StoreUnavailableException ex)
        {
            // The type only: a store message could name a file path, never plan data, but keep the answer short.
            return HealthCheckResult.Unhealthy("The store cannot be reached.", ex);
        }
    }
}
