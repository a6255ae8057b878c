namespace EigenPlan.Core.SharedPlans;

/// <summary>
/// Someone in the resident's household (the regional plan: one plan and one contact per household). Only the owner adds,
/// changes or removes members; a member who is old enough can also take part with their own invitation
/// (<see cref="SharedPlanEditor.TakePartAsMember"/>).
/// </summary>
public sealed class HouseholdMember
{
    public required string Id { get; set; }
    /// <summary>A name, or a description such as "mijn jongste zoon".</summary>
    public required string Name { get; set; }
    /// <summary>Age in years; null when the owner did not say.</summary>
    public int? Age { get; set; }
    /// <summary>How they relate to the resident, in the resident's words: "dochter", "partner", "opa".</summary>
    public string Relation { get; set; } = "";
}

/// <summary>Who an Eigen Plan topic is about. Kept in the shared plan, so the private answers stay untouched.</summary>
public sealed class TopicAbout
{
    public required string TopicKey { get; set; }
    /// <summary>The topic's title when it was set, so the booklet and pages can name it without the format.</summary>
    public string TopicTitle { get; set; } = "";
    /// <summary>See <see cref="HouseholdAbout"/>.</summary>
    public required string About { get; set; }
}

/// <summary>
/// Who a part of the plan is about. Stored as one string: <see cref="Everyone"/> (the whole household),
/// <see cref="Owner"/> (the resident), or a <see cref="HouseholdMember.Id"/>. Null means nobody said (older plans).
/// </summary>
public static class HouseholdAbout
{
    public const string Everyone = "huishouden";
    public const string Owner = "eigenaar";

    /// <summary>Members this young are not invited themselves; their parent speaks for them. 12 is when the Jeugdwet lets a child have a say.</summary>
    public const int MinimumAgeToTakePart = 12;

    public const int MaxAge = 120;

    /// <summary>True for a value a part can be about in this plan.</summary>
    public static bool IsValid(SharedPlan plan, string? about) =>
        about is null or Everyone or Owner || plan.FindMember(about) is not null;

    /// <summary>In words: "het hele huishouden", the owner's name, or "Noor (dochter, 14 jaar)"; null when nobody said.</summary>
    public static string? Describe(SharedPlan plan, string? about)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return about switch
        {
            null => null,
            Everyone => "het hele huishouden",
            Owner => plan.Owner?.Name ?? "de bewoner",
            _ => plan.FindMember(about) is { } member ? Describe(member) : null,
        };
    }

    public static string Describe(HouseholdMember member) => Describe(member, age => $"{age} jaar");

    /// <summary>"Noor (dochter, 14 years)": the name and relation as the owner typed them, the age in the caller's words.</summary>
    public static string Describe(HouseholdMember member, Func<int, string> years)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(years);
        var details = new List<string>();
        if (member.Relation.Length > 0)
        {
            details.Add(member.Relation);
        }
        if (member.Age is { } age)
        {
            details.Add(years(age));
        }
        return details.Count == 0 ? member.Name : $"{member.Name} ({string.Join(", ", details)})";
    }
}
