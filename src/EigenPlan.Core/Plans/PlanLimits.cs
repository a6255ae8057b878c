namespace EigenPlan.Core.Plans;

/// <summary>Limits on what a plan may hold, enforced in the browser (maxlength) and again on the server.</summary>
public static class PlanLimits
{
    /// <summary>Per answer or note field: several pages of text, far beyond what a person types by hand.</summary>
    public const int MaxTextLength = 20_000;
    /// <summary>Show a friendly "bijna vol" message from this many characters.</summary>
    public const int WarnTextLength = 18_000;
    public const int MaxNameLength = 200;
    public const int MaxStrokesPerDrawing = 2_000;
    public const int MaxPointsPerDrawing = 100_000;
    public const int MaxChosenEntriesPerTopic = 50;
    /// <summary>Earlier rounds a plan keeps: one every few months for years.</summary>
    public const int MaxRounds = 24;
    /// <summary>Dates typed by a resident are refused before this day (a typo such as 1026).</summary>
    public static readonly DateOnly EarliestDate = new(2000, 1, 1);
}
