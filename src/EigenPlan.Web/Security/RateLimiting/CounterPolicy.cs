using System.Threading.RateLimiting;
using EigenPlan.Core.Security;
using Microsoft.AspNetCore.RateLimiting;

namespace EigenPlan.Web.Security.RateLimiting;

/// <summary>
/// A policy for the framework's rate-limiting middleware: POSTs get a <see cref="CounterRateLimiter"/> for the real
/// client address; every other method (opening the page) is not limited.
/// </summary>
internal sealed class CounterPolicy(string name, PolicyLimits limits, IRateLimitCounters counters, TimeProvider time, ILogger logger)
    : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => null;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!HttpMethods.IsPost(httpContext.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("");
        }
        return RateLimitPartition.Get(ClientPartition.Of(httpContext), client => new CounterRateLimiter(counters, name, limits, client, time, logger));
    }
}
