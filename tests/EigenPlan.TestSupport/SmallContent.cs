using EigenPlan.Core.Content;
using EigenPlan.Core.Plans;

namespace EigenPlan.TestSupport;

/// <summary>
/// A small format and municipality shaped like the real ones (two houses, three topics, the six questions and smileys)
/// for rules and plan tests that count topics and answers. For pages and the booklet see <see cref="RealisticContent"/>.
/// </summary>
public static class SmallContent
{
    public const string Income = "geldzaken.inkomen";
    public const string Debts = "geldzaken.schulden";
    public const string Living = "wonen.wonen";

    public static readonly Format Format = new()
    {
        Id = "basis",
        Name = "Eigen Plan",
        Questions = FormatParts.Questions,
        Smileys = FormatParts.Smileys,
        Houses =
        [
            House("geldzaken", "Geldzaken", Topic("geldzaken", "inkomen", "Inkomen"), Topic("geldzaken", "schulden", "Uitgaven en schulden")),
            House("wonen", "Woonruimte", Topic("wonen", "wonen", "Wonen")),
        ],
    };

    public static readonly Municipality Municipality = new()
    {
        Id = "almere",
        Name = "Almere",
        FormatId = "basis",
        Wijkteam = Team("Wijkteam"),
        ClientSupport = Team("Cliëntondersteuning"),
        SocialMap =
        [
            Entry("schuldhulp", "Schuldhulpverlening", Debts),
            Entry("formulierenhulp", "Formulierenhulp", Income, Debts),
            Entry("woonhulp", "Woonbegeleiding", Living),
        ],
    };

    public static PlanContent NewPlan() => new() { MunicipalityId = "almere", FormatId = "basis" };

    public static PlanEditor Editor(PlanContent? plan = null) => new(plan ?? NewPlan(), Format, Municipality);

    public static SocialMapEntry Entry(string id, string name, params string[] topics) => new()
    {
        Id = id,
        Name = name,
        Kind = EntryKind.Professioneel,
        Topics = topics,
        Summary = "Hulp.",
        ForWhom = "Iedereen.",
        Costs = "Gratis",
        HowToApply = "Bel ons.",
        Contact = new ContactDetails { Phone = "0361234567" },
        LastChecked = new DateOnly(2026, 1, 1),
    };

    private static Topic Topic(string house, string id, string title) => new()
    {
        Id = id,
        HouseId = house,
        Title = title,
        Essence = "",
        Suggestions = [],
        DeepeningQuestions = [],
        ZrmDomains = [],
    };

    private static House House(string id, string title, params Topic[] topics) => new()
    {
        Id = id,
        Title = title,
        Color = "#1F5F7A",
        Icon = HouseIcon.Geld,
        Intro = "",
        Topics = topics,
    };

    private static TeamContact Team(string name) => new() { Name = name, Contact = new ContactDetails { Phone = "14036" } };
}
