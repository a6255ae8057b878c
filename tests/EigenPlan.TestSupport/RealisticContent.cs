using EigenPlan.Core.Content;

namespace EigenPlan.TestSupport;

/// <summary>
/// A realistic format (six houses, 13 topics, as in the Almere research) and a municipality with a small Sociale
/// Kaart, built in code so the booklet can be tested without the YAML loader. Also used by the benchmark.
/// For rules that count topics see the smaller <see cref="SmallContent"/>.
/// </summary>
public static class RealisticContent
{
    public static Format Format { get; } = BuildFormat();
    public static Municipality Almere { get; } = BuildMunicipality();

    private static Format BuildFormat() => new()
    {
        Id = "basis",
        Name = "Eigen Plan",
        Questions = FormatParts.Questions,
        Smileys = FormatParts.Smileys,
        Houses =
        [
            H("geldzaken", "Geldzaken", "#1F5F7A", HouseIcon.Geld, "Hoe gaat het met je geld?",
                T("geldzaken", "inkomen", "Inkomen", "Genoeg geld hebben om van te leven.", "Financiën"),
                T("geldzaken", "uitgaven-en-schulden", "Uitgaven en schulden", "Weten wat je uitgeeft en rondkomen zonder schulden.", "Financiën")),
            H("woonruimte", "Woonruimte", "#8A4B08", HouseIcon.Huis, "Hoe woon je?",
                T("woonruimte", "wonen", "Wonen", "Een veilige en fijne plek om te wonen.", "Huisvesting"),
                T("woonruimte", "huishouden", "Huishouden", "Boodschappen, schoonmaken en koken lukken.", "Instrumentele ADL")),
            H("gezondheid", "Gezondheid", "#A4262C", HouseIcon.Pleister, "Hoe voel je je?",
                T("gezondheid", "lichaam", "Lichaam", "Je lichaam doet wat je nodig hebt.", "Lichamelijke gezondheid"),
                T("gezondheid", "gevoel-en-gedachten", "Gevoel en gedachten", "Je voelt je goed in je hoofd.", "Geestelijke gezondheid")),
            H("tijdsbesteding", "Tijdsbesteding", "#5C3D8F", HouseIcon.Klok, "Wat doe je met je tijd?",
                T("tijdsbesteding", "werk", "Werk", "Werk dat bij je past, betaald of vrijwillig.", "Werk & opleiding"),
                T("tijdsbesteding", "leren", "Leren", "Nieuwe dingen leren, een cursus of opleiding.", "Werk & opleiding"),
                T("tijdsbesteding", "vrije-tijd", "Vrije tijd", "Dingen doen die je leuk vindt.", "Tijdsbesteding")),
            H("mensen", "Mensen om mij heen", "#2E6B30", HouseIcon.Mensen, "Wie zijn er voor jou?",
                T("mensen", "gezin-en-familie", "Gezin en familie", "Hoe het gaat met de mensen in je gezin en familie.", "Huiselijke relaties"),
                T("mensen", "vrienden-en-buren", "Vrienden en buren", "Mensen om mee te praten en iets mee te doen.", "Sociaal netwerk")),
            H("zelf-regelen", "Zelf regelen en meedoen", "#9C2F6B", HouseIcon.Hand, "Wat regel je zelf?",
                T("zelf-regelen", "zorgen-voor-mezelf", "Zorgen voor mezelf", "Wassen, aankleden en eten lukken.", "Basale ADL"),
                T("zelf-regelen", "meedoen-en-regelen", "Meedoen en regelen", "Post, afspraken en meedoen in de buurt.", "Maatschappelijke participatie")),
        ],
    };

    private static House H(string id, string title, string color, HouseIcon icon, string intro, params Topic[] topics) =>
        new() { Id = id, Title = title, Color = color, Icon = icon, Intro = intro, Topics = topics };

    private static Topic T(string house, string id, string title, string essence, string zrm) => new()
    {
        Id = id,
        HouseId = house,
        Title = title,
        Essence = essence,
        Suggestions =
        [
            "Denk aan een moment in de afgelopen week.",
            "Wat zou een goede vriend over jou zeggen?",
            "Je mag ook opschrijven wat je lastig vindt.",
        ],
        DeepeningQuestions = ["Sinds wanneer is dit zo?", "Wat heeft eerder geholpen?"],
        ZrmDomains = [zrm],
    };

