namespace EigenPlan.Core.SharedPlans;

public sealed partial class SharedPlanEditor
{
    /// <summary>
    /// Marks a goal <i>bereikt</i> today: it moves to the Gelukt list with the date. The owner always may; someone who
    /// works along only when the owner's consent rule says so (<see cref="SharedPlanTeamRules.MayMarkReached"/>).
    /// </summary>
    public SharedPlanEditResult MarkReached(string goalId)
    {
        if (!TryReachedRight(out var refusal) || !TryGoal(goalId, out var goal, out refusal))
        {
            return refusal;
        }
        if (goal.IsReached)
        {
            return SharedPlanEditResult.Fail(SharedPlanEditError.NoChange, "Dit doel staat al bij Gelukt.");
        }
        goal.Reached = new GoalReached { On = DateOnly.FromDateTime(_nowUtc), ByName = ActorName, ByRole = Actor.Role };
        Raise(SharedPlanEventKind.GoalReached, goalId: goal.Id);
        return SharedPlanEditResult.Ok;
    }

    /// <summary>Puts a reached goal back among the goals to work on (for a mistake, or when it needs work again). Same rule as marking.</summary>
    public SharedPlanEditResult Reopen(string goalId)
    {
        if (!TryReachedRight(out var refusal) || !TryGoal(goalId, out var goal, out refusal))
        {
            return refusal;
        }
        if (!goal.IsReached)
        {
            return SharedPlanEditResult.Fail(SharedPlanEditError.NoChange, "Dit doel is nog niet bereikt.");
        }
        goal.Reached = null;
        Raise(SharedPlanEventKind.GoalReopened, goalId: goal.Id);
        return SharedPlanEditResult.Ok;
    }

    /// <summary>Chooses who besides the owner may mark goals reached. Owner only.</summary>
    public SharedPlanEditResult SetReachedRule(ReachedRule rule)
    {
        if (!Allowed(SharedPlanRight.ManageParticipants, out var refusal))
        {
            return refusal;
        }
        if (!Enum.IsDefined(rule))
        {
            return SharedPlanEditResult.Fail(SharedPlanEditError.NoChange, "Kies wie een doel op bereikt mag zetten.");
        }
        Plan.ReachedRule = rule;
        return SharedPlanEditResult.Ok;
    }

    private bool TryReachedRight(out SharedPlanEditResult refusal)
    {
        refusal = SharedPlanEditResult.Ok;
        if (SharedPlanTeamRules.MayMarkReached(Plan, Actor))
        {
            return true;
        }
        refusal = SharedPlanTeamRules.ReachedRefusal(Plan, Actor);
        return false;
    }
}
