using EigenPlan.Core.Security;

namespace EigenPlan.Core.SharedPlans;

/// <summary>
/// An opened shared plan, by its owner or through an invitation. Only the store creates one (it holds the shared-plan
/// key privately), so a role cannot be forged from ids. Keep it in a scoped service for the circuit.
/// </summary>
public abstract class SharedPlanSession
{
    protected SharedPlanSession(PlanId planId, SharedPlanRole role, string? participantId, string? invitationId, DateTime openedUtc)
    {
        PlanId = planId;
        Role = role;
        ParticipantId = participantId;
        InvitationId = invitationId;
        OpenedUtc = openedUtc;
    }

    public PlanId PlanId { get; }

    public SharedPlanRole Role { get; }

    /// <summary>For an invited person: the participant they were invited as. Null for the owner.</summary>
    public string? ParticipantId { get; }

    /// <summary>For an invited person: the invitation that opened the plan. Null for the owner.</summary>
    public string? InvitationId { get; }

    /// <summary>Random per open; ties coalesced saves in the access log together. Not a secret.</summary>
    public string SessionId { get; } = Guid.NewGuid().ToString("N");

    public DateTime OpenedUtc { get; }

    public SharedPlanActor Actor => new(Role, ParticipantId, InvitationId);
}

/// <summary>Words the store puts in the access log's client hint, so the log page can tell the shared plan apart.</summary>
public static class SharedPlanLogHints
{
    /// <summary>The owner worked on the shared plan.</summary>
    public const string SharedPlan = "gezamenlijk plan";
    public const string ViaInvitation = "via uitnodiging";
    public const string WithdrawnLink = "ingetrokken link";
    public const string ExpiredLink = "verlopen link";
    public const string WrongLink = "link klopt niet";
}
