using EigenPlan.Core.SharedPlans;

namespace EigenPlan.Core.Notifications;

/// <summary>
/// The few facts of a shared plan that decide who should hear about a change: each goal's colour, who each action is
/// for, how many messages each goal has, and which evaluations are still open (not written down). Ids only, no text,
/// so it can be taken before every edit at no risk.
/// </summary>
public sealed record SharedPlanFacts(
    IReadOnlyDictionary<string, GoalStatus> Statuses,
    IReadOnlyDictionary<string, string?> ActionOwners,
    IReadOnlyDictionary<string, int> MessageCounts)
{
    /// <summary>Ids of the evaluations not written down yet: when there were or are any, the evaluation notices are brought up to date.</summary>
    public IReadOnlySet<string> OpenEvaluations { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    public static SharedPlanFacts Of(SharedPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new SharedPlanFacts(
            plan.Goals.ToDictionary(g => g.Id, g => g.Status, StringComparer.Ordinal),
            plan.Goals.SelectMany(g => g.Actions).ToDictionary(a => a.Id, a => a.ParticipantId, StringComparer.Ordinal),
            plan.Goals.ToDictionary(g => g.Id, g => g.Messages.Count, StringComparer.Ordinal))
        {
            OpenEvaluations = plan.Evaluations.Where(e => e.Record is null).Select(e => e.Id).ToHashSet(StringComparer.Ordinal),
        };
    }
}
