using EigenPlan.Core.Security;
using EigenPlan.Core.SharedPlans;

namespace EigenPlan.Storage;

/// <summary>
/// A session of the shared plan, holding (only in this assembly) what unwraps the <i>current</i> shared-plan key: for the
/// owner the Eigen Plan's plan key and the owner's device, for an invited person their invitation's KEK. It never keeps
/// the shared-plan key itself, which changes whenever an invitation is withdrawn.
/// </summary>
internal sealed class LiteDbSharedPlanSession : SharedPlanSession, IDatabaseSession
{
    private LiteDbSharedPlanSession(LiteDbDatabase database, PlanId planId, SharedPlanRole role, string? participantId, string? invitationId,
        DateTime openedUtc, byte[]? planKey, string? ownerDeviceId, byte[]? kek)
        : base(planId, role, participantId, invitationId, openedUtc)
    {
        Database = database;
        PlanKey = planKey;
        OwnerDeviceId = ownerDeviceId;
        Kek = kek;
    }

    public LiteDbDatabase Database { get; }

    /// <summary>The owner's plan key; null for an invited person.</summary>
    public byte[]? PlanKey { get; }

    /// <summary>The device the owner opened the Eigen Plan on; closing it ends this session too.</summary>
    public string? OwnerDeviceId { get; }

    /// <summary>The invitation's key-encryption key; null for the owner.</summary>
    public byte[]? Kek { get; }

    public static LiteDbSharedPlanSession ForOwner(LiteDbPlanSession owner, DateTime openedUtc) =>
        new(owner.Database, owner.PlanId, SharedPlanRole.Owner, null, null, openedUtc, owner.PlanKey, owner.DeviceId, null);

    public static LiteDbSharedPlanSession ForInvitee(LiteDbDatabase database, InvitationRecord invitation, DateTime openedUtc, byte[] kek) =>
        new(database, invitation.PlanId, invitation.Role.ToRole(), invitation.ParticipantId, invitation.Id, openedUtc, null, null, kek);
}
