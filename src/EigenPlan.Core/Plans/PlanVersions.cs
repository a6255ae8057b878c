namespace EigenPlan.Core.Plans;

/// <summary>A plan as loaded: its content and the version that content is (1 after creation, +1 per save).</summary>
public sealed record StoredPlan(PlanContent Content, long Version);

/// <summary>
/// The outcome of a save with optimistic concurrency: stored as a new version, or refused because another device saved
/// first. The store never overwrites a newer version; the caller merges (see <see cref="PlanMerge"/>) and saves again.
/// </summary>
public abstract record SaveResult
{
    private SaveResult()
    {
    }

    /// <summary>Stored; <see cref="Version"/> is the version to expect next time.</summary>
    public sealed record Saved(long Version) : SaveResult;

    /// <summary>Not stored: the plan is at <see cref="Version"/> with <see cref="Current"/>, newer than the version expected.</summary>
    public sealed record Conflict(PlanContent Current, long Version) : SaveResult;
}
