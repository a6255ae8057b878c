using EigenPlan.Core.Security;

namespace EigenPlan.Core.SharedPlans;

/// <summary>
/// Something that happened in a shared plan that people may want to hear about. Holds ids and a kind only — never
/// text — so whatever reacts to it (a notification) cannot leak plan content. Kept in <see cref="SharedPlan.Events"/>
/// (the plan's history) and returned by <see cref="SharedPlanEditor.Events"/> for <see cref="ISharedPlanEvents"/>.
/// </summary>
public sealed class SharedPlanEvent
{
    public SharedPlanEventKind Kind { get; set; }
    public DateTime TimeUtc { get; set; }
    public SharedPlanRole ActorRole { get; set; }
    /// <summary>The participant who did it (the owner's participant for the owner).</summary>
    public string? ActorParticipantId { get; set; }
    public string? GoalId { get; set; }
    public string? EvaluationId { get; set; }
    /// <summary>For <see cref="SharedPlanEventKind.StatusChanged"/>: the new colour.</summary>
    public GoalStatus? Status { get; set; }
    /// <summary>Participants this concerns directly: who an action was given to, who joins an evaluation, the new contact person.</summary>
    public List<string> ParticipantIds { get; set; } = [];
}

/// <summary>What happened. Stored by name, so new kinds can be added.</summary>
public enum SharedPlanEventKind
{
    GoalReached,
    GoalReopened,
    StatusChanged,
    ActionAssigned,
    MessagePosted,
    EvaluationPlanned,
    EvaluationRecorded,
    EvaluationCancelled,
    ContactPersonChanged,
    HouseholdMemberAdded,
    HouseholdMemberRemoved,
}

/// <summary>
/// The one place to react to <see cref="SharedPlanEvent"/>s (for example to send a notification). Called after a change
/// was stored, with the events of that change. The default does nothing (<see cref="NoSharedPlanEvents"/>).
/// </summary>
public interface ISharedPlanEvents
{
    Task PublishAsync(PlanId planId, IReadOnlyList<SharedPlanEvent> events, CancellationToken cancellationToken = default);
}

/// <summary>Nobody listens yet: events are only kept in the plan's history.</summary>
public sealed class NoSharedPlanEvents : ISharedPlanEvents
{
    public Task PublishAsync(PlanId planId, IReadOnlyList<SharedPlanEvent> events, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;
}
