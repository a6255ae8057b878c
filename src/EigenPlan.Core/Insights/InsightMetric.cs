namespace EigenPlan.Core.Insights;

/// <summary>
/// What the municipality may learn, counted per municipality and ISO week at the moment it happens. Each is a number
/// only: never a plan id, a text, a time finer than the week, or anything that links one count to another.
/// </summary>
public enum InsightMetric
{
    /// <summary>A new Eigen Plan was made. Key: empty.</summary>
    PlanStarted,
    /// <summary>A plan reached "every topic done or skipped". Key: empty.</summary>
    PlanFinished,
    /// <summary>The first topic of a house got something (a smiley, an answer, a tip, done or skipped). Key: house id.</summary>
    HouseWorkedOn,
    /// <summary>A topic got something for the first time. Key: topic key (<c>house.topic</c>).</summary>
    TopicWorkedOn,
    /// <summary>A smiley was chosen on a topic (a changed choice counts again). Key: <c>house.topic/smiley</c>.</summary>
    SmileyChosen,
    /// <summary>"Dit wil ik proberen" on a Sociale Kaart entry (municipality content). Key: the entry id.</summary>
    SocialMapEntryChosen,
    /// <summary>A booklet PDF was made. Key: <c>eigen-plan</c> or <c>leeg</c>.</summary>
    BookletPrinted,
    /// <summary>A resident made a shared plan. Key: empty.</summary>
    SharedPlanCreated,
}

/// <summary>The stable names of <see cref="InsightMetric"/> (stored, in the CSV and in the metrics) and their Dutch words.</summary>
public static class InsightMetrics
{
    public static string Name(this InsightMetric metric) => metric switch
    {
        InsightMetric.PlanStarted => "plan_started",
        InsightMetric.PlanFinished => "plan_finished",
        InsightMetric.HouseWorkedOn => "house_worked_on",
        InsightMetric.TopicWorkedOn => "topic_worked_on",
        InsightMetric.SmileyChosen => "smiley_chosen",
        InsightMetric.SocialMapEntryChosen => "social_map_entry_chosen",
        InsightMetric.BookletPrinted => "booklet_printed",
        InsightMetric.SharedPlanCreated => "shared_plan_created",
        _ => throw new ArgumentOutOfRangeException(nameof(metric)),
    };

    public static string Label(this InsightMetric metric) => metric switch
    {
        InsightMetric.PlanStarted => "plannen begonnen",
        InsightMetric.PlanFinished => "plannen af",
        InsightMetric.HouseWorkedOn => "huisjes waaraan gewerkt is",
        InsightMetric.TopicWorkedOn => "onderwerpen waaraan gewerkt is",
        InsightMetric.SmileyChosen => "gekozen gezichtjes",
        InsightMetric.SocialMapEntryChosen => "gekozen tips van de Sociale Kaart",
        InsightMetric.BookletPrinted => "boekjes gemaakt",
        InsightMetric.SharedPlanCreated => "gezamenlijke plannen gemaakt",
        _ => throw new ArgumentOutOfRangeException(nameof(metric)),
    };

    /// <summary>The metric with this stored name; false for an unknown one (a row from a newer version).</summary>
    public static bool TryParse(string? name, out InsightMetric metric)
    {
        foreach (var candidate in Enum.GetValues<InsightMetric>())
        {
            if (candidate.Name() == name)
            {
                metric = candidate;
                return true;
            }
        }
        metric = default;
        return false;
    }
}

/// <summary>The fixed keys of <see cref="InsightMetric.BookletPrinted"/>.</summary>
public static class InsightKeys
{
    /// <summary>A resident's own booklet with their answers.</summary>
    public const string OwnBooklet = "eigen-plan";

    /// <summary>The blank booklet to fill in on paper.</summary>
    public const string BlankBooklet = "leeg";
}
