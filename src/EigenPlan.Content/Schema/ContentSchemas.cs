using EigenPlan.Core.Content;

namespace EigenPlan.Content.Schema;

/// <summary>
/// The two kinds of content file, described once. Descriptions are Dutch because editors show them to the
/// people who write the files. Keep in step with docs/content-format.md.
/// </summary>
internal static class ContentSchemas
{
    /// <summary>The question roles by their word in a format file, in the order the booklet asks them.</summary>
    public static readonly IReadOnlyList<(string Code, QuestionRole Role)> QuestionRoleCodes =
    [
        ("huidig", QuestionRole.Current), ("wens", QuestionRole.Wish), ("aanpak", QuestionRole.Approach),
        ("zelf", QuestionRole.OwnStrength), ("netwerk", QuestionRole.Network), ("nodig", QuestionRole.Need),
    ];

    /// <summary>The words of <see cref="QuestionRoleCodes"/>: the values <c>rol</c> allows.</summary>
    public static readonly IReadOnlyList<string> QuestionRoles = [.. QuestionRoleCodes.Select(r => r.Code)];

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

    // What residents read, so the B1 check (Readability) reads it too.
    private static readonly TextSchema Prose = new() { ForResidents = true };
    private static readonly TextSchema ProseLine = new() { SingleLine = true, ForResidents = true };

    private static Field IdField(string key, string what) =>
        new(key, Id, $"Id van {what}. Alleen kleine letters, cijfers en '-'.");

    private static ListSchema ListOf(SchemaType item, int? min = null, int? max = null, string? uniqueKey = null) =>
        new(item) { MinItems = min, MaxItems = max, UniqueKey = uniqueKey };

    private static readonly ObjectSchema Question = new("Vraag",
    [
        IdField(FormatKeys.Question.Id, "de vraag; uniek in het formaat"),
        new(FormatKeys.Question.Role, new TextSchema { AllowedValues = QuestionRoles }, "Waar de vraag voor is. Elke rol komt precies één keer voor."),
        new(FormatKeys.Question.Parent, Id, "Id van de hoofdvraag waar deze deelvraag bij hoort.", Required: false),
        new(FormatKeys.Question.Label, ProseLine, "De vraag zoals de inwoner hem leest."),
        new(FormatKeys.Question.Hint, Prose, "Een korte uitleg onder de vraag."),
    ]);

    private static readonly ObjectSchema SmileyType = new("Smiley",
    [
        IdField(FormatKeys.Smiley.Id, "de smiley; uniek in het formaat"),
        new(FormatKeys.Smiley.Label, ProseLine, "De tekst bij het gezicht, zoals 'Gaat heel slecht'."),
        new(FormatKeys.Smiley.Zrm, new IntegerSchema(1, 5), "ZRM-niveau 1 (acuut) tot en met 5 (volledig zelfredzaam). Laat weg bij 'Niet van toepassing'.", Required: false),
    ]);

    private static readonly ObjectSchema TopicType = new("Onderwerp",
    [
        IdField(FormatKeys.Topic.Id, "het onderwerp; uniek binnen het huis"),
        new(FormatKeys.Topic.Title, ProseLine, "De naam van het onderwerp."),
        new(FormatKeys.Topic.Essence, ProseLine, "Waar het onderwerp om gaat, in één regel."),
        new(FormatKeys.Topic.Suggestions, ListOf(Prose, 3, 6), "Helpende suggesties: 3 tot en met 6. Een uitnodiging, nooit verplicht."),
        new(FormatKeys.Topic.DeepeningQuestions, ListOf(Prose, 2, 4), "Verdiepende vragen voor een ondersteuner: 2 tot en met 4."),
        new(FormatKeys.Topic.ZrmDomains, ListOf(new TextSchema { AllowedValues = ZrmDomains }, 1, 3), "De ZRM-domeinen van dit onderwerp: 1 tot en met 3."),
    ]);

