namespace EigenPlan.Core.SharedPlans;

/// <summary>Why a change to a shared plan was refused, for code that wants to react (the message is for people).</summary>
public enum SharedPlanEditError
{
    None,
    NotAllowed,
    AccessWithdrawn,
    UnknownGoal,
    UnknownAction,
    UnknownParticipant,
    EmptyText,
    TextTooLong,
    ReasonRequired,
    NoChange,
    TooMany,
    InvalidOrder,
    InvalidDate,
    CannotRemoveOwner,
    UnknownEvaluation,
    UnknownMember,
    TooYoung,
}

/// <summary>The outcome of one <see cref="SharedPlanEditor"/> call: success, or a refusal with a short Dutch message.</summary>
public sealed record SharedPlanEditResult(SharedPlanEditError Error, string? Message)
{
    public static readonly SharedPlanEditResult Ok = new(SharedPlanEditError.None, null);

    public bool Succeeded => Error == SharedPlanEditError.None;

    public static SharedPlanEditResult Fail(SharedPlanEditError error, string message) => new(error, message);

    /// <summary>The refusal for a role that may not do this.</summary>
    public static SharedPlanEditResult NotAllowed(SharedPlanRole role) => Fail(SharedPlanEditError.NotAllowed,
        role == SharedPlanRole.Reader
            ? "Je mag dit plan alleen lezen. Wil je meewerken? Vraag het aan de eigenaar van het plan."
            : "Dit mag alleen de eigenaar van het plan.");

    public static readonly SharedPlanEditResult Withdrawn = Fail(SharedPlanEditError.AccessWithdrawn,
        "Je uitnodiging is ingetrokken of verlopen. Je kunt dit plan niet meer openen.");
}

/// <summary>Who makes a change: their role and, for an invited person, the participant they were invited as.</summary>
public sealed record SharedPlanActor(SharedPlanRole Role, string? ParticipantId = null, string? InvitationId = null)
{
    public static readonly SharedPlanActor Owner = new(SharedPlanRole.Owner);
}

/// <summary>Limits on what a shared plan holds, checked on the server (and as maxlength in the browser).</summary>
public static class SharedPlanLimits
{
    public const int MaxVisionLength = 4_000;
    public const int MaxGoalLength = 500;
    public const int MaxActionLength = 500;
    public const int MaxReasonLength = 500;
    public const int MaxMessageLength = 2_000;
    public const int MaxNameLength = 200;
    public const int MaxGoals = 30;
    public const int MaxActionsPerGoal = 50;
    public const int MaxMessagesPerGoal = 1_000;
    public const int MaxParticipants = 30;
    public const int MaxHouseholdMembers = 15;
    public const int MaxEvaluations = 100;
    public const int MaxEvaluationTextLength = 2_000;
}
