using EigenPlan.Core.Plans;

namespace EigenPlan.Core.SharedPlans;

/// <summary>
/// The only way anyone changes a shared plan. Each call first asks <see cref="SharedPlanRules"/> whether the actor's role
/// allows it, then checks every id (they come from a browser and may be forged). A refusal is a
/// <see cref="SharedPlanEditResult"/> with a Dutch message and leaves the plan unchanged.
/// </summary>
public sealed partial class SharedPlanEditor
{
    private readonly DateTime _nowUtc;

    public SharedPlanEditor(SharedPlan plan, SharedPlanActor actor, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(actor);
        Plan = plan;
        Actor = actor;
        _nowUtc = nowUtc.Kind == DateTimeKind.Utc ? nowUtc : nowUtc.ToUniversalTime();
    }

    public SharedPlan Plan { get; }

    public SharedPlanActor Actor { get; }

    /// <summary>The actor's name as kept in history and messages: their participant name, or their role.</summary>
    public string ActorName =>
        (Actor.Role == SharedPlanRole.Owner ? Plan.Owner : Plan.FindParticipant(Actor.ParticipantId)) is { } p && p.Name.Length > 0
            ? p.Name
            : Actor.Role == SharedPlanRole.Owner ? "de eigenaar" : "iemand die is uitgenodigd";

    /// <summary>Writes the toekomstbeeld. Owner only.</summary>
    public SharedPlanEditResult SetVision(string? text)
    {
        if (!Allowed(SharedPlanRight.EditVision, out var refusal)
            || !TryText(text, SharedPlanLimits.MaxVisionLength, allowEmpty: true, "Je toekomstbeeld", out var clean, out refusal))
        {
            return refusal;
        }
        Plan.Vision = clean;
        return SharedPlanEditResult.Ok;
    }

    /// <summary>Posts a message on a goal. Owner and meewerken.</summary>
    public SharedPlanEditResult PostMessage(string goalId, string? text)
    {
        if (!Allowed(SharedPlanRight.PostMessage, out var refusal) || !TryGoal(goalId, out var goal, out refusal)
            || !TryText(text, SharedPlanLimits.MaxMessageLength, allowEmpty: false, "Je bericht", out var clean, out refusal))
        {
            return refusal;
        }
        if (goal.Messages.Count >= SharedPlanLimits.MaxMessagesPerGoal)
        {
            return SharedPlanEditResult.Fail(SharedPlanEditError.TooMany, "Bij dit doel staan al heel veel berichten. Er kan er geen meer bij.");
        }
        goal.Messages.Add(new GoalMessage { Id = NewId(), TimeUtc = _nowUtc, AuthorName = ActorName, AuthorRole = Actor.Role, Text = clean });
        Raise(SharedPlanEventKind.MessagePosted, goalId: goal.Id);
        return SharedPlanEditResult.Ok;
    }

    /// <summary>
    /// Gives a goal a colour. Oranje and rood need a short reason (so everyone knows what is wrong); groen may have one.
    /// Choosing the colour it already has is refused, so the history only holds real changes.
    /// </summary>
    public SharedPlanEditResult SetStatus(string goalId, GoalStatus status, string? reason)
    {
        if (!Allowed(SharedPlanRight.ChangeStatus, out var refusal) || !TryGoal(goalId, out var goal, out refusal))
        {
            return refusal;
        }
        if (status is not (GoalStatus.Green or GoalStatus.Orange or GoalStatus.Red))
        {
            return SharedPlanEditResult.Fail(SharedPlanEditError.NoChange, "Kies groen, oranje of rood.");
        }
        if (!TryText(reason, SharedPlanLimits.MaxReasonLength, allowEmpty: true, "De reden", out var clean, out refusal))
        {
            return refusal;
        }
        if (status != GoalStatus.Green && clean.Length == 0)
        {
            return SharedPlanEditResult.Fail(SharedPlanEditError.ReasonRequired,
                $"Schrijf in een paar woorden waarom dit doel {status.Label()} is. Dan weet iedereen wat er speelt.");
        }
        if (status == goal.Status)
        {
            return SharedPlanEditResult.Fail(SharedPlanEditError.NoChange, $"Dit doel is al {status.Label()}.");
        }
        goal.History.Add(new StatusChange
        {
            TimeUtc = _nowUtc, ActorName = ActorName, ActorRole = Actor.Role, From = goal.Status, To = status, Reason = clean,
        });
        goal.Status = status;
        goal.StatusReason = clean;
        Raise(SharedPlanEventKind.StatusChanged, goalId: goal.Id, status: status);
        return SharedPlanEditResult.Ok;
    }

    private bool Allowed(SharedPlanRight permission, out SharedPlanEditResult refusal)
    {
        refusal = SharedPlanEditResult.Ok;
        if (Actor.Role.Allows(permission))
        {
            return true;
        }
        refusal = SharedPlanEditResult.NotAllowed(Actor.Role);
        return false;
    }

    private bool TryGoal(string? goalId, out SharedGoal goal, out SharedPlanEditResult refusal)
    {
        goal = Plan.FindGoal(goalId)!;
        refusal = goal is null
            ? SharedPlanEditResult.Fail(SharedPlanEditError.UnknownGoal, "Dit doel bestaat niet (meer). Ga terug naar het overzicht.")
            : SharedPlanEditResult.Ok;
        return goal is not null;
    }

    /// <summary>Cleans one-line or multi-line text; refuses empty text (unless allowed) and text over the limit, never cuts it.</summary>
    private static bool TryText(string? text, int max, bool allowEmpty, string what, out string clean, out SharedPlanEditResult refusal)
    {
        clean = PlanText.Clean(text).Trim();
        refusal = SharedPlanEditResult.Ok;
        if (clean.Length == 0 && !allowEmpty)
        {
            refusal = SharedPlanEditResult.Fail(SharedPlanEditError.EmptyText, $"{what} is nog leeg. Schrijf eerst iets.");
            return false;
        }
        if (clean.Length > max)
        {
            refusal = SharedPlanEditResult.Fail(SharedPlanEditError.TextTooLong,
                $"{what} is te lang. Er passen {PlanText.Number(max)} tekens in, je tekst heeft er {PlanText.Number(clean.Length)}. Maak hem wat korter.");
            return false;
        }
        return true;
    }

    internal static string NewId() => Guid.NewGuid().ToString("N")[..12];
}
