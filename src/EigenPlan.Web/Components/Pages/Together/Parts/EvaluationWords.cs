using EigenPlan.Core.SharedPlans;

namespace EigenPlan.Web.Components.Pages.Together.Parts;

/// <summary>Names for the people who join a samen terugkijken moment.</summary>
public static class EvaluationWords
{
    /// <summary>"Fatima, Noor", or "nog niemand gekozen".</summary>
    public static string People(SharedPlan plan, IEnumerable<string> participantIds)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var names = participantIds.Select(plan.FindParticipant).OfType<Participant>().Select(p => p.Name).ToList();
        return names.Count == 0 ? "nog niemand gekozen" : string.Join(", ", names);
    }
}
