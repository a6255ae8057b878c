using EigenPlan.Core.Audit;
using EigenPlan.Core.Plans;
using EigenPlan.Core.Security;

namespace EigenPlan.Storage;

/// <summary>
/// A session of <see cref="LiteDbPlanStore"/>: holds the unwrapped plan key and, for the owner, the device key,
/// reachable only from this assembly.
/// </summary>
internal sealed class LiteDbPlanSession(
    LiteDbPlanStore store, PlanId planId, byte[] planKey, DeviceKey? owner, AccessRole role, string actor, DateTime openedUtc)
    : PlanSession(planId, role, actor, openedUtc)
{
    /// <summary>The owner's device key; null for anyone else, who then never sees the personal code.</summary>
    public DeviceKey? Owner { get; } = owner;

    public LiteDbPlanStore Store { get; } = store;

    public byte[] PlanKey { get; } = planKey;
}
