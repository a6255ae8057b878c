namespace EigenPlan.Core.SharedPlans;

/// <summary>When and by whom a goal was marked <i>bereikt</i>. The goal then moves to the <i>Gelukt</i> list.</summary>
public sealed class GoalReached
{
    public DateOnly On { get; set; }
    public string ByName { get; set; } = "";
    public SharedPlanRole ByRole { get; set; }
}

/// <summary>The owner's consent rule: besides the owner, who may mark a goal reached (or undo that).</summary>
public enum ReachedRule
{
    /// <summary>Only the owner (the default).</summary>
    OwnerOnly,
    /// <summary>Also the vaste contactpersoon, when they were invited to work along.</summary>
    ContactPerson,
    /// <summary>Also everyone who was invited to work along.</summary>
    Contributors,
}
