using EigenPlan.Core.Notifications;
using EigenPlan.Core.Plans;
using EigenPlan.Core.SharedPlans;

namespace EigenPlan.Web.Notifications;

/// <summary>
/// <see cref="ISharedPlanNotifications"/> over the store's queue. After an edit of a plan that has (or had) open
/// evaluations it also brings the evaluation notices up to date (<see cref="EvaluationNotices"/>, dates read in the
/// server's time zone), so planning, moving, cancelling or writing down a moment is all it takes. A failure to note a
/// change is logged (plan id only) and swallowed: the change itself was saved, and an e-mail that does not come is
/// better than an edit that looks failed.
/// </summary>
public sealed partial class SharedPlanNotifier(INotificationSink sink, TimeProvider time, ILogger<SharedPlanNotifier> logger) : ISharedPlanNotifications
{
    public async Task EditedAsync(SharedPlanFacts before, SharedPlan after, SharedPlanActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        await SendAsync(after.PlanId, NotificationRules.Detect(before, after, actor), cancellationToken);
        if (before.OpenEvaluations.Count > 0 || after.Evaluations.Any(e => e.Record is null))
        {
            await GuardedAsync(after.PlanId, () => sink.ScheduleEvaluationNoticesAsync(after.PlanId,
                EvaluationNotices.For(after, time.GetUtcNow().UtcDateTime, time.LocalTimeZone), cancellationToken));
        }
    }

    public Task ConcernsAsync(SharedPlan plan, SharedPlanActor actor, IEnumerable<string> participantIds, NotificationKind kind,
        CancellationToken cancellationToken = default) =>
        SendAsync(plan.PlanId, NotificationRules.ForParticipants(plan, actor, participantIds, kind), cancellationToken);

    private Task SendAsync(string planId, IReadOnlyList<NotificationTrigger> triggers, CancellationToken cancellationToken) =>
        GuardedAsync(planId, async () =>
        {
            foreach (var trigger in triggers)
            {
                await sink.NotifyAsync(trigger.PlanId, trigger.ParticipantId, trigger.Kind, trigger.TurnedRed, cancellationToken);
            }
        });

    private async Task GuardedAsync(string planId, Func<Task> note)
    {
        try
        {
            await note();
        }
        catch (Exception ex) when (ex is StoreUnavailableException or OperationCanceledException)
        {
            LogNotNoted(logger, planId, ex.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A change in shared plan {PlanId} could not be noted for e-mail ({Failure})")]
    private static partial void LogNotNoted(ILogger logger, string planId, string failure);
}
