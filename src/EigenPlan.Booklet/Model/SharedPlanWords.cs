using EigenPlan.Core.Languages;
using EigenPlan.Core.SharedPlans;

namespace EigenPlan.Booklet.Model;

/// <summary>
/// Every fixed word of the shared plan's pages in the booklet (<see cref="Sections.SharedPlanSection"/>), per language,
/// like <see cref="BookletWords"/>. Core's <see cref="SharedPlanLabels"/> and <see cref="HouseholdAbout"/> speak Dutch
/// for the web's Dutch pages and the audit; the booklet prints its own words so an English or Arabic booklet has no
/// Dutch left in it except the small "NL: …" headings. Names, goals, actions and reasons are the people's own words.
/// </summary>
public sealed partial record SharedPlanWords
{
    public required string Title { get; init; }
    public required string Vision { get; init; }
    public required string NotFilledInYet { get; init; }
    public required string Goals { get; init; }
    public required string AllGoalsReached { get; init; }
    public required string WhoTakesPart { get; init; }
    /// <summary>"{0} (vaste contactpersoon)": after a person's name and role.</summary>
    public required string ContactPerson { get; init; }
    /// <summary>"Doel {0}: {1}": priority, goal.</summary>
    public required string GoalLine { get; init; }
    /// <summary>"Kleur: {0} ({1})": colour word, what it means.</summary>
    public required string ColourLine { get; init; }
    public required string Green { get; init; }
    public required string Orange { get; init; }
    public required string Red { get; init; }
    public required string NoColour { get; init; }
    public required string GreenMeans { get; init; }
    public required string OrangeMeans { get; init; }
    public required string RedMeans { get; init; }
    public required string NoColourMeans { get; init; }
    public required string NoActions { get; init; }
    /// <summary>"{0} — wie: {1}, wanneer: {2}, {3}": what, who, when, state.</summary>
    public required string ActionLine { get; init; }
    public required string Nobody { get; init; }
    public required string NoDate { get; init; }
    public required string Done { get; init; }
    public required string Late { get; init; }
    public required string NotDone { get; init; }

    public required string Household { get; init; }
    /// <summary>"Onderwerp {0} gaat over: {1}".</summary>
    public required string TopicAbout { get; init; }
    /// <summary>"Over: {0}" under a goal.</summary>
    public required string About { get; init; }
    public required string WholeHousehold { get; init; }
    public required string TheResident { get; init; }
    /// <summary>"{0} jaar" in "Noor (dochter, 14 jaar)".</summary>
    public required string AgeYears { get; init; }

    public required string Reached { get; init; }
    public required string CelebrationOne { get; init; }
    /// <summary>"… al {0} doelen bereikt …".</summary>
    public required string CelebrationMany { get; init; }
    /// <summary>"Doel {0}: {1} – bereikt op {2}".</summary>
    public required string ReachedLine { get; init; }

    public required string Evaluations { get; init; }
    /// <summary>"Gepland: {0}, met {1}": date, people.</summary>
    public required string Planned { get; init; }
    /// <summary>"{0}, met {1}": date, people.</summary>
    public required string PastLine { get; init; }
    public required string NotWrittenYet { get; init; }
    public required string WentWell { get; init; }
    public required string WentBadly { get; init; }
    public required string WeChange { get; init; }
    /// <summary>"Over de doelen: {0}".</summary>
    public required string AboutGoals { get; init; }
    public required string NobodyChosen { get; init; }

    /// <summary>Beside the owner's name: <see cref="SharedPlanFactory.OwnerRole"/> in this language.</summary>
    public required string OwnerRole { get; init; }
    public required string KindResident { get; init; }
    public required string KindNetwork { get; init; }
    public required string KindClientSupporter { get; init; }
    public required string KindWijkteam { get; init; }
    public required string KindHousehold { get; init; }
    public required string KindProfessional { get; init; }

    /// <summary>The table for a language; Dutch for any language without one.</summary>
    public static SharedPlanWords For(PlanLanguage? language) => language?.Code switch
    {
        "en" => English,
        "tr" => Turkish,
        "pl" => Polish,
        "ar" => Arabic,
        _ => Dutch,
    };

    public string Colour(GoalStatus status) => status switch
    {
        GoalStatus.Green => Green,
        GoalStatus.Orange => Orange,
        GoalStatus.Red => Red,
        _ => NoColour,
    };

    public string Meaning(GoalStatus status) => status switch
    {
        GoalStatus.Green => GreenMeans,
        GoalStatus.Orange => OrangeMeans,
        GoalStatus.Red => RedMeans,
        _ => NoColourMeans,
    };

    public string Kind(ParticipantKind kind) => kind switch
    {
        ParticipantKind.Resident => KindResident,
        ParticipantKind.Network => KindNetwork,
        ParticipantKind.ClientSupporter => KindClientSupporter,
        ParticipantKind.Wijkteam => KindWijkteam,
        ParticipantKind.Household => KindHousehold,
        _ => KindProfessional,
    };

    /// <summary>What the overview says about reached goals; null while none is reached (the words of <see cref="SharedPlanOverview.Celebration"/>).</summary>
    public string? Celebration(int reached) => reached switch
    {
        0 => null,
        1 => CelebrationOne,
        var n => BookletWords.Format(CelebrationMany, n),
    };

    /// <summary>Who a part is about, as <see cref="HouseholdAbout.Describe(SharedPlan, string?)"/> says it, in this language.</summary>
    public string? DescribeAbout(SharedPlan plan, string? about)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return about switch
        {
            null => null,
            HouseholdAbout.Everyone => WholeHousehold,
            HouseholdAbout.Owner => plan.Owner?.Name ?? TheResident,
            _ => plan.FindMember(about) is { } member ? Describe(member) : null,
        };
    }

    /// <summary>"Noor (dochter, 14 jaar)": the relation is the owner's own word and stays as written.</summary>
    public string Describe(HouseholdMember member) => HouseholdAbout.Describe(member, age => BookletWords.Format(AgeYears, age));
}
