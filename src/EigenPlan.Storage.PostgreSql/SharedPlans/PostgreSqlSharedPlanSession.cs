using EigenPlan.Core.Security;
using EigenPlan.Core.SharedPlans;
using EigenPlan.Storage.Transfer;

namespace EigenPlan.Storage.PostgreSql;

/// <summary>
/// A session of the shared plan, holding (only in this assembly) what unwraps the <i>current</i> shared-plan key: for the
/// owner the Eigen Plan's plan key and the owner's device, for an invited person their invitation's KEK. It never keeps
/// the shared-plan key itself, which changes whenever an invitation is withdrawn.
/// </summary>
internal sealed class PostgreSqlSharedPlanSession : SharedPlanSession, IPostgreSqlSession
{
    private PostgreSqlSharedPlanSession(PostgreSqlDatabase database, PlanId planId, SharedPlanRole role, string? participantId, string? invitationId,
        DateTime openedUtc, byte[]? planKey, string? ownerDeviceId, byte[]? kek)
        : base(planId, role, participantId, invitationId, openedUtc)
    {
        Database = database;
        PlanKey = planKey;
        OwnerDeviceId = ownerDeviceId;
        Kek = kek;
    }

    public PostgreSqlDatabase Database { get; }

    /// <summary>The owner's plan key; null for an invited person.</summary>
    public byte[]? PlanKey { get; }

    /// <summary>The device the owner opened the Eigen Plan on; closing it ends this session too.</summary>
    public string? OwnerDeviceId { get; }

    /// <summary>The invitation's key-encryption key; null for the owner.</summary>
    public byte[]? Kek { get; }

    public static PostgreSqlSharedPlanSession ForOwner(PostgreSqlPlanSession owner, DateTime openedUtc) =>
        new(owner.Database, owner.PlanId, SharedPlanRole.Owner, null, null, openedUtc, owner.PlanKey, owner.DeviceId, null);

    public static PostgreSqlSharedPlanSession ForInvitee(PostgreSqlDatabase database, InvitationRow invitation, DateTime openedUtc, byte[] kek) =>
        new(database, invitation.PlanId, invitation.Role.ToRole(), invitation.ParticipantId, invitation.Id, openedUtc, null, null, kek);
}
