using EigenPlan.Core.SharedPlans;
using EigenPlan.Web.Languages;
using EigenPlan.Web.Resources;
using Microsoft.Extensions.Localization;

namespace EigenPlan.Web.Components.Pages.Together.Parts;

/// <summary>
/// Words of the shared plan that are put together in code: the people who join a samen terugkijken moment, who a part
/// is about, and Core's colour and role words (a person's kind and role: TeamWords), all in the interface language (the Dutch texts are Core's own words).
/// </summary>
public static class EvaluationWords
{
    /// <summary>"Fatima, Noor", or "nog niemand gekozen".</summary>
    public static string People(SharedPlan plan, IEnumerable<string> participantIds, IStringLocalizer<GoalsText> text)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(text);
        var names = participantIds.Select(plan.FindParticipant).OfType<Participant>().Select(p => p.Name).ToList();
        return names.Count == 0 ? text["NobodyChosen"] : string.Join(", ", names);
    }

    /// <summary>As <see cref="HouseholdAbout.Describe(SharedPlan, string?)"/>: "het hele huishouden", the owner's name, or a member.</summary>
    public static string? About(SharedPlan plan, string? about, IStringLocalizer<GoalsText> text)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(text);
        return about switch
        {
            null => null,
            HouseholdAbout.Everyone => text["AboutEveryoneLower"],
            HouseholdAbout.Owner => plan.Owner?.Name ?? text["TheResident"],
            _ => plan.FindMember(about) is { } member ? Member(member, text) : null,
        };
    }

    /// <summary>"Noor (dochter, 14 jaar)": the relation in the resident's own words, the age in the interface language.</summary>
    public static string Member(HouseholdMember member, IStringLocalizer<GoalsText> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return HouseholdAbout.Describe(member, age => text["MemberAge", age]);
    }

    // In Dutch these are Core's own words (SharedPlanLabels), so Core stays the one source; the resx holds them for the
    // translations.
    public static string Label(GoalStatus status, IStringLocalizer<GoalsText> text) =>
        CurrentLanguage.Value.IsDutch ? status.Label() : text["Status" + status];

    public static string Meaning(GoalStatus status, IStringLocalizer<GoalsText> text) =>
        CurrentLanguage.Value.IsDutch ? status.Meaning() : text["Meaning" + status];

    public static string Label(SharedPlanRole role, IStringLocalizer<GoalsText> text) =>
        CurrentLanguage.Value.IsDutch ? role.Label() : text["Role" + role];
}
