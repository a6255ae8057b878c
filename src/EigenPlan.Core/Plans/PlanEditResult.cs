namespace EigenPlan.Core.Plans;

/// <summary>Why an edit was refused, for code that wants to react (the message is for the resident).</summary>
public enum PlanEditError
{
    None,
    UnknownTopic,
    UnknownHouse,
    UnknownSmiley,
    UnknownQuestion,
    UnknownEntry,
    TooManyEntries,
    TextTooLong,
    InvalidDrawing,
    InvalidName,
    InvalidAge,
    InvalidChoice,
    InvalidDate,
    TooManyRounds,
    NothingToKeep,
}

/// <summary>The outcome of one <see cref="PlanEditor"/> call: success, or a refusal with a short Dutch message.</summary>
public sealed record PlanEditResult(PlanEditError Error, string? Message)
{
    public static readonly PlanEditResult Ok = new(PlanEditError.None, null);

    public bool Succeeded => Error == PlanEditError.None;

    public static PlanEditResult Fail(PlanEditError error, string message) => new(error, message);
}
