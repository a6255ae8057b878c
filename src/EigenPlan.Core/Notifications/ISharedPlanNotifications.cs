using EigenPlan.Core.SharedPlans;

namespace EigenPlan.Core.Notifications;

/// <summary>
/// Where a part of the app reports that something in a shared plan concerns some of its participants. The web layer
/// already reports what an edit changed (<see cref="EditedAsync"/>: actions given, statuses turned red, messages, and
/// the evaluation notices that wait for a moment's date — <see cref="EvaluationNotices"/>); anything else that
/// happens outside an edit calls <see cref="ConcernsAsync"/> with the people it concerns. Never throws for the caller
/// and never waits for an e-mail: it only notes who is due for one (<see cref="NotificationRules"/>,
/// <see cref="NotificationSchedule"/>).
/// </summary>
public interface ISharedPlanNotifications
{
    /// <summary>
    /// After a successful edit by <paramref name="actor"/>: tells whoever the change concerns (<see cref="NotificationRules.Detect"/>),
    /// and when the plan has or had open evaluations, makes the waiting evaluation notices match it (<see cref="EvaluationNotices.For"/>).
    /// </summary>
    Task EditedAsync(SharedPlanFacts before, SharedPlan after, SharedPlanActor actor, CancellationToken cancellationToken = default);

    /// <summary>
    /// Something of <paramref name="kind"/> concerns <paramref name="participantIds"/> (the actor is left out;
    /// <see cref="NotificationKind.TurnedRed"/> is sent within the hour, the rest in the daily digest). Not for an
    /// evaluation coming up: that notice waits for its own time and comes with <see cref="EditedAsync"/>.
    /// </summary>
    Task ConcernsAsync(SharedPlan plan, SharedPlanActor actor, IEnumerable<string> participantIds, NotificationKind kind,
        CancellationToken cancellationToken = default);
}
