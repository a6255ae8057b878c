namespace EigenPlan.Content.Schema;

/// <summary>
/// The two kinds of content file, described once. Descriptions are Dutch because editors show them to the
/// people who write the files. Keep in step with docs/content-format.md.
/// </summary>
internal static class ContentSchemas
{
    /// <summary>The question roles, in the order the booklet asks them.</summary>
    public static readonly IReadOnlyList<string> QuestionRoles = ["huidig", "wens", "aanpak", "zelf", "netwerk", "nodig"];

    public static readonly IReadOnlyList<string> Icons = ["geld", "huis", "pleister", "klok", "mensen", "hand"];

    /// <summary>The thirteen domains of the Zelfredzaamheid-Matrix.</summary>
    public static readonly IReadOnlyList<string> ZrmDomains =
    [
        "Financiën", "Werk & opleiding", "Tijdsbesteding", "Huisvesting", "Huiselijke relaties",
        "Geestelijke gezondheid", "Lichamelijke gezondheid", "Middelengebruik", "Basale ADL", "Instrumentele ADL",
        "Sociaal netwerk", "Maatschappelijke participatie", "Justitie",
    ];

    private static readonly TextSchema Text = new();
    private static readonly TextSchema Line = new() { SingleLine = true };
    private static readonly TextSchema Id = new() { Format = TextFormat.Id };

    private static Field IdField(string what) =>
        new("id", Id, $"Id van {what}. Alleen kleine letters, cijfers en '-'.");

    private static ListSchema ListOf(SchemaType item, int? min = null, int? max = null, string? uniqueKey = null) =>
        new(item) { MinItems = min, MaxItems = max, UniqueKey = uniqueKey };

    private static readonly ObjectSchema Question = new("Vraag",
    [
        IdField("de vraag; uniek in het formaat"),
        new("rol", new TextSchema { AllowedValues = QuestionRoles }, "Waar de vraag voor is. Elke rol komt precies één keer voor."),
        new("hoort_bij", Id, "Id van de hoofdvraag waar deze deelvraag bij hoort.", Required: false),
        new("label", Line, "De vraag zoals de inwoner hem leest."),
        new("hint", Text, "Een korte uitleg onder de vraag."),
    ]);

    private static readonly ObjectSchema SmileyType = new("Smiley",
    [
        IdField("de smiley; uniek in het formaat"),
        new("label", Line, "De tekst bij het gezicht, zoals 'Gaat heel slecht'."),
        new("zrm", new IntegerSchema(1, 5), "ZRM-niveau 1 (acuut) tot en met 5 (volledig zelfredzaam). Laat weg bij 'Niet van toepassing'.", Required: false),
    ]);

    private static readonly ObjectSchema TopicType = new("Onderwerp",
    [
        IdField("het onderwerp; uniek binnen het huis"),
        new("titel", Line, "De naam van het onderwerp."),
        new("kern", Line, "Waar het onderwerp om gaat, in één regel."),
        new("suggesties", ListOf(Text, 3, 6), "Helpende suggesties: 3 tot en met 6. Een uitnodiging, nooit verplicht."),
        new("verdiepende_vragen", ListOf(Text, 2, 4), "Verdiepende vragen voor een ondersteuner: 2 tot en met 4."),
        new("zrm", ListOf(new TextSchema { AllowedValues = ZrmDomains }, 1, 3), "De ZRM-domeinen van dit onderwerp: 1 tot en met 3."),
    ]);

    private static readonly ObjectSchema HouseType = new("Huis",
    [
        IdField("het huis; uniek in het formaat"),
        new("titel", Line, "De naam van het huis, zoals 'Geldzaken'."),
        new("kleur", new TextSchema { Format = TextFormat.Color }, "Kleur als #RRGGBB. Witte tekst erop moet een contrast van minstens 4,5 : 1 halen."),
        new("icoon", new TextSchema { AllowedValues = Icons }, "Het plaatje op het huis."),
        new("intro", Text, "Een korte inleiding op het huis."),
        new("onderwerpen", ListOf(TopicType, 1, 3, "id"), "De onderwerpen van het huis: 1 tot en met 3."),
    ]);

