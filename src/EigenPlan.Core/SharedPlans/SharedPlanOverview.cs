namespace EigenPlan.Core.SharedPlans;

/// <summary>
/// The plan's overview: every goal in priority order with its colour and what is overdue, and counts per colour, so
/// when something stalls everyone sees it at once; the goals reached (<i>Gelukt</i>) and the next samen terugkijken.
/// Built from the plan; never stored.
/// </summary>
public sealed record SharedPlanOverview(IReadOnlyList<GoalOverview> Goals, IReadOnlyList<OverdueAction> Overdue)
{
    /// <summary>The goals still being worked on, in priority order.</summary>
    public IEnumerable<GoalOverview> Open => Goals.Where(g => !g.Goal.IsReached);

    /// <summary>The Gelukt list: reached goals, most recent first.</summary>
    public IReadOnlyList<GoalOverview> Reached { get; init; } = [];

    /// <summary>The next samen terugkijken moment; null when none is planned.</summary>
    public Evaluation? NextEvaluation { get; init; }

    /// <summary>Goals still being worked on with this colour (reached goals are counted in <see cref="Reached"/>).</summary>
    public int Count(GoalStatus status) => Open.Count(g => g.Goal.Status == status);

    /// <summary>Goals that are oranje or rood, or have overdue actions: what needs attention first.</summary>
    public IEnumerable<GoalOverview> NeedAttention => Open.Where(g => g.Goal.Status is GoalStatus.Orange or GoalStatus.Red || g.OverdueCount > 0);

    /// <summary>What the overview says about reached goals, in words a family would use; null while none is reached.</summary>
    public string? Celebration => Reached.Count switch
    {
        0 => null,
        1 => "Gelukt! Jullie hebben een doel bereikt. Goed gedaan!",
        var n => $"Gelukt! Jullie hebben al {n} doelen bereikt. Goed gedaan!",
    };

    public static SharedPlanOverview Build(SharedPlan plan, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var goals = plan.Goals.Select((goal, index) => new GoalOverview(
            index + 1,
            goal,
            goal.Actions.Count(a => a.Done),
            goal.Actions.Count,
            goal.IsReached ? 0 : goal.Actions.Count(a => a.IsOverdue(today)),
            goal.Messages.Count == 0 ? null : goal.Messages[^1].TimeUtc)).ToList();
        // A reached goal's leftover actions are no longer late: the goal is done.
        var overdue = plan.Goals.Where(goal => !goal.IsReached)
            .SelectMany(goal => goal.Actions.Where(a => a.IsOverdue(today)).Select(a => new OverdueAction(goal, a, plan.FindParticipant(a.ParticipantId))))
            .OrderBy(o => o.Action.Due)
            .ToList();
        return new SharedPlanOverview(goals, overdue)
        {
            Reached = goals.Where(g => g.Goal.IsReached).OrderByDescending(g => g.Goal.Reached!.On).ToList(),
            NextEvaluation = EvaluationSchedule.Next(plan, today),
        };
    }
}

/// <summary>One goal on the overview. <see cref="Priority"/> 1 is what the resident finds most important.</summary>
public sealed record GoalOverview(int Priority, SharedGoal Goal, int DoneCount, int ActionCount, int OverdueCount, DateTime? LastMessageUtc);

/// <summary>An action whose date has passed and that is not done.</summary>
public sealed record OverdueAction(SharedGoal Goal, GoalAction Action, Participant? Who);
