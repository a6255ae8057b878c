namespace EigenPlan.Web.Security.RateLimiting;

/// <summary>
/// Why a request was refused, kept on the request for the page that explains it (<c>/status/429</c>, or
/// <c>/status/503</c> when the counters could not be reached: <paramref name="CountersUnavailable"/>).
/// </summary>
public sealed record RateLimitRefusal(string? Policy, TimeSpan RetryAfter, bool Everybody, bool CountersUnavailable = false)
{
    private static readonly object ItemKey = new();

    /// <summary>Whole minutes to wait, at least one (what the page says).</summary>
    public int Minutes => Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalMinutes));

    public static RateLimitRefusal? Of(HttpContext http) => http?.Items[ItemKey] as RateLimitRefusal;

    internal void Keep(HttpContext http) => http.Items[ItemKey] = this;
}
