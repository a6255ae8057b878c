using EigenPlan.Core.Audit;
using EigenPlan.Core.Plans;
using EigenPlan.Core.Security;

namespace EigenPlan.Storage;

/// <summary>
/// A session of <see cref="LiteDbPlanStore"/>: holds the unwrapped plan key and, for the owner, the device key,
/// reachable only from this assembly. It remembers the database it was opened on, so a session from another file is refused.
/// </summary>
internal sealed class LiteDbPlanSession(
    LiteDbDatabase database, PlanId planId, byte[] planKey, DeviceKey? owner, AccessRole role, string actor, DateTime openedUtc)
    : PlanSession(planId, role, actor, openedUtc), IDatabaseSession
{
    /// <summary>The access log's word for the plan's owner, in the Eigen Plan and in the shared plan.</summary>
    public const string OwnerActor = "eigenaar";

    /// <summary>The owner's device key; null for anyone else, who then never sees the personal code.</summary>
    public DeviceKey? Owner { get; } = owner;

    public LiteDbDatabase Database { get; } = database;

    public byte[] PlanKey { get; } = planKey;
}