    private static readonly ObjectSchema HouseType = new("Huis",
    [
        IdField(FormatKeys.House.Id, "het huis; uniek in het formaat"),
        new(FormatKeys.House.Title, ProseLine, "De naam van het huis, zoals 'Geldzaken'."),
        new(FormatKeys.House.Color, new TextSchema { Format = TextFormat.Color }, "Kleur als #RRGGBB. Witte tekst erop moet een contrast van minstens 4,5 : 1 halen."),
        new(FormatKeys.House.Icon, new TextSchema { AllowedValues = Icons }, "Het plaatje op het huis."),
        new(FormatKeys.House.Intro, Prose, "Een korte inleiding op het huis."),
        new(FormatKeys.House.Topics, ListOf(TopicType, 1, 3, FormatKeys.Topic.Id), "De onderwerpen van het huis: 1 tot en met 3."),
    ]);

    /// <summary><c>content/formats/&lt;id&gt;.yaml</c>.</summary>
    public static readonly ObjectSchema Format = new("Eigen Plan-formaat",
    [
        IdField(FormatKeys.Id, "het formaat; gelijk aan de bestandsnaam zonder .yaml"),
        new(FormatKeys.Name, Line, "De naam van het formaat."),
        new(FormatKeys.Questions, ListOf(Question, uniqueKey: FormatKeys.Question.Id), "De vragen op elke onderwerppagina, in volgorde. Elke rol precies één keer."),
        new(FormatKeys.Smileys, ListOf(SmileyType, 6, 6, FormatKeys.Smiley.Id), "Vijf gezichten met zrm 1 tot en met 5, en één zonder zrm voor 'Niet van toepassing'."),
        new(FormatKeys.Houses, ListOf(HouseType, 1, 8, FormatKeys.House.Id), "De huizen (levensgebieden): 1 tot en met 8."),
    ]);

    private static readonly ObjectSchema Contact = new("Contact",
    [
        new(MunicipalityKeys.Contact.Phone, new TextSchema { Format = TextFormat.Phone }, "Telefoonnummer, zoals \"036 123 45 67\" of \"14 036\".", Required: false),
        new(MunicipalityKeys.Contact.Email, new TextSchema { Format = TextFormat.Email }, "E-mailadres.", Required: false),
        new(MunicipalityKeys.Contact.Website, new TextSchema { Format = TextFormat.Url }, "Webadres dat begint met https:// of http://.", Required: false),
        new(MunicipalityKeys.Contact.Address, Line, "Bezoekadres, zoals 'Stadhuisplein 1, 1315 HR Almere'.", Required: false),
    ])
    { AtLeastOneOf = [MunicipalityKeys.Contact.Phone, MunicipalityKeys.Contact.Email, MunicipalityKeys.Contact.Website, MunicipalityKeys.Contact.Address] };

    private static readonly ObjectSchema Team = new("Team",
    [
        new(MunicipalityKeys.Team.Name, Line, "De naam van het team."),
        new(MunicipalityKeys.Team.Description, Prose, "Wat het team doet.", Required: false),
        new(MunicipalityKeys.Team.Contact, Contact, "Hoe je het team bereikt: minstens één van telefoon, email, website, adres."),
    ]);

