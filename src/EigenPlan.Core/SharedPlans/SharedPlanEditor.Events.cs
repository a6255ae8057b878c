namespace EigenPlan.Core.SharedPlans;

public sealed partial class SharedPlanEditor
{
    /// <summary>The plan keeps this many events; older ones go, so the plan does not grow without end.</summary>
    public const int MaxEvents = 500;

    private readonly List<SharedPlanEvent> _events = [];

    /// <summary>
    /// What this editor's changes raised, in order: hand them to <see cref="ISharedPlanEvents"/> after the plan was
    /// stored. Also appended to <see cref="SharedPlan.Events"/>. Only successful changes raise events.
    /// </summary>
    public IReadOnlyList<SharedPlanEvent> Events => _events;

    private void Raise(SharedPlanEventKind kind, string? goalId = null, string? evaluationId = null, GoalStatus? status = null,
        IEnumerable<string>? participantIds = null)
    {
        var raised = new SharedPlanEvent
        {
            Kind = kind, TimeUtc = _nowUtc, ActorRole = Actor.Role,
            ActorParticipantId = Actor.Role == SharedPlanRole.Owner ? Plan.Owner?.Id : Actor.ParticipantId,
            GoalId = goalId, EvaluationId = evaluationId, Status = status,
            ParticipantIds = participantIds?.ToList() ?? [],
        };
        _events.Add(raised);
        Plan.Events.Add(raised);
        if (Plan.Events.Count > MaxEvents)
        {
            Plan.Events.RemoveRange(0, Plan.Events.Count - MaxEvents);
        }
    }
}
