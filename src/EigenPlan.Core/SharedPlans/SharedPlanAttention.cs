namespace EigenPlan.Core.SharedPlans;

/// <summary>
/// What needs attention first, for the vaste contactpersoon (and the owner): goals that are rood or oranje (rood first),
/// actions whose date has passed, and the next samen terugkijken. Reached goals are left out. Built, never stored.
/// </summary>
public sealed record SharedPlanAttention(IReadOnlyList<SharedGoal> Goals, IReadOnlyList<OverdueAction> Overdue, Evaluation? NextEvaluation)
{
    public bool IsEmpty => Goals.Count == 0 && Overdue.Count == 0 && NextEvaluation is null;

    public static SharedPlanAttention Build(SharedPlan plan, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var goals = plan.Goals.Where(g => !g.IsReached && g.Status is GoalStatus.Red or GoalStatus.Orange)
            .OrderBy(g => g.Status == GoalStatus.Red ? 0 : 1)
            .ToList();
        return new SharedPlanAttention(goals, SharedPlanOverview.Build(plan, today).Overdue, EvaluationSchedule.Next(plan, today));
    }
}

/// <summary>
/// What one person sees of the household: for an invited household member, the goals and topics about them ("over
/// jou") and the goals about the whole household; everyone sees every goal their role allows, so nothing is hidden
/// from the owner or the others — this only puts first what is about you.
/// </summary>
public sealed record HouseholdView(HouseholdMember? Me, IReadOnlyList<SharedGoal> AboutMe, IReadOnlyList<SharedGoal> AboutEveryone)
{
    public static HouseholdView For(SharedPlan plan, SharedPlanActor actor)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(actor);
        var me = actor.Role == SharedPlanRole.Owner ? null : plan.FindMember(plan.FindParticipant(actor.ParticipantId)?.HouseholdMemberId);
        var mine = actor.Role == SharedPlanRole.Owner ? HouseholdAbout.Owner : me?.Id;
        var aboutMe = mine is null ? [] : plan.Goals.Where(g => g.About == mine).ToList();
        return new HouseholdView(me, aboutMe, plan.Goals.Where(g => g.About == HouseholdAbout.Everyone).ToList());
    }
}
