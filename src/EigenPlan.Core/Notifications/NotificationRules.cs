using EigenPlan.Core.SharedPlans;

namespace EigenPlan.Core.Notifications;

/// <summary>
/// Who hears about a change to a shared plan, worked out from the plan before and after one edit:
/// <list type="bullet">
/// <item>an action given to someone (new, or moved to them) — that person;</item>
/// <item>a goal that became red — everyone who takes part;</item>
/// <item>a new message — everyone who takes part;</item>
/// <item>never the person who made the change (the owner is the resident participant).</item>
/// </list>
/// Whether someone asked for e-mail is not decided here: the store only keeps people who did.
/// </summary>
public static class NotificationRules
{
    public static IReadOnlyList<NotificationTrigger> Detect(SharedPlanFacts before, SharedPlan after, SharedPlanActor actor)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(actor);
        var now = SharedPlanFacts.Of(after);
        var everyone = after.Participants.Select(p => p.Id).ToList();
        var triggers = new List<NotificationTrigger>();
        foreach (var (actionId, owner) in now.ActionOwners)
        {
            if (owner is not null && (!before.ActionOwners.TryGetValue(actionId, out var previous) || previous != owner))
            {
                triggers.Add(new NotificationTrigger(after.PlanId, owner, NotificationKind.ActionAssigned, TurnedRed: false));
            }
        }
        if (now.Statuses.Any(s => s.Value == GoalStatus.Red && before.Statuses.GetValueOrDefault(s.Key) != GoalStatus.Red))
        {
            triggers.AddRange(everyone.Select(id => new NotificationTrigger(after.PlanId, id, NotificationKind.TurnedRed, TurnedRed: true)));
        }
        if (now.MessageCounts.Any(m => m.Value > before.MessageCounts.GetValueOrDefault(m.Key)))
        {
            triggers.AddRange(everyone.Select(id => new NotificationTrigger(after.PlanId, id, NotificationKind.Message, TurnedRed: false)));
        }
        return ForOthers(triggers, ActorParticipant(after, actor));
    }

    /// <summary>The triggers for everyone named in <paramref name="participantIds"/> but the actor, e.g. for an event another part of the app reports.</summary>
    public static IReadOnlyList<NotificationTrigger> ForParticipants(SharedPlan plan, SharedPlanActor actor, IEnumerable<string> participantIds,
        NotificationKind kind)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(participantIds);
        var triggers = participantIds.Select(id => new NotificationTrigger(plan.PlanId, id, kind, kind == NotificationKind.TurnedRed)).ToList();
        return ForOthers(triggers, ActorParticipant(plan, actor));
    }

    /// <summary>The participant who made the change: the resident for the owner, else the one the invitation was for.</summary>
    public static string? ActorParticipant(SharedPlan plan, SharedPlanActor actor)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Role == SharedPlanRole.Owner ? plan.Owner?.Id : actor.ParticipantId;
    }

    /// <summary>One trigger per person (a red one wins), without the actor.</summary>
    private static List<NotificationTrigger> ForOthers(List<NotificationTrigger> triggers, string? actorId) =>
        triggers.Where(t => t.ParticipantId != actorId)
            .GroupBy(t => t.ParticipantId, StringComparer.Ordinal)
            .Select(g => g.FirstOrDefault(t => t.TurnedRed) ?? g.First())
            .ToList();
}
