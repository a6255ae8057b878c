using EigenPlan.Core.Content;
using EigenPlan.Core.Plans;

namespace EigenPlan.Core.Tests;

/// <summary>A small format and municipality shaped like the real ones: two houses, six questions, six smileys.</summary>
internal static class TestContent
{
    public const string Income = "geldzaken.inkomen";
    public const string Debts = "geldzaken.schulden";
    public const string Living = "wonen.wonen";

    public static readonly Format Format = new()
    {
        Id = "basis",
        Name = "Eigen Plan",
        Questions =
        [
            Question("nu", QuestionRole.Current, "Hoe gaat het nu?"),
            Question("wil", QuestionRole.Wish, "Wat wil ik?"),
            Question("bereiken", QuestionRole.Approach, "Hoe wil ik dit bereiken?", parent: "wil"),
            Question("zelf", QuestionRole.OwnStrength, "Wat doe en kan ik zelf al?"),
            Question("netwerk", QuestionRole.Network, "Wie uit mijn omgeving kan mij helpen?", parent: "zelf"),
            Question("nodig", QuestionRole.Need, "Wat heb ik nog nodig?"),
        ],
        Smileys =
        [
            new Smiley { Id = "heel-slecht", Label = "Gaat heel slecht", ZrmLevel = 1 },
            new Smiley { Id = "slecht", Label = "Gaat slecht", ZrmLevel = 2 },
            new Smiley { Id = "gaat-wel", Label = "Gaat wel", ZrmLevel = 3 },
            new Smiley { Id = "goed", Label = "Gaat goed", ZrmLevel = 4 },
            new Smiley { Id = "heel-goed", Label = "Gaat heel goed", ZrmLevel = 5 },
            new Smiley { Id = "nvt", Label = "Niet van toepassing" },
        ],
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

    private static Question Question(string id, QuestionRole role, string label, string? parent = null) =>
        new() { Id = id, Role = role, Label = label, Hint = "", ParentId = parent };

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