    private static Municipality BuildMunicipality() => new()
    {
        Id = "almere",
        Name = "Almere",
        FormatId = "basis",
        IsExample = true,
        Wijkteam = new TeamContact
        {
            Name = "Wijkteam Almere",
            Description = "Voor vragen over zorg, geld, wonen en opvoeden.",
            Contact = new ContactDetails { Phone = "14 036", Website = "https://www.almere.nl/wijkteams" },
        },
        ClientSupport = new TeamContact
        {
            Name = "Cliëntondersteuning Almere",
            Description = "Onafhankelijke hulp bij het keukentafelgesprek. Gratis.",
            Contact = new ContactDetails { Phone = "036 123 45 67", Email = "info@clientondersteuning.example.nl" },
        },
        SocialMap =
        [
            E("schuldhulp", "Schuldhulpverlening", EntryKind.Professioneel, ["geldzaken.uitgaven-en-schulden"],
                "Hulp als je schulden hebt of bang bent dat je ze krijgt. Samen maken we een plan.",
                phone: "036 539 99 11", web: "https://www.almere.nl/schulden"),
            E("thuisadministratie", "Hulp bij de thuisadministratie", EntryKind.Vrijwilligers, ["geldzaken.uitgaven-en-schulden", "zelf-regelen.meedoen-en-regelen"],
                "Een vrijwilliger helpt je elke week met post, rekeningen en formulieren.",
                email: "administratie@humanitas.example.nl"),
            E("inkomensloket", "Inkomensloket", EntryKind.Professioneel, ["geldzaken.inkomen"],
                "Check of je recht hebt op toeslagen, bijzondere bijstand of de stadspas.",
                phone: "14 036", web: "https://www.almere.nl/inkomen"),
            E("huurteam", "Huurteam", EntryKind.Professioneel, ["woonruimte.wonen"],
                "Vragen over je huurhuis, onderhoud of je huurprijs? Het huurteam helpt gratis.",
                phone: "036 200 10 20"),
            E("huishoudelijke-hulp", "Huishoudelijke hulp", EntryKind.Professioneel, ["woonruimte.huishouden", "zelf-regelen.zorgen-voor-mezelf"],
                "Hulp bij schoonmaken als je dat zelf niet meer kunt. Vraag het aan via het wijkteam.",
                phone: "14 036"),
            E("praatgroep", "Praatgroep Samen Sterk", EntryKind.Vrijwilligers, ["gezondheid.gevoel-en-gedachten", "mensen.vrienden-en-buren"],
                "Elke dinsdag praten met mensen die ook door een moeilijke tijd gaan. Met koffie.",
                email: "samensterk@example.nl"),
            E("beweegmaatje", "Beweegmaatje", EntryKind.Informeel, ["gezondheid.lichaam", "tijdsbesteding.vrije-tijd"],
                "Samen wandelen of fietsen met iemand uit de buurt. Eén keer per week, op een tijd die jou past.",
                web: "https://www.beweegmaatje.example.nl"),
            E("vrijwilligerscentrale", "Vrijwilligerscentrale", EntryKind.Vrijwilligers, ["tijdsbesteding.werk", "tijdsbesteding.leren"],
                "Vrijwilligerswerk vinden dat bij je past. Ook om weer te wennen aan werken.",
                phone: "036 530 45 00", web: "https://www.vrijwilligerscentrale.example.nl"),
            E("mantelzorg", "Steunpunt Mantelzorg", EntryKind.Professioneel, ["mensen.gezin-en-familie"],
                "Zorg je voor iemand in je familie? Hier krijg je advies en even rust.",
                phone: "036 540 30 30", email: "mantelzorg@example.nl"),
        ],
    };

    private static SocialMapEntry E(string id, string name, EntryKind kind, string[] topics, string summary,
        string? phone = null, string? email = null, string? web = null) => new()
    {
        Id = id,
        Name = name,
        Organisation = kind == EntryKind.Professioneel ? "Gemeente Almere" : null,
        Kind = kind,
        Topics = topics,
        Summary = summary,
        ForWhom = "Inwoners van Almere vanaf 18 jaar.",
        Costs = "Gratis",
        HowToApply = "Bel of mail. Je hoeft geen verwijzing te hebben.",
        Contact = new ContactDetails { Phone = phone, Email = email, Website = web, Address = "Stadhuisplein 1, 1315 HR Almere" },
        OpeningHours = "Maandag tot en met vrijdag, 9.00 tot 17.00 uur",
        LastChecked = new DateOnly(2026, 9, 1),
    };
}
