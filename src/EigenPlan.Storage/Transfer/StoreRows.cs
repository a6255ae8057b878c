using EigenPlan.Core.Security;
using EigenPlan.Core.SharedPlans;

namespace EigenPlan.Storage.Transfer;

// The rows every provider stores, in provider-neutral form: what a copy between providers carries (nothing decrypted),
// and the PostgreSQL provider's own row types. Byte for byte what was sealed: boxes, salts and verifiers are never opened.

/// <summary>A live plan: what checks a code and decrypts the content. Never the code.</summary>
public sealed record PlanRow(
    PlanId Id,
    byte[] Salt,
    int Iterations,
    byte[] Verifier,
    SealedBox WrappedKey,
    SealedBox Content,
    long Version,
    DateTime CreatedUtc,
    DateTime UpdatedUtc);

/// <summary>A deleted plan: only its id (never handed out again) and when it was deleted.</summary>
public sealed record PlanTombstoneRow(PlanId Id, DateTime DeletedUtc);

/// <summary>A device's own copy of the plan key: the secret's verifier, the wrapped key and the encrypted label.</summary>
public sealed record DeviceRow(
    string Id,
    PlanId PlanId,
    byte[] Verifier,
    SealedBox WrappedKey,
    SealedBox Label,
    bool Shared,
    DateTime CreatedUtc,
    DateTime LastUsedUtc,
    DateTime ExpiresUtc);

/// <summary>A shared plan: its current key wrapped under the plan key, and its encrypted content.</summary>
public sealed record SharedPlanRow(PlanId PlanId, SealedBox WrappedKey, SealedBox Content, DateTime CreatedUtc, DateTime UpdatedUtc);

/// <summary>
/// An invitation: found by the hash of its link token, with its KEK wrapped for the invitee and for the owner and the
/// shared-plan key wrapped under the KEK (all three null once withdrawn). <see cref="ExpiresUtc"/> is bound into the
/// key wrap to the tick, so a provider must store it exactly.
/// </summary>
public sealed record InvitationRow(
    string Id,
    PlanId PlanId,
    string TokenHash,
    string ParticipantId,
    InvitationRole Role,
    DateTime CreatedUtc,
    DateTime? ExpiresUtc,
    DateTime? WithdrawnUtc,
    DateTime? LastUsedUtc,
    SealedBox? InviteeKek,
    SealedBox? OwnerKek,
    SealedBox? SharedKey)
{
    /// <summary>What the shared-key wrap is bound to.</summary>
    public InvitationBinding Binding => new(Id, ParticipantId, Role, ExpiresUtc);

    /// <summary>As the owner sees it.</summary>
    public Invitation ToInvitation() => new(Id, ParticipantId, Role, CreatedUtc, ExpiresUtc, WithdrawnUtc, LastUsedUtc);

    /// <summary>The row after withdrawal: every key copy gone.</summary>
    public InvitationRow Withdrawn(DateTime nowUtc) => this with { WithdrawnUtc = nowUtc, InviteeKek = null, OwnerKek = null, SharedKey = null };
}

/// <summary>
/// An e-mail opt-in of an invited person: ids, the address sealed under the notification key (bound to the recipient and
/// invitation ids, so it moves as it is), and the digest's times.
/// </summary>
public sealed record NotificationRecipientRow(
    string RecipientId,
    PlanId PlanId,
    string InvitationId,
    string ParticipantId,
    SealedBox Address,
    DateTime SinceUtc,
    DateTime? PendingSinceUtc,
    DateTime? UrgentSinceUtc,
    DateTime? LastChangeUtc,
    DateTime? LastSentUtc,
    DateTime? DueUtc,
    DateTime? ClaimedUntilUtc);

/// <summary>An evaluation notice waiting for (or sent to) one recipient: ids, the evaluation's date and times only.</summary>
public sealed record EvaluationNoticeRow(
    string RecipientId,
    string EvaluationId,
    string PlanId,
    DateOnly EvaluationDate,
    DateTime NotBeforeUtc,
    DateTime? SentUtc,
    DateTime? ClaimedUntilUtc);

/// <summary>One insight counter: counts only, per municipality, ISO week, metric and key (no plan id, no text).</summary>
public sealed record InsightCountRow(string Municipality, string Week, string Metric, string Key, long Count);
