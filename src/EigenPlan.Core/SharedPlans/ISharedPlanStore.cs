using EigenPlan.Core.Audit;
using EigenPlan.Core.Plans;

namespace EigenPlan.Core.SharedPlans;

/// <summary>
/// Keeps the shared plan and its invitations, encrypted at rest (see <see cref="SharedPlanCrypto"/>). The owner's
/// <see cref="PlanSession"/> proves ownership; an invitation link opens it for someone else in the role it was made
/// for. Every open, change, print, invitation, withdrawal and failed attempt is written to the plan's keyed access
/// log with the role and the invitation id. Rules live in <see cref="SharedPlanRules"/> and <see cref="SharedPlanEditor"/>;
/// the store applies them, so the web layer cannot go around them.
/// </summary>
public interface ISharedPlanStore
{
    /// <summary>True when the owner's plan has a shared plan.</summary>
    Task<bool> ExistsAsync(PlanSession owner, CancellationToken cancellationToken = default);

    /// <summary>Stores a new shared plan for the owner's plan; throws <see cref="InvalidOperationException"/> when one exists.</summary>
    Task<SharedPlanSession> CreateAsync(PlanSession owner, SharedPlan plan, CancellationToken cancellationToken = default);

    /// <summary>Opens the owner's shared plan; null when there is none. Logged as an open of the shared plan.</summary>
    Task<SharedPlanSession?> OpenAsOwnerAsync(PlanSession owner, CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens with the token from an invitation link. A forged token gives <see cref="InvitationOpenResult.Unknown"/>;
    /// a withdrawn or expired one its own result, and a failed attempt in the plan's log.
    /// </summary>
    Task<InvitationOpenResult> OpenWithInvitationAsync(string token, CancellationToken cancellationToken = default);

    /// <summary>Decrypts the plan; null when it was deleted or the invitation was withdrawn or expired meanwhile.</summary>
    Task<SharedPlan?> LoadAsync(SharedPlanSession session, CancellationToken cancellationToken = default);

    /// <summary>
    /// Loads the newest version, applies <paramref name="edit"/> through a <see cref="SharedPlanEditor"/> for the session's
    /// role, and saves when it succeeded — all under one lock, so two people changing the plan at once both keep their change.
    /// </summary>
    Task<SharedPlanEditResult> UpdateAsync(SharedPlanSession session, Func<SharedPlanEditor, SharedPlanEditResult> edit,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes an invitation link for a participant, ending at <paramref name="expiresUtc"/> or, when null, after
    /// <see cref="Invitation.DefaultLifetime"/> (90 days). Owner only (<see cref="SharedPlanAccessDeniedException"/> otherwise).
    /// </summary>
    Task<InvitationCreated> InviteAsync(SharedPlanSession owner, string participantId, InvitationRole role, DateTime? expiresUtc,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Gives an invitation that was not withdrawn a new end date in the future (also one that had expired). Owner only.
    /// False when there is no such invitation or it was withdrawn.
    /// </summary>
    Task<bool> ExtendInvitationAsync(SharedPlanSession owner, string invitationId, DateTime newExpiresUtc, CancellationToken cancellationToken = default);

    /// <summary>
    /// Withdraws an invitation: deletes its key copies and <b>rotates the shared-plan key</b> (new key, plan re-encrypted,
    /// re-wrapped for the remaining invitations), so nothing the withdrawn person kept opens what is saved after. Owner only.
    /// </summary>
    Task<bool> WithdrawAsync(SharedPlanSession owner, string invitationId, CancellationToken cancellationToken = default);

    /// <summary>The plan's invitations, newest first. Owner only.</summary>
    Task<IReadOnlyList<Invitation>> ListInvitationsAsync(SharedPlanSession owner, CancellationToken cancellationToken = default);

    /// <summary>Deletes the shared plan and every invitation. Owner only. The Eigen Plan stays.</summary>
    Task DeleteAsync(SharedPlanSession owner, CancellationToken cancellationToken = default);

    /// <summary>Records a print or download of the shared plan (<see cref="AccessAction.Printed"/> or <see cref="AccessAction.Exported"/>).</summary>
    Task RecordAsync(SharedPlanSession session, AccessAction action, CancellationToken cancellationToken = default);

    /// <summary>The plan's whole access log (Eigen Plan and shared plan), oldest first, optionally between two UTC times. Owner only.</summary>
    Task<IReadOnlyList<AccessLogEntry>> ReadAccessLogAsync(SharedPlanSession owner, DateTime? fromUtc = null, DateTime? toUtc = null,
        CancellationToken cancellationToken = default);
}
