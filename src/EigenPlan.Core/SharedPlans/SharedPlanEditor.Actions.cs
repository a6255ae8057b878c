namespace EigenPlan.Core.SharedPlans;

public sealed partial class SharedPlanEditor
{
    /// <summary>Adds an action to a goal. Owner and meewerken. <paramref name="participantId"/> may be null ("nog niemand").</summary>
    public SharedPlanEditResult AddAction(string goalId, string? what, string? participantId, DateOnly? due, ActionContact? contact, out string? actionId)
    {
        actionId = null;
        if (!Allowed(SharedPlanRight.UpdateActions, out var refusal) || !TryGoal(goalId, out var goal, out refusal)
            || !TryText(what, SharedPlanLimits.MaxActionLength, allowEmpty: false, "Wat er moet gebeuren", out var clean, out refusal)
            || !TryWho(participantId, out refusal) || !TryDate(due, out refusal))
        {
            return refusal;
        }
        if (goal.Actions.Count >= SharedPlanLimits.MaxActionsPerGoal)
        {
            return SharedPlanEditResult.Fail(SharedPlanEditError.TooMany, "Bij dit doel staan al heel veel acties. Haal er eerst een weg.");
        }
        var action = new GoalAction { Id = NewId(), What = Line(clean), ParticipantId = participantId, Due = due, Contact = contact };
        goal.Actions.Add(action);
        actionId = action.Id;
        if (participantId is not null)
        {
            Raise(SharedPlanEventKind.ActionAssigned, goalId: goal.Id, participantIds: [participantId]);
        }
        return SharedPlanEditResult.Ok;
    }

    /// <summary>Changes what, who and when of an action. Owner and meewerken.</summary>
    public SharedPlanEditResult UpdateAction(string goalId, string actionId, string? what, string? participantId, DateOnly? due)
    {
        if (!Allowed(SharedPlanRight.UpdateActions, out var refusal) || !TryAction(goalId, actionId, out var action, out refusal)
            || !TryText(what, SharedPlanLimits.MaxActionLength, allowEmpty: false, "Wat er moet gebeuren", out var clean, out refusal)
            || !TryWho(participantId, out refusal) || !TryDate(due, out refusal))
        {
            return refusal;
        }
        action.What = Line(clean);
        var newlyGiven = participantId is not null && participantId != action.ParticipantId;
        action.ParticipantId = participantId;
        action.Due = due;
        if (newlyGiven)
        {
            Raise(SharedPlanEventKind.ActionAssigned, goalId: goalId, participantIds: [participantId!]);
        }
        return SharedPlanEditResult.Ok;
    }

    /// <summary>Marks an action done or not done. Owner and meewerken.</summary>
    public SharedPlanEditResult SetActionDone(string goalId, string actionId, bool done)
    {
        if (!Allowed(SharedPlanRight.UpdateActions, out var refusal) || !TryAction(goalId, actionId, out var action, out refusal))
        {
            return refusal;
        }
        action.Done = done;
        return SharedPlanEditResult.Ok;
    }

    /// <summary>Removes an action. Owner only (someone who works along can mark it done instead).</summary>
    public SharedPlanEditResult RemoveAction(string goalId, string actionId)
    {
        if (!Allowed(SharedPlanRight.EditGoals, out var refusal) || !TryAction(goalId, actionId, out var action, out refusal))
        {
            return refusal;
        }
        Plan.FindGoal(goalId)!.Actions.Remove(action);
        return SharedPlanEditResult.Ok;
    }

    private bool TryAction(string goalId, string actionId, out GoalAction action, out SharedPlanEditResult refusal)
    {
        action = null!;
        if (!TryGoal(goalId, out var goal, out refusal))
        {
            return false;
        }
        action = goal.FindAction(actionId)!;
        refusal = action is null
            ? SharedPlanEditResult.Fail(SharedPlanEditError.UnknownAction, "Deze actie bestaat niet (meer). Laad de pagina opnieuw.")
            : SharedPlanEditResult.Ok;
        return action is not null;
    }

    private bool TryWho(string? participantId, out SharedPlanEditResult refusal)
    {
        refusal = SharedPlanEditResult.Ok;
        if (participantId is null || Plan.FindParticipant(participantId) is not null)
        {
            return true;
        }
        refusal = SharedPlanEditResult.Fail(SharedPlanEditError.UnknownParticipant, "Deze persoon doet niet mee aan het plan. Kies iemand uit de lijst.");
        return false;
    }

    /// <summary>A date far outside any plan's life is a typing mistake (year 20205), not a deadline.</summary>
    private bool TryDate(DateOnly? due, out SharedPlanEditResult refusal)
    {
        refusal = SharedPlanEditResult.Ok;
        var today = DateOnly.FromDateTime(_nowUtc);
        if (due is not { } date || (date > today.AddYears(-5) && date < today.AddYears(10)))
        {
            return true;
        }
        refusal = SharedPlanEditResult.Fail(SharedPlanEditError.InvalidDate, "Deze datum klopt niet. Kies een datum in de komende jaren.");
        return false;
    }
}
