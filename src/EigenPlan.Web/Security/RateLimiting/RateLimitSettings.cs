namespace EigenPlan.Web.Security.RateLimiting;

/// <summary>One limit: at most <see cref="Permits"/> requests per <see cref="Window"/>; 0 permits switches it off.</summary>
public sealed class WindowLimit
{
    public int Permits { get; set; }

    public TimeSpan Window { get; set; }

    internal bool IsOn => Permits > 0;

    internal string? Problem(string name) =>
        Permits < 0 ? $"{name}:Permits must be 0 (off) or more."
        : IsOn && (Window < TimeSpan.FromSeconds(1) || Window > TimeSpan.FromDays(1)) ? $"{name}:Window must be between 00:00:01 and 1.00:00:00."
        : null;
}

/// <summary>A policy: a limit per client (real client address) and one for all clients together.</summary>
public sealed class PolicyLimits
{
    public WindowLimit PerClient { get; set; } = new();

    public WindowLimit Global { get; set; } = new();
}

/// <summary>
/// Configuration section <c>RateLimits</c>, e.g. <c>RateLimits__Code__PerClient__Permits=10</c> and
/// <c>RateLimits__Code__PerClient__Window=00:15:00</c>. The defaults are what a security review asked for.
/// </summary>
public sealed class RateLimitSettings
{
    public const string SectionName = "RateLimits";

    /// <summary>Code checks: 10 per 15 minutes per client; 300 per minute in all (a soft ceiling against a botnet).</summary>
    public PolicyLimits Code { get; set; } = Limits(10, TimeSpan.FromMinutes(15), 300, TimeSpan.FromMinutes(1));

    /// <summary>New plans: 10 per hour per client; 60 per minute in all.</summary>
    public PolicyLimits Create { get; set; } = Limits(10, TimeSpan.FromHours(1), 60, TimeSpan.FromMinutes(1));

    /// <summary>Staff sign-in: 5 per minute per client.</summary>
    public PolicyLimits Staff { get; set; } = Limits(5, TimeSpan.FromMinutes(1), 0, TimeSpan.FromMinutes(1));

    public PolicyLimits For(string policy) => policy switch
    {
        RateLimitPolicies.Code => Code,
        RateLimitPolicies.Create => Create,
        RateLimitPolicies.Staff => Staff,
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "Unknown rate-limiting policy."),
    };

    /// <summary>Null when usable; else what is wrong.</summary>
    public string? Problem() =>
        new[] { (RateLimitPolicies.Code, Code), (RateLimitPolicies.Create, Create), (RateLimitPolicies.Staff, Staff) }
            .SelectMany(p => new[]
            {
                p.Item2.PerClient.Problem($"{SectionName}:{p.Item1}:PerClient"),
                p.Item2.Global.Problem($"{SectionName}:{p.Item1}:Global"),
            })
            .FirstOrDefault(problem => problem is not null);

    private static PolicyLimits Limits(int perClient, TimeSpan clientWindow, int global, TimeSpan globalWindow) => new()
    {
        PerClient = new WindowLimit { Permits = perClient, Window = clientWindow },
        Global = new WindowLimit { Permits = global, Window = globalWindow },
    };
}
