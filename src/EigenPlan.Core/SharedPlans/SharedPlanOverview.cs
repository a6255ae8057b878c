namespace EigenPlan.Core.SharedPlans;

/// <summary>
/// The plan's overview: every goal in priority order with its colour and what is overdue, and counts per colour, so
/// when something stalls everyone sees it at once. Built from the plan; never stored.
/// </summary>
public sealed record SharedPlanOverview(IReadOnlyList<GoalOverview> Goals, IReadOnlyList<OverdueAction> Overdue)
{
    public int Count(GoalStatus status) => Goals.Count(g => g.Goal.Status == status);

    /// <summary>Goals that are oranje or rood, or have overdue actions: what needs attention first.</summary>
    public IEnumerable<GoalOverview> NeedAttention => Goals.Where(g => g.Goal.Status is GoalStatus.Orange or GoalStatus.Red || g.OverdueCount > 0);

    public static SharedPlanOverview Build(SharedPlan plan, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var goals = plan.Goals.Select((goal, index) => new GoalOverview(
            index + 1,
            goal,
            goal.Actions.Count(a => a.Done),
            goal.Actions.Count,
            goal.Actions.Count(a => a.IsOverdue(today)),
            goal.Messages.Count == 0 ? null : goal.Messages[^1].TimeUtc)).ToList();
        var overdue = plan.Goals
            .SelectMany(goal => goal.Actions.Where(a => a.IsOverdue(today)).Select(a => new OverdueAction(goal, a, plan.FindParticipant(a.ParticipantId))))
            .OrderBy(o => o.Action.Due)
            .ToList();
        return new SharedPlanOverview(goals, overdue);
    }
}

/// <summary>One goal on the overview. <see cref="Priority"/> 1 is what the resident finds most important.</summary>
public sealed record GoalOverview(int Priority, SharedGoal Goal, int DoneCount, int ActionCount, int OverdueCount, DateTime? LastMessageUtc);

/// <summary>An action whose date has passed and that is not done.</summary>
public sealed record OverdueAction(SharedGoal Goal, GoalAction Action, Participant? Who);
