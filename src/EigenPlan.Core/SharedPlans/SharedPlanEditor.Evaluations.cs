namespace EigenPlan.Core.SharedPlans;

public sealed partial class SharedPlanEditor
{
    /// <summary>Plans a samen terugkijken moment on a date with the people who join. Owner or vaste contactpersoon.</summary>
    public SharedPlanEditResult PlanEvaluation(DateOnly date, IReadOnlyList<string> participantIds, out string? evaluationId)
    {
        ArgumentNullException.ThrowIfNull(participantIds);
        evaluationId = null;
        if (!TryEvaluationRight(out var refusal) || !TryDate(date, out refusal) || !TryPeople(participantIds, out refusal))
        {
            return refusal;
        }
        if (date < DateOnly.FromDateTime(_nowUtc))
        {
            return SharedPlanEditResult.Fail(SharedPlanEditError.InvalidDate, "Deze datum is al voorbij. Kies vandaag of een dag in de toekomst.");
        }
        if (Plan.Evaluations.Count >= SharedPlanLimits.MaxEvaluations)
        {
            return SharedPlanEditResult.Fail(SharedPlanEditError.TooMany, "Er staan al heel veel momenten in het plan. Er kan er geen meer bij.");
        }
        var evaluation = new Evaluation { Id = NewId(), Date = date, ParticipantIds = participantIds.Distinct(StringComparer.Ordinal).ToList(), PlannedBy = ActorName };
        Plan.Evaluations.Add(evaluation);
        evaluationId = evaluation.Id;
        Raise(SharedPlanEventKind.EvaluationPlanned, evaluationId: evaluation.Id, participantIds: evaluation.ParticipantIds);
        return SharedPlanEditResult.Ok;
    }

    /// <summary>
    /// Writes down how it went, once the day has come: what went well, what did not, what we change (at least one of the
    /// three), and the goals it touched. Owner or vaste contactpersoon. Writing again replaces the record.
    /// </summary>
    public SharedPlanEditResult RecordEvaluation(string evaluationId, string? wentWell, string? wentBadly, string? weChange, IReadOnlyList<string> goalIds)
    {
        ArgumentNullException.ThrowIfNull(goalIds);
        if (!TryEvaluationRight(out var refusal) || !TryEvaluation(evaluationId, out var evaluation, out refusal)
            || !TryText(wentWell, SharedPlanLimits.MaxEvaluationTextLength, allowEmpty: true, "Wat ging goed", out var well, out refusal)
            || !TryText(wentBadly, SharedPlanLimits.MaxEvaluationTextLength, allowEmpty: true, "Wat ging niet goed", out var badly, out refusal)
            || !TryText(weChange, SharedPlanLimits.MaxEvaluationTextLength, allowEmpty: true, "Wat we anders doen", out var change, out refusal))
        {
            return refusal;
        }
        if (evaluation.Date > DateOnly.FromDateTime(_nowUtc))
        {
            return SharedPlanEditResult.Fail(SharedPlanEditError.InvalidDate, "Dit moment is nog niet geweest. Schrijf het op na het gesprek.");
        }
        if (well.Length + badly.Length + change.Length == 0)
        {
            return SharedPlanEditResult.Fail(SharedPlanEditError.EmptyText, "Schrijf bij minstens één vraag iets op.");
        }
        if (goalIds.Any(id => Plan.FindGoal(id) is null))
        {
            return SharedPlanEditResult.Fail(SharedPlanEditError.UnknownGoal, "Een van de doelen bestaat niet (meer). Laad de pagina opnieuw.");
        }
        evaluation.Record = new EvaluationRecord
        {
            WentWell = well, WentBadly = badly, WeChange = change, GoalIds = goalIds.Distinct(StringComparer.Ordinal).ToList(),
            RecordedUtc = _nowUtc, RecordedBy = ActorName,
        };
        Raise(SharedPlanEventKind.EvaluationRecorded, evaluationId: evaluation.Id, participantIds: evaluation.ParticipantIds);
        return SharedPlanEditResult.Ok;
    }

    /// <summary>Takes a planned moment off the plan before anything was written down. Owner or vaste contactpersoon.</summary>
    public SharedPlanEditResult CancelEvaluation(string evaluationId)
    {
        if (!TryEvaluationRight(out var refusal) || !TryEvaluation(evaluationId, out var evaluation, out refusal))
        {
            return refusal;
        }
        if (evaluation.Record is not null)
        {
            return SharedPlanEditResult.Fail(SharedPlanEditError.NoChange, "Dit moment is al opgeschreven. Het blijft in de geschiedenis.");
        }
        Plan.Evaluations.Remove(evaluation);
        Raise(SharedPlanEventKind.EvaluationCancelled, evaluationId: evaluation.Id, participantIds: evaluation.ParticipantIds);
        return SharedPlanEditResult.Ok;
    }

    private bool TryEvaluationRight(out SharedPlanEditResult refusal)
    {
        refusal = SharedPlanEditResult.Ok;
        if (SharedPlanTeamRules.MayPlanEvaluations(Plan, Actor))
        {
            return true;
        }
        refusal = Actor.Role == SharedPlanRole.Contributor
            ? SharedPlanEditResult.Fail(SharedPlanEditError.NotAllowed, "Samen terugkijken plannen en opschrijven doen de eigenaar en de vaste contactpersoon.")
            : SharedPlanEditResult.NotAllowed(Actor.Role);
        return false;
    }

    private bool TryEvaluation(string? evaluationId, out Evaluation evaluation, out SharedPlanEditResult refusal)
    {
        evaluation = Plan.FindEvaluation(evaluationId)!;
        refusal = evaluation is null
            ? SharedPlanEditResult.Fail(SharedPlanEditError.UnknownEvaluation, "Dit moment bestaat niet (meer). Laad de pagina opnieuw.")
            : SharedPlanEditResult.Ok;
        return evaluation is not null;
    }

    private bool TryPeople(IReadOnlyList<string> participantIds, out SharedPlanEditResult refusal)
    {
        refusal = SharedPlanEditResult.Ok;
        if (participantIds.All(id => Plan.FindParticipant(id) is not null))
        {
            return true;
        }
        refusal = SharedPlanEditResult.Fail(SharedPlanEditError.UnknownParticipant, "Iemand in de lijst doet niet (meer) mee. Laad de pagina opnieuw.");
        return false;
    }
}
