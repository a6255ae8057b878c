using EigenPlan.Core.Languages;

namespace EigenPlan.Content.Schema;

/// <summary>
/// The translation file of a format, described once for the checker and the JSON Schema. Only words: ids say which
/// Dutch item a word belongs to; colours, icons, roles and ZRM values come from the Dutch file and are unknown fields
/// here. Every word is optional to the schema: a missing one is a warning of <see cref="Validation.TranslationRules"/>
/// (the Dutch word stays), an unknown id an error.
/// </summary>
internal static class TranslationSchema
{
    /// <summary>The language codes a translation file may have: every language except Dutch, the source.</summary>
    public static readonly IReadOnlyList<string> LanguageCodes = [.. PlanLanguage.All.Where(l => !l.IsDutch).Select(l => l.Code)];

    // Not for residents as far as the B1 check goes: that check reads Dutch only.
    private static readonly TextSchema Text = new();
    private static readonly TextSchema Line = new() { SingleLine = true };
    private static readonly TextSchema Id = new() { Format = TextFormat.Id };

    private static Field IdField(string what) =>
        new(FormatKeys.Id, Id, $"Id van {what} in het Nederlandse bestand. Niet vertalen.");

    private static Field Words(string key, TextSchema type, string description) => new(key, type, description, Required: false);

    private static ListSchema ListOf(SchemaType item, int? min = null, int? max = null, string? uniqueKey = null) =>
        new(item) { MinItems = min, MaxItems = max, UniqueKey = uniqueKey };

    private static readonly ObjectSchema Question = new("Vraag (vertaling)",
    [
        IdField("de vraag"),
        Words(FormatKeys.Question.Label, Line, "De vraag zoals de inwoner hem leest."),
        Words(FormatKeys.Question.Hint, Text, "De korte uitleg onder de vraag."),
    ]);

    private static readonly ObjectSchema Smiley = new("Smiley (vertaling)",
    [
        IdField("de smiley"),
        Words(FormatKeys.Smiley.Label, Line, "De tekst bij het gezicht."),
    ]);

    private static readonly ObjectSchema Topic = new("Onderwerp (vertaling)",
    [
        IdField("het onderwerp"),
        Words(FormatKeys.Topic.Title, Line, "De naam van het onderwerp."),
        Words(FormatKeys.Topic.Essence, Line, "Waar het onderwerp om gaat, in één regel."),
        new(FormatKeys.Topic.Suggestions, ListOf(Text, 3, 6), "De helpende suggesties: 3 tot en met 6. Deze lijst vervangt de Nederlandse lijst helemaal.", Required: false),
        new(FormatKeys.Topic.DeepeningQuestions, ListOf(Text, 2, 4), "De verdiepende vragen voor een ondersteuner: 2 tot en met 4. Deze lijst vervangt de Nederlandse lijst helemaal.", Required: false),
    ]);

    private static readonly ObjectSchema House = new("Huis (vertaling)",
    [
        IdField("het huis"),
        Words(FormatKeys.House.Title, Line, "De naam van het huis."),
        Words(FormatKeys.House.Intro, Text, "De korte inleiding op het huis."),
        new(FormatKeys.House.Topics, ListOf(Topic, uniqueKey: FormatKeys.Topic.Id), "De onderwerpen van het huis, met het id uit het Nederlandse bestand.", Required: false),
    ]);

    /// <summary><c>content/formats/&lt;id&gt;.&lt;taal&gt;.yaml</c>.</summary>
    public static readonly ObjectSchema Root = new("Vertaling van een Eigen Plan-formaat",
    [
        new(TranslationKeys.Format, Id, "Id van het Nederlandse formaat dat vertaald wordt: het eerste deel van de bestandsnaam (basis in basis.en.yaml)."),
        new(TranslationKeys.Language, new TextSchema { AllowedValues = LanguageCodes }, "De taal van de vertaling: het tweede deel van de bestandsnaam (en in basis.en.yaml)."),
        new(TranslationKeys.Checked, new BooleanSchema(), "false zolang iemand die de taal als moedertaal spreekt de vertaling nog niet heeft gecontroleerd. Zet op true als dat wel is gebeurd."),
        new(TranslationKeys.Note, Text, "Wie de vertaling heeft gemaakt of gecontroleerd, en wanneer. Alleen voor medewerkers.", Required: false),
        Words(FormatKeys.Name, Line, "De naam van het formaat."),
        new(FormatKeys.Questions, ListOf(Question, uniqueKey: FormatKeys.Question.Id), "De vragen, met het id uit het Nederlandse bestand.", Required: false),
        new(FormatKeys.Smileys, ListOf(Smiley, uniqueKey: FormatKeys.Smiley.Id), "De smileys, met het id uit het Nederlandse bestand.", Required: false),
        new(FormatKeys.Houses, ListOf(House, uniqueKey: FormatKeys.House.Id), "De huizen, met het id uit het Nederlandse bestand.", Required: false),
    ]);
}
