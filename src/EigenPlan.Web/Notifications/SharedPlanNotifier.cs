using EigenPlan.Core.Notifications;
using EigenPlan.Core.Plans;
using EigenPlan.Core.SharedPlans;

namespace EigenPlan.Web.Notifications;

/// <summary>
/// <see cref="ISharedPlanNotifications"/> over the store's queue. A failure to note a change is logged (plan id only) and
/// swallowed: the change itself was saved, and an e-mail that does not come is better than an edit that looks failed.
/// </summary>
public sealed partial class SharedPlanNotifier(INotificationSink sink, ILogger<SharedPlanNotifier> logger) : ISharedPlanNotifications
{
    public Task EditedAsync(SharedPlanFacts before, SharedPlan after, SharedPlanActor actor, CancellationToken cancellationToken = default) =>
        SendAsync(after.PlanId, NotificationRules.Detect(before, after, actor), cancellationToken);

    public Task ConcernsAsync(SharedPlan plan, SharedPlanActor actor, IEnumerable<string> participantIds, NotificationKind kind,
        CancellationToken cancellationToken = default) =>
        SendAsync(plan.PlanId, NotificationRules.ForParticipants(plan, actor, participantIds, kind), cancellationToken);

    private async Task SendAsync(string planId, IReadOnlyList<NotificationTrigger> triggers, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var trigger in triggers)
            {
                await sink.NotifyAsync(trigger.PlanId, trigger.ParticipantId, trigger.Kind, trigger.TurnedRed, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is StoreUnavailableException or OperationCanceledException)
        {
            LogNotNoted(logger, planId, ex.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A change in shared plan {PlanId} could not be noted for e-mail ({Failure})")]
    private static partial void LogNotNoted(ILogger logger, string planId, string failure);
}
