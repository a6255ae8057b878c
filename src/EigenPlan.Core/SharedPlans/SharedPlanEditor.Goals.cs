namespace EigenPlan.Core.SharedPlans;

public sealed partial class SharedPlanEditor
{
    /// <summary>Adds a goal at the end (lowest priority). Owner only. Returns the new goal's id in <paramref name="goalId"/>.</summary>
    public SharedPlanEditResult AddGoal(string? text, string? topicKey, out string? goalId) =>
        AddGoal(text, topicKey, Plan.AboutOfTopic(topicKey), out goalId);

    /// <summary>Adds a goal about someone (see <see cref="HouseholdAbout"/>) at the end. Owner only.</summary>
    public SharedPlanEditResult AddGoal(string? text, string? topicKey, string? about, out string? goalId)
    {
        goalId = null;
        if (!Allowed(SharedPlanRight.EditGoals, out var refusal)
            || !TryText(text, SharedPlanLimits.MaxGoalLength, allowEmpty: false, "Het doel", out var clean, out refusal)
            || !TryAbout(about, out refusal))
        {
            return refusal;
        }
        if (Plan.Goals.Count >= SharedPlanLimits.MaxGoals)
        {
            return SharedPlanEditResult.Fail(SharedPlanEditError.TooMany, $"Je plan heeft al {SharedPlanLimits.MaxGoals} doelen. Haal er eerst een weg.");
        }
        var goal = new SharedGoal { Id = NewId(), Text = clean, TopicKey = topicKey, About = about };
        Plan.Goals.Add(goal);
        goalId = goal.Id;
        return SharedPlanEditResult.Ok;
    }

    /// <summary>Rewords a goal. Owner only: the goals are the resident's own words.</summary>
    public SharedPlanEditResult RewordGoal(string goalId, string? text)
    {
        if (!Allowed(SharedPlanRight.EditGoals, out var refusal) || !TryGoal(goalId, out var goal, out refusal)
            || !TryText(text, SharedPlanLimits.MaxGoalLength, allowEmpty: false, "Het doel", out var clean, out refusal))
        {
            return refusal;
        }
        goal.Text = clean;
        return SharedPlanEditResult.Ok;
    }

    /// <summary>Removes a goal with its actions and messages. Owner only.</summary>
    public SharedPlanEditResult RemoveGoal(string goalId)
    {
        if (!Allowed(SharedPlanRight.EditGoals, out var refusal) || !TryGoal(goalId, out var goal, out refusal))
        {
            return refusal;
        }
        Plan.Goals.Remove(goal);
        return SharedPlanEditResult.Ok;
    }

    /// <summary>Moves a goal one place up (more important, <paramref name="steps"/> &lt; 0) or down. Owner only.</summary>
    public SharedPlanEditResult MoveGoal(string goalId, int steps)
    {
        if (!Allowed(SharedPlanRight.EditGoals, out var refusal) || !TryGoal(goalId, out var goal, out refusal))
        {
            return refusal;
        }
        var from = Plan.Goals.IndexOf(goal);
        var to = Math.Clamp(from + steps, 0, Plan.Goals.Count - 1);
        if (to == from)
        {
            return SharedPlanEditResult.Fail(SharedPlanEditError.NoChange,
                steps < 0 ? "Dit doel staat al bovenaan." : "Dit doel staat al onderaan.");
        }
        Plan.Goals.RemoveAt(from);
        Plan.Goals.Insert(to, goal);
        return SharedPlanEditResult.Ok;
    }

