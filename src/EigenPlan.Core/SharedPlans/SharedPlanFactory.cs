using EigenPlan.Core.Plans;

namespace EigenPlan.Core.SharedPlans;

/// <summary>
/// Makes a new shared plan from the resident's choices: the toekomstbeeld, the goals in the order they put them (first
/// = most important), and who takes part. The resident is always the first participant and the owner.
/// </summary>
public static class SharedPlanFactory
{
    /// <summary>The role written beside the owner; pages and the booklet show it in the resident's language.</summary>
    public const string OwnerRole = "eigenaar van het plan";

    public static SharedPlanEditResult Create(SharedPlanDraft draft, DateTime nowUtc, out SharedPlan? plan)
    {
        ArgumentNullException.ThrowIfNull(draft);
        plan = null;
        var ownerName = PlanText.CleanLine(draft.OwnerName);
        var candidate = new SharedPlan { PlanId = draft.PlanId, FormatId = draft.FormatId, CreatedUtc = nowUtc };
        candidate.Participants.Add(new Participant
        {
            Id = SharedPlanEditor.NewId(), Name = ownerName.Length > 0 ? ownerName[..Math.Min(ownerName.Length, SharedPlanLimits.MaxNameLength)] : "Ik",
            Kind = ParticipantKind.Resident, Role = OwnerRole,
        });
        var editor = new SharedPlanEditor(candidate, SharedPlanActor.Owner, nowUtc);
        if (draft.Goals.Count == 0)
        {
            return SharedPlanEditResult.Fail(SharedPlanEditError.EmptyText, "Kies minstens één doel. Je kunt later meer doelen toevoegen.");
        }
        var result = editor.SetVision(draft.Vision);
        foreach (var goal in draft.Goals)
        {
            result = result.Succeeded ? editor.AddGoal(goal.Text, goal.TopicKey, out _) : result;
        }
        foreach (var person in draft.Participants)
        {
            result = result.Succeeded ? editor.AddParticipant(person.Name, person.Kind, person.Role, person.Organisation, out _) : result;
        }
        if (result.Succeeded)
        {
            plan = candidate;
        }
        return result;
    }
}

/// <summary>What the resident chose on the "maak er een gezamenlijk plan van" page. <see cref="Goals"/> in priority order.</summary>
public sealed record SharedPlanDraft(
    string PlanId,
    string FormatId,
    string? OwnerName,
    string? Vision,
    IReadOnlyList<GoalDraft> Goals,
    IReadOnlyList<ParticipantSuggestion> Participants);

/// <summary>A chosen (and possibly reworded) goal.</summary>
public sealed record GoalDraft(string Text, string? TopicKey);
