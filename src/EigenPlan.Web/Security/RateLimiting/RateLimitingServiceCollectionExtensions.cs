using System.Globalization;
using System.Threading.RateLimiting;
using EigenPlan.Core.Security;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace EigenPlan.Web.Security.RateLimiting;

/// <summary>The framework's rate limiter with the app's policies over <see cref="IRateLimitCounters"/>.</summary>
public static partial class RateLimitingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the policies of <see cref="RateLimitPolicies"/> (settings <c>RateLimits</c>, checked at start-up) over the
    /// storage provider's <see cref="IRateLimitCounters"/> (in memory for LiteDB, shared in the database for PostgreSQL;
    /// register the provider first). A refused request gets status 429 with <c>Retry-After</c>, and the status page
    /// explains it in Dutch; when the counters cannot be reached, 503 and "probeer het zo opnieuw" (fail closed).
    /// </summary>
    public static IServiceCollection AddEigenPlanRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitSettings>()
            .BindConfiguration(RateLimitSettings.SectionName)
            .Validate(settings => settings.Problem() is null, "RateLimits settings are invalid: every Permits must be 0 or more and every Window between 1 second and 1 day.")
            .ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitSettings>, IServiceProvider>((options, settings, provider) =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = OnRejectedAsync;
            foreach (var name in new[] { RateLimitPolicies.Code, RateLimitPolicies.Create, RateLimitPolicies.Staff })
            {
                options.AddPolicy(name, new CounterPolicy(name, settings.Value.For(name),
                    provider.GetRequiredService<IRateLimitCounters>(), provider.GetRequiredService<TimeProvider>(),
                    provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimitPolicies))));
            }
        });
        return services;
    }

    private static ValueTask OnRejectedAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        context.Lease.TryGetMetadata(MetadataName.ReasonPhrase, out var reason);
        var everybody = reason == CounterRateLimiter.GlobalReason;
        var unavailable = reason == CounterRateLimiter.UnavailableReason;
        var policy = http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        // No body here: the status code pages render /status/429 or /status/503, which read this and explain it.
        new RateLimitRefusal(policy, retryAfter, everybody, unavailable).Keep(http);
        if (unavailable)
        {
            // Not the visitor's doing: "the service is briefly unavailable", not "too many requests". Logged by the limiter.
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return ValueTask.CompletedTask;
        }
        LogRefused(http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimitPolicies)),
            policy ?? "?", everybody ? CounterRateLimiter.GlobalReason : CounterRateLimiter.ClientReason, (int)retryAfter.TotalSeconds);
        return ValueTask.CompletedTask;
    }

    // Never the address: the policy and whose limit it was are enough to see an attack in the logs.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate limit {Policy} ({Scope}) refused a request; retry after {Seconds} s")]
    private static partial void LogRefused(ILogger logger, string policy, string scope, int seconds);
}