    /// <summary>Puts all goals in a new order; the list must name every goal exactly once. Owner only.</summary>
    public SharedPlanEditResult SetGoalOrder(IReadOnlyList<string> goalIdsInPriorityOrder)
    {
        ArgumentNullException.ThrowIfNull(goalIdsInPriorityOrder);
        if (!Allowed(SharedPlanRight.EditGoals, out var refusal))
        {
            return refusal;
        }
        var current = Plan.Goals.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        if (goalIdsInPriorityOrder.Count != current.Count || !current.SetEquals(goalIdsInPriorityOrder)
            || goalIdsInPriorityOrder.Distinct(StringComparer.Ordinal).Count() != current.Count)
        {
            return SharedPlanEditResult.Fail(SharedPlanEditError.InvalidOrder, "De volgorde klopt niet. Laad de pagina opnieuw en probeer het nog eens.");
        }
        var byId = Plan.Goals.ToDictionary(g => g.Id, StringComparer.Ordinal);
        Plan.Goals = goalIdsInPriorityOrder.Select(id => byId[id]).ToList();
        return SharedPlanEditResult.Ok;
    }

    /// <summary>Adds a participant. Owner only: the resident decides who takes part.</summary>
    public SharedPlanEditResult AddParticipant(string? name, ParticipantKind kind, string? role, string? organisation, out string? participantId)
    {
        participantId = null;
        if (!Allowed(SharedPlanRight.ManageParticipants, out var refusal)
            || !TryText(name, SharedPlanLimits.MaxNameLength, allowEmpty: false, "De naam", out var cleanName, out refusal)
            || !TryText(role, SharedPlanLimits.MaxNameLength, allowEmpty: true, "De rol", out var cleanRole, out refusal)
            || !TryText(organisation, SharedPlanLimits.MaxNameLength, allowEmpty: true, "De organisatie", out var cleanOrganisation, out refusal))
        {
            return refusal;
        }
        if (kind == ParticipantKind.Resident && Plan.Owner is not null)
        {
            return SharedPlanEditResult.Fail(SharedPlanEditError.TooMany, "Het plan heeft al een eigenaar.");
        }
        if (Plan.Participants.Count >= SharedPlanLimits.MaxParticipants)
        {
            return SharedPlanEditResult.Fail(SharedPlanEditError.TooMany, $"Er doen al {SharedPlanLimits.MaxParticipants} mensen mee. Er kan er geen meer bij.");
        }
        var participant = new Participant
        {
            Id = NewId(), Name = Line(cleanName), Kind = kind, Role = Line(cleanRole),
            Organisation = cleanOrganisation.Length == 0 ? null : Line(cleanOrganisation),
        };
        Plan.Participants.Add(participant);
        participantId = participant.Id;
        return SharedPlanEditResult.Ok;
    }

    /// <summary>Removes a participant; their actions go back to "nog niemand". Owner only; the owner cannot be removed.</summary>
    public SharedPlanEditResult RemoveParticipant(string participantId)
    {
        if (!Allowed(SharedPlanRight.ManageParticipants, out var refusal))
        {
            return refusal;
        }
        if (Plan.FindParticipant(participantId) is not { } participant)
        {
            return SharedPlanEditResult.Fail(SharedPlanEditError.UnknownParticipant, "Deze persoon doet niet (meer) mee.");
        }
        if (participant.Kind == ParticipantKind.Resident)
        {
            return SharedPlanEditResult.Fail(SharedPlanEditError.CannotRemoveOwner, "Jij bent de eigenaar van het plan. Jou kun je niet weghalen.");
        }
        Plan.Participants.Remove(participant);
        if (Plan.ContactPersonId == participantId)
        {
            Plan.ContactPersonId = null;
        }
        foreach (var evaluation in Plan.Evaluations)
        {
            evaluation.ParticipantIds.Remove(participantId);
        }
        foreach (var action in Plan.Goals.SelectMany(g => g.Actions).Where(a => a.ParticipantId == participantId))
        {
            action.ParticipantId = null;
        }
        return SharedPlanEditResult.Ok;
    }

    /// <summary>Replaces the shared topics with a fresh copy (see <see cref="SharedTopicSnapshot"/>). Owner only.</summary>
    public SharedPlanEditResult ShareTopics(IReadOnlyList<SharedTopic> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        if (!Allowed(SharedPlanRight.ShareTopics, out var refusal))
        {
            return refusal;
        }
        Plan.SharedTopics = topics.ToList();
        return SharedPlanEditResult.Ok;
    }

    private static string Line(string text) => text.Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ').Trim();
}
