using EigenPlan.Core.SharedPlans;

namespace EigenPlan.Core.Notifications;

/// <summary>
/// The people who asked for e-mail, one per invitation, and when each is due for one. The address is sealed under the
/// <see cref="NotificationKey"/>; the row holds ids and times (<see cref="NotificationSchedule"/>), never what changed.
/// Works across restarts and instances: the sender claims due rows for a while (<see cref="ClaimDueAsync"/>), so two
/// instances never send the same e-mail, and a crashed sender's rows come free again.
/// </summary>
public interface INotificationStore : INotificationSink
{
    /// <summary>The invited person's opt-in, with the address they typed; null when they have none.</summary>
    Task<NotificationSubscription?> FindAsync(SharedPlanSession invitee, CancellationToken cancellationToken = default);

    /// <summary>
    /// Turns e-mail on (or changes the address) for the invitation that opened <paramref name="invitee"/>. Only an invited
    /// person can (<see cref="SharedPlanAccessDeniedException"/> for the owner); the address must pass <see cref="NotificationAddress"/>.
    /// </summary>
    Task SubscribeAsync(SharedPlanSession invitee, string address, CancellationToken cancellationToken = default);

    /// <summary>Turns e-mail off for this invitation and deletes the address. False when it was off.</summary>
    Task<bool> UnsubscribeAsync(SharedPlanSession invitee, CancellationToken cancellationToken = default);

    /// <summary>Turns e-mail off with the token from an e-mail's link and deletes the address. False for a token that is not (or no longer) valid.</summary>
    Task<bool> UnsubscribeAsync(string token, CancellationToken cancellationToken = default);

    /// <summary>
    /// E-mails that are due now — digests and evaluation notices whose time has come — claimed for <paramref name="claimFor"/> so no other sender takes them; at most
    /// <paramref name="max"/>. Opt-ins of withdrawn or expired invitations are deleted on the way.
    /// </summary>
    Task<IReadOnlyList<DueNotification>> ClaimDueAsync(int max, TimeSpan claimFor, CancellationToken cancellationToken = default);

    /// <summary>The claimed e-mail went out: for a digest, what came before the claim is covered; an evaluation notice is not sent again.</summary>
    Task MarkSentAsync(DueNotification sent, CancellationToken cancellationToken = default);

    /// <summary>Sending failed: the e-mail is tried again after <paramref name="retryAfter"/>.</summary>
    Task ReleaseAsync(DueNotification failed, TimeSpan retryAfter, CancellationToken cancellationToken = default);
}

/// <summary>An invited person's opt-in as they see it.</summary>
public sealed record NotificationSubscription(string Address, DateTime SinceUtc);

/// <summary>
/// One e-mail to send: to <see cref="Address"/>, about the invitation <see cref="InvitationId"/>, with the recipient's
/// <see cref="UnsubscribeToken"/>. The digest ("er is iets veranderd") unless <see cref="EvaluationId"/> is set: then the
/// notice that the evaluation on <see cref="EvaluationDate"/> is coming up. Redacted in <see cref="ToString"/>: the
/// address is personal data.
/// </summary>
public sealed record DueNotification(string RecipientId, string InvitationId, string Address, string UnsubscribeToken, DateTime ClaimedUtc)
{
    /// <summary>For an evaluation notice: the evaluation it is about; null for the digest.</summary>
    public string? EvaluationId { get; init; }

    /// <summary>For an evaluation notice: its date (to say how many days are left); null for the digest.</summary>
    public DateOnly? EvaluationDate { get; init; }

    /// <summary>True for an evaluation notice, false for the digest.</summary>
    public bool IsEvaluationNotice => EvaluationId is not null;

    public override string ToString() => $"DueNotification({RecipientId}, …)";
}
