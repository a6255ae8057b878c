using EigenPlan.Core.Security;
using EigenPlan.Core.SharedPlans;

namespace EigenPlan.Storage;

/// <summary>A session of the shared plan: holds the unwrapped shared-plan key, reachable only from this assembly.</summary>
internal sealed class LiteDbSharedPlanSession(
    LiteDbDatabase database, PlanId planId, SharedPlanRole role, string? participantId, string? invitationId, DateTime openedUtc, byte[] sharedKey)
    : SharedPlanSession(planId, role, participantId, invitationId, openedUtc), IDatabaseSession
{
    public LiteDbDatabase Database { get; } = database;

    public byte[] SharedKey { get; } = sharedKey;
}
