using EigenPlan.Core.Audit;
using EigenPlan.Core.Plans;
using EigenPlan.Core.Security;

namespace EigenPlan.Storage;

/// <summary>
/// A session of <see cref="LiteDbPlanStore"/>: holds the unwrapped plan key, reachable only from this assembly, and the
/// device it was opened on. It remembers the database it was opened on, so a session from another file is refused.
/// </summary>
internal sealed class LiteDbPlanSession(
    LiteDbDatabase database, PlanId planId, string deviceId, byte[] planKey, DateTime openedUtc)
    : PlanSession(planId, deviceId, AccessRole.Owner, OwnerActor, openedUtc), IDatabaseSession
{
    /// <summary>The access log's word for the plan's owner, in the Eigen Plan and in the shared plan.</summary>
    public const string OwnerActor = AccessLogWords.OwnerActor;

    public LiteDbDatabase Database { get; } = database;

    public byte[] PlanKey { get; } = planKey;
}
