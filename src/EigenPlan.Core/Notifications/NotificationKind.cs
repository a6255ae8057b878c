namespace EigenPlan.Core.Notifications;

/// <summary>
/// Why someone might want to hear that the shared plan changed. Only the server uses it, to decide whom to tell and
/// how soon; the e-mail itself never says which kind it was (it would say something about the plan).
/// </summary>
public enum NotificationKind
{
    /// <summary>An action was given to this person (new, or moved to them).</summary>
    ActionAssigned,
    /// <summary>A goal's colour became red.</summary>
    TurnedRed,
    /// <summary>A <i>samen terugkijken</i> moment this person joins was planned or is coming up.</summary>
    EvaluationComing,
    /// <summary>Someone posted a message on a goal.</summary>
    Message,
}

/// <summary>
/// "Something happened that concerns participant X of plan P": ids and a kind, never content. A red one is sent at
/// once (still at most one e-mail an hour); the rest wait for the daily digest (<see cref="NotificationSchedule"/>).
/// </summary>
public sealed record NotificationTrigger(string PlanId, string ParticipantId, NotificationKind Kind, bool TurnedRed);

/// <summary>
/// Where the web layer reports <see cref="NotificationTrigger"/>s (see <c>INotificationStore.NotifyAsync</c>). A person who
/// never asked for e-mail is simply not found; nothing is kept for them.
/// </summary>
public interface INotificationSink
{
    /// <summary>Notes that something concerns <paramref name="participantId"/> of <paramref name="planId"/>.</summary>
    Task NotifyAsync(string planId, string participantId, NotificationKind kind, bool turnedRed, CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes <paramref name="notices"/> the plan's whole list of waiting evaluation notices (<see cref="EvaluationNotices.For"/>):
    /// a notice no longer in it is dropped; one whose date changed is replaced (sent again at its new time); a new one is
    /// kept only for someone who asked for e-mail. A notice already sent for the same date stays sent.
    /// </summary>
    Task ScheduleEvaluationNoticesAsync(string planId, IReadOnlyList<EvaluationNotice> notices, CancellationToken cancellationToken = default);
}
