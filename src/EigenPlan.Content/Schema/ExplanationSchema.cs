namespace EigenPlan.Content.Schema;

/// <summary>
/// The uitlegboekje file, described once for the checker and the JSON Schema. Which ids exist is checked against the
/// named format by <see cref="Validation.ExplanationRules"/>. Descriptions are Dutch: editors show them to the writers.
/// </summary>
internal static class ExplanationSchema
{
    /// <summary>Longest text per kind, so the booklet and a folded example on a phone stay short.</summary>
    public const int MaxIntro = 2000;
    public const int MaxHousesText = 1500;
    public const int MaxQuestionText = 600;
    public const int MaxName = 40;
    public const int MaxAbout = 300;
    public const int MaxHouseNote = 300;
    public const int MaxAnswer = 600;

    private static readonly TextSchema Id = new() { Format = TextFormat.Id };

    private static TextSchema Markdown(int max) => new() { MaxLength = max, ForResidents = true };

    private static TextSchema Plain(int max) => new() { MaxLength = max, ForResidents = true };

    private static readonly ObjectSchema Texts = new("Uitleg",
    [
        new(ExplanationKeys.Texts.Intro, Markdown(MaxIntro), $"Het begin van het uitlegboekje. Markdown mag (**vet**, lijstjes, links met https://, tel: of mailto:). Hoogstens {MaxIntro} tekens."),
        new(ExplanationKeys.Texts.Houses, Markdown(MaxHousesText), $"Uitleg bij de bladzijde met de huisjes. Markdown mag. Hoogstens {MaxHousesText} tekens."),
        new(ExplanationKeys.Texts.Questions, new MapSchema(Markdown(MaxQuestionText), TextFormat.Id, "Id van een vraag uit het formaat.") { MinItems = 1 },
            $"Per vraag (id uit het formaat): waar de vraag voor is. Markdown mag. Hoogstens {MaxQuestionText} tekens per vraag."),
    ]);

    private static readonly ObjectSchema HouseNotes = new("Huisje van een persoon",
    [
        new(ExplanationKeys.HouseNotes.GoingWell, Plain(MaxHouseNote), $"Wat goed gaat. Gewone tekst. Hoogstens {MaxHouseNote} tekens.", Required: false),
        new(ExplanationKeys.HouseNotes.NotGoingWell, Plain(MaxHouseNote), $"Wat niet goed gaat. Gewone tekst. Hoogstens {MaxHouseNote} tekens.", Required: false),
    ])
    { AtLeastOneOf = [ExplanationKeys.HouseNotes.GoingWell, ExplanationKeys.HouseNotes.NotGoingWell] };

    private static readonly MapSchema Answers = new(Plain(MaxAnswer), TextFormat.Id, "Id van een vraag uit het formaat.") { MinItems = 1 };

    private static readonly ObjectSchema Resident = new("Persoon",
    [
        new(ExplanationKeys.Resident.Id, Id, "Id van de persoon; uniek in het bestand. Alleen kleine letters, cijfers en '-'."),
        new(ExplanationKeys.Resident.Name, new TextSchema { SingleLine = true, MaxLength = MaxName }, $"De voornaam van de verzonnen persoon. Hoogstens {MaxName} tekens."),
        new(ExplanationKeys.Resident.About, Plain(MaxAbout), $"Wie de persoon is, in een of twee zinnen. Gewone tekst. Hoogstens {MaxAbout} tekens."),
        new(ExplanationKeys.Resident.Houses, new MapSchema(HouseNotes, TextFormat.Id, "Id van een huis uit het formaat.") { MinItems = 1 },
            "Per huis (id uit het formaat): wat goed gaat en wat niet goed gaat."),
        new(ExplanationKeys.Resident.Smileys, new MapSchema(Id, TextFormat.TopicKey, "Een onderwerp als huis.onderwerp.") { MinItems = 1 },
            "Per onderwerp (huis.onderwerp): het id van de gekozen smiley uit het formaat."),
        new(ExplanationKeys.Resident.Topics, new MapSchema(Answers, TextFormat.TopicKey, "Een onderwerp als huis.onderwerp.") { MinItems = 1 },
            $"Per onderwerp (huis.onderwerp): per vraag (id uit het formaat) het antwoord van deze persoon. Gewone tekst, geen Markdown. Hoogstens {MaxAnswer} tekens per antwoord."),
    ]);

    /// <summary><c>content/uitleg/&lt;format&gt;.yaml</c>.</summary>
    public static readonly ObjectSchema Root = new("Uitlegboekje",
    [
        new(ExplanationKeys.Format, Id, "Id van het formaat dat dit boekje uitlegt: gelijk aan de bestandsnaam zonder .yaml."),
        new(ExplanationKeys.Explanation, Texts, "De uitleg: de inleiding, de huisjes en elke vraag."),
        new(ExplanationKeys.Residents, new ListSchema(Resident) { MinItems = 1, MaxItems = 8, UniqueKey = ExplanationKeys.Resident.Id },
            "Verzonnen mensen met ingevulde voorbeelden: 1 tot en met 8."),
    ]);
}