    private static readonly ObjectSchema Entry = new("Item op de sociale kaart",
    [
        IdField(MunicipalityKeys.Entry.Id, "het item; uniek in het bestand"),
        new(MunicipalityKeys.Entry.Name, Line, "De naam van de hulp of dienst."),
        new(MunicipalityKeys.Entry.Organisation, Line, "De organisatie, als die anders heet dan de dienst.", Required: false),
        new(MunicipalityKeys.Entry.Kind, new TextSchema { AllowedValues = Core.Content.EntryKinds.Codes }, "Wie de hulp geeft."),
        new(MunicipalityKeys.Entry.Topics, ListOf(new TextSchema { Format = TextFormat.TopicKey }, 1), "De onderwerpen waar dit bij helpt, als huis.onderwerp uit het formaat van de gemeente."),
        new(MunicipalityKeys.Entry.Summary, new TextSchema { MaxLength = 300, ForResidents = true }, "Wat het biedt, in eenvoudige woorden. Hoogstens 300 tekens."),
        new(MunicipalityKeys.Entry.ForWhom, Prose, "Voor wie de hulp is."),
        new(MunicipalityKeys.Entry.Costs, Prose, "Wat het kost, bijvoorbeeld 'Gratis'."),
        new(MunicipalityKeys.Entry.HowToApply, Prose, "Hoe je je aanmeldt."),
        new(MunicipalityKeys.Entry.Contact, Contact, "Hoe je de hulp bereikt: minstens één van telefoon, email, website, adres."),
        new(MunicipalityKeys.Entry.OpeningHours, Text, "Wanneer de hulp open of bereikbaar is.", Required: false),
        new(MunicipalityKeys.Entry.LastChecked, new TextSchema { Format = TextFormat.Date }, "Datum waarop de gegevens voor het laatst zijn gecontroleerd: JJJJ-MM-DD, niet in de toekomst."),
    ]);

    private static readonly ObjectSchema HandIn = new("Plan inleveren",
    [
        new(MunicipalityKeys.HandInFields.Email, new TextSchema { Format = TextFormat.Email }, "E-mailadres waar inwoners hun plan naartoe sturen.", Required: false),
        new(MunicipalityKeys.HandInFields.PostalAddress, new TextSchema { SingleLine = true, MaxLength = 200 }, "Postadres voor het plan op papier, op één regel, zoals 'Gemeente Almere, Postbus 200, 1300 AE Almere'.", Required: false),
        new(MunicipalityKeys.HandInFields.UploadPage, new TextSchema { Format = TextFormat.HttpsUrl }, "Webpagina waar inwoners hun plan uploaden. Moet beginnen met https://.", Required: false),
        new(MunicipalityKeys.HandInFields.Phone, new TextSchema { Format = TextFormat.Phone }, "Telefoonnummer voor vragen over het inleveren, zoals \"14 036\".", Required: false),
        new(MunicipalityKeys.HandInFields.When, new TextSchema { MaxLength = 400, ForResidents = true }, "Kort en eenvoudig: wanneer je het plan inlevert, voor of na de melding. Hoogstens 400 tekens. Gewone tekst.", Required: false),
    ])
    { AtLeastOneOf = [MunicipalityKeys.HandInFields.Email, MunicipalityKeys.HandInFields.PostalAddress, MunicipalityKeys.HandInFields.UploadPage, MunicipalityKeys.HandInFields.Phone] };

    /// <summary><c>content/municipalities/&lt;id&gt;.yaml</c>.</summary>
    public static readonly ObjectSchema Municipality = new("Gemeente met sociale kaart",
    [
        IdField(MunicipalityKeys.Id, "de gemeente; gelijk aan de bestandsnaam zonder .yaml"),
        new(MunicipalityKeys.Name, Line, "De naam van de gemeente."),
        new(MunicipalityKeys.Format, Id, "Id van het formaat dat de gemeente gebruikt: een bestand in content/formats/."),
        new(MunicipalityKeys.Example, new BooleanSchema(), "true als dit voorbeeldgegevens zijn die de gemeente nog moet nakijken.", Required: false),
        new(MunicipalityKeys.Template, new BooleanSchema(), "true voor een sjabloon (zoals Voorbeeldstad): wordt gecontroleerd, maar nooit aan inwoners aangeboden.", Required: false),
        new(MunicipalityKeys.Wijkteam, Team, "Het wijkteam (sociaal team) van de gemeente."),
        new(MunicipalityKeys.ClientSupport, Team, "De onafhankelijke cliëntondersteuning (OCO)."),
        new(MunicipalityKeys.HandIn, HandIn, "Hoe inwoners hun plan inleveren: minstens één van email, postadres, uploadpagina, telefoon. En eventueel wanneer.", Required: false),
        new(MunicipalityKeys.SocialMap, ListOf(Entry, uniqueKey: MunicipalityKeys.Entry.Id), "De hulp en diensten in de gemeente."),
    ]);
}
