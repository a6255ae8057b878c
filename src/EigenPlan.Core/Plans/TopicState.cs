namespace EigenPlan.Core.Plans;

/// <summary>How far the resident is with one topic. See <see cref="TopicRules.StateOf"/> for the rules.</summary>
public enum TopicState
{
    /// <summary>nog niet begonnen</summary>
    NotStarted,
    /// <summary>bezig</summary>
    InProgress,
    /// <summary>klaar</summary>
    Done,
    /// <summary>overgeslagen</summary>
    Skipped,
}

/// <summary>Dutch labels for <see cref="TopicState"/>.</summary>
public static class TopicStateLabels
{
    public static string Label(this TopicState state) => state switch
    {
        TopicState.NotStarted => "nog niet begonnen",
        TopicState.InProgress => "bezig",
        TopicState.Done => "klaar",
        TopicState.Skipped => "overgeslagen",
        _ => state.ToString(),
    };
}
