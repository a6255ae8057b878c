using EigenPlan.Content;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EigenPlan.Web.Health;

/// <summary>Ready when the first load of the content is done and at least one format and one municipality are usable.</summary>
internal sealed class ContentHealthCheck(ContentCatalog catalog) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var loading = catalog.StartLoading();
        if (loading.IsFaulted)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Loading the content failed; see the log."));
        }
        if (!catalog.IsLoaded)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Content is still loading."));
        }
        var content = catalog.Current;
        return Task.FromResult(content.Formats.Count > 0 && content.Municipalities.Count > 0
            ? HealthCheckResult.Healthy($"{content.Formats.Count} formats, {content.Municipalities.Count} municipalities.")
            : HealthCheckResult.Unhealthy("No usable format or municipality; run `eigenplan check content`."));
    }
}
