namespace EigenPlan.Core.SharedPlans;

/// <summary>Plain Dutch words for statuses, roles and kinds. A colour is never shown without its word.</summary>
public static class SharedPlanLabels
{
    /// <summary>The colour word: "groen", "oranje", "rood".</summary>
    public static string Label(this GoalStatus status) => status switch
    {
        GoalStatus.Green => "groen",
        GoalStatus.Orange => "oranje",
        GoalStatus.Red => "rood",
        _ => "nog geen kleur",
    };

    /// <summary>What the colour means: "gaat goed", "aandacht nodig", "loopt vast".</summary>
    public static string Meaning(this GoalStatus status) => status switch
    {
        GoalStatus.Green => "gaat goed",
        GoalStatus.Orange => "aandacht nodig",
        GoalStatus.Red => "loopt vast",
        _ => "nog niet gekozen",
    };

    public static string Label(this SharedPlanRole role) => role switch
    {
        SharedPlanRole.Owner => "eigenaar",
        SharedPlanRole.Contributor => "meewerken",
        SharedPlanRole.Reader => "meelezen",
        _ => "geen toegang",
    };

    public static string Label(this InvitationRole role) => role switch
    {
        InvitationRole.Contribute => "meewerken",
        _ => "meelezen",
    };

    /// <summary>The consent rule in words, as the owner chooses it.</summary>
    public static string Label(this ReachedRule rule) => rule switch
    {
        ReachedRule.ContactPerson => "ik en de vaste contactpersoon",
        ReachedRule.Contributors => "ik en iedereen die meewerkt",
        _ => "alleen ik",
    };

    public static string Label(this ParticipantKind kind) => kind switch
    {
        ParticipantKind.Resident => "bewoner",
        ParticipantKind.Network => "iemand uit mijn omgeving",
        ParticipantKind.ClientSupporter => "cliëntondersteuner",
        ParticipantKind.Wijkteam => "wijkteam",
        ParticipantKind.Household => "iemand uit mijn huishouden",
        _ => "professional",
    };
}
