namespace EigenPlan.Core.SharedPlans;

/// <summary>
/// A <i>samen terugkijken</i> moment: a date, who joins, and afterwards a short record. Planned by the owner or the
/// vaste contactpersoon (<see cref="SharedPlanTeamRules.MayPlanEvaluations"/>). The next one shows on the overview; the
/// past ones are the plan's history.
/// </summary>
public sealed class Evaluation
{
    public required string Id { get; set; }
    public DateOnly Date { get; set; }
    /// <summary><see cref="Participant.Id"/>s of who joins.</summary>
    public List<string> ParticipantIds { get; set; } = [];
    /// <summary>Who planned it (a name, as kept in history).</summary>
    public string PlannedBy { get; set; } = "";
    /// <summary>Written afterwards; null until then.</summary>
    public EvaluationRecord? Record { get; set; }

    /// <summary>Still to come: not recorded and not in the past.</summary>
    public bool IsUpcoming(DateOnly today) => Record is null && Date >= today;
}

/// <summary>What the family wrote after looking back together, and the goals it was about.</summary>
public sealed class EvaluationRecord
{
    public string WentWell { get; set; } = "";
    public string WentBadly { get; set; } = "";
    public string WeChange { get; set; } = "";
    /// <summary><see cref="SharedGoal.Id"/>s the conversation touched.</summary>
    public List<string> GoalIds { get; set; } = [];
    public DateTime RecordedUtc { get; set; }
    public string RecordedBy { get; set; } = "";
}

/// <summary>The evaluations in the order people need them.</summary>
public static class EvaluationSchedule
{
    /// <summary>The first moment still to come; null when none is planned.</summary>
    public static Evaluation? Next(SharedPlan plan, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Evaluations.Where(e => e.IsUpcoming(today)).OrderBy(e => e.Date).FirstOrDefault();
    }

    /// <summary>Moments that have been (recorded, or their date passed), newest first: the plan's history.</summary>
    public static IReadOnlyList<Evaluation> Past(SharedPlan plan, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Evaluations.Where(e => !e.IsUpcoming(today)).OrderByDescending(e => e.Date).ToList();
    }

    /// <summary>Moments still to come, soonest first.</summary>
    public static IReadOnlyList<Evaluation> Upcoming(SharedPlan plan, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Evaluations.Where(e => e.IsUpcoming(today)).OrderBy(e => e.Date).ToList();
    }
}