    /// <summary><c>content/formats/&lt;id&gt;.yaml</c>.</summary>
    public static readonly ObjectSchema Format = new("Eigen Plan-formaat",
    [
        IdField("het formaat; gelijk aan de bestandsnaam zonder .yaml"),
        new("naam", Line, "De naam van het formaat."),
        new("vragen", ListOf(Question, uniqueKey: "id"), "De vragen op elke onderwerppagina, in volgorde. Elke rol precies één keer."),
        new("smileys", ListOf(SmileyType, 6, 6, "id"), "Vijf gezichten met zrm 1 tot en met 5, en één zonder zrm voor 'Niet van toepassing'."),
        new("huizen", ListOf(HouseType, 1, 8, "id"), "De huizen (levensgebieden): 1 tot en met 8."),
    ]);

    private static readonly ObjectSchema Contact = new("Contact",
    [
        new("telefoon", new TextSchema { Format = TextFormat.Phone }, "Telefoonnummer, zoals \"036 123 45 67\" of \"14 036\".", Required: false),
        new("email", new TextSchema { Format = TextFormat.Email }, "E-mailadres.", Required: false),
        new("website", new TextSchema { Format = TextFormat.Url }, "Webadres dat begint met https:// of http://.", Required: false),
        new("adres", Line, "Bezoekadres, zoals 'Stadhuisplein 1, 1315 HR Almere'.", Required: false),
    ])
    { AtLeastOneOf = ["telefoon", "email", "website", "adres"] };

    private static readonly ObjectSchema Team = new("Team",
    [
        new("naam", Line, "De naam van het team."),
        new("omschrijving", Text, "Wat het team doet.", Required: false),
        new("contact", Contact, "Hoe je het team bereikt: minstens één van telefoon, email, website, adres."),
    ]);

    private static readonly ObjectSchema Entry = new("Item op de sociale kaart",
    [
        IdField("het item; uniek in het bestand"),
        new("naam", Line, "De naam van de hulp of dienst."),
        new("organisatie", Line, "De organisatie, als die anders heet dan de dienst.", Required: false),
        new("soort", new TextSchema { AllowedValues = Core.Content.EntryKinds.Codes }, "Wie de hulp geeft."),
        new("onderwerpen", ListOf(new TextSchema { Format = TextFormat.TopicKey }, 1), "De onderwerpen waar dit bij helpt, als huis.onderwerp uit het formaat van de gemeente."),
        new("samenvatting", new TextSchema { MaxLength = 300 }, "Wat het biedt, in eenvoudige woorden. Hoogstens 300 tekens."),
        new("voor_wie", Text, "Voor wie de hulp is."),
        new("kosten", Text, "Wat het kost, bijvoorbeeld 'Gratis'."),
        new("aanmelden", Text, "Hoe je je aanmeldt."),
        new("contact", Contact, "Hoe je de hulp bereikt: minstens één van telefoon, email, website, adres."),
        new("openingstijden", Text, "Wanneer de hulp open of bereikbaar is.", Required: false),
        new("laatst_gecontroleerd", new TextSchema { Format = TextFormat.Date }, "Datum waarop de gegevens voor het laatst zijn gecontroleerd: JJJJ-MM-DD, niet in de toekomst."),
    ]);

    /// <summary><c>content/municipalities/&lt;id&gt;.yaml</c>.</summary>
    public static readonly ObjectSchema Municipality = new("Gemeente met sociale kaart",
    [
        IdField("de gemeente; gelijk aan de bestandsnaam zonder .yaml"),
        new("naam", Line, "De naam van de gemeente."),
        new("formaat", Id, "Id van het formaat dat de gemeente gebruikt: een bestand in content/formats/."),
        new("voorbeeld", new BooleanSchema(), "true als dit voorbeeldgegevens zijn die de gemeente nog moet nakijken.", Required: false),
        new("wijkteam", Team, "Het wijkteam (sociaal team) van de gemeente."),
        new("clientondersteuning", Team, "De onafhankelijke cliëntondersteuning (OCO)."),
        new("sociale_kaart", ListOf(Entry, uniqueKey: "id"), "De hulp en diensten in de gemeente."),
    ]);
}
