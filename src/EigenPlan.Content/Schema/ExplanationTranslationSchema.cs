namespace EigenPlan.Content.Schema;

/// <summary>
/// The translation of an uitlegboekje (<c>content/uitleg/&lt;format&gt;.&lt;taal&gt;.yaml</c>): a copy of the Dutch file
/// with the same keys and ids and translated texts, plus <c>taal</c>, <c>gecontroleerd</c> and <c>toelichting</c>.
/// Derived from <see cref="ExplanationSchema"/> so the two never drift: every text is optional to the schema (a missing
/// one is a warning of <see cref="Validation.ExplanationTranslationRules"/>, the Dutch text stays), an unknown key an error.
/// </summary>
internal static class ExplanationTranslationSchema
{
    /// <summary><c>content/uitleg/&lt;format&gt;.&lt;taal&gt;.yaml</c>.</summary>
    public static readonly ObjectSchema Root = BuildRoot();

    private static ObjectSchema BuildRoot()
    {
        var dutch = ExplanationSchema.Root;
        var format = dutch.FindField(ExplanationKeys.Format)!;
        var texts = (ObjectSchema)Optional(dutch.FindField(ExplanationKeys.Explanation)!.Type);
        var residents = (ListSchema)Optional(dutch.FindField(ExplanationKeys.Residents)!.Type);
        return new ObjectSchema("Vertaling van een uitlegboekje",
        [
            format with { Description = "Id van het formaat: het eerste deel van de bestandsnaam (basis in basis.en.yaml)." },
            new(TranslationKeys.Language, new TextSchema { AllowedValues = TranslationSchema.LanguageCodes }, "De taal van de vertaling: het tweede deel van de bestandsnaam (en in basis.en.yaml)."),
            new(TranslationKeys.Checked, new BooleanSchema(), "false zolang iemand die de taal als moedertaal spreekt de vertaling nog niet heeft gecontroleerd. Zet op true als dat wel is gebeurd."),
            new(TranslationKeys.Note, new TextSchema(), "Wie de vertaling heeft gemaakt of gecontroleerd, en wanneer. Alleen voor medewerkers.", Required: false),
            new(ExplanationKeys.Explanation, texts, "De vertaalde uitleg, met dezelfde sleutels als het Nederlandse bestand.", Required: false),
            new(ExplanationKeys.Residents, residents with { MinItems = null },
                "De verzonnen mensen, met het id uit het Nederlandse bestand. De naam blijft hetzelfde. De smileys komen uit het Nederlandse bestand.", Required: false),
        ]);
    }

    /// <summary>
    /// The same shape with every field optional except ids, and no B1 check (that check reads Dutch only). Limits on
    /// length stay: a translation must fit a phone and the booklet as well as the Dutch text.
    /// </summary>
    private static SchemaType Optional(SchemaType type) => type switch
    {
        ObjectSchema o => o with
        {
            Title = o.Title + " (vertaling)",
            Fields = [.. o.Fields.Select(f => f with { Type = Optional(f.Type), Required = f.Required && f.Key == ExplanationKeys.Resident.Id })],
            AtLeastOneOf = null,
        },
        ListSchema l => l with { Item = Optional(l.Item) },
        MapSchema m => m with { Value = Optional(m.Value), MinItems = null },
        TextSchema t => t with { ForResidents = false },
        _ => type,
    };
}
