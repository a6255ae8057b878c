namespace EigenPlan.Web.State;

/// <summary>When <see cref="PlanState"/> saves (section <c>Saving</c>; the defaults are what the benchmarks measured).</summary>
public sealed class PlanSaveOptions
{
    public const string Section = "Saving";

    /// <summary>The pause in typing after which a change is saved.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.FromMilliseconds(600);

    /// <summary>The longest a change waits while the resident keeps typing without a pause.</summary>
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The wait before trying again when the store is unavailable.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(3);
}
