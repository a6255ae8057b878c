namespace EigenPlan.Booklet.Model;

public sealed partial record ExplanationBookletWords
{
    /// <summary>Dutch, the source.</summary>
    public static ExplanationBookletWords Dutch { get; } = new()
    {
        PdfTitle = "Uitlegboekje bij Mijn Eigen Plan – {0}",
        CoverTitle = "Uitlegboekje",
        CoverSubtitle = "bij Mijn Eigen Plan",
        CoverIntro = "In dit boekje lees je wat elk deel van je eigen plan betekent. Bij elk deel staat een voorbeeld. " +
            "Zo zie je hoe andere mensen het invulden. Daarna schrijf je je eigen plan, in je eigen woorden.",
        MadeUpTitle = "De mensen in dit boekje zijn verzonnen",
        ThePeople = "De mensen in dit boekje",
        MadeUpOne = "{0} bestaat niet. Hun verhalen zijn verzonnen, om je op weg te helpen. Jouw plan gaat over jou.",
        MadeUpMany = "{0} bestaan niet. Hun verhalen zijn verzonnen, om je op weg te helpen. Jouw plan gaat over jou.",
        IntroTitle = "Over dit boekje",
        PeopleTitle = "De mensen in dit boekje",
        PeopleMadeUp = "Ze bestaan niet. Hun verhalen zijn verzonnen.",
        ExamplesAt = "Voorbeelden bij: {0}.",
        HousesTitle = "De huisjes",
        EmptyNote = "Niets ingevuld. Dat mag ook.",
        HousesOf = "De huisjes van {0}",
        FacesTitle = "De gezichtjes",
        ExamplesTitle = "Voorbeelden",
        HousesExamplesIntro = "Op de volgende bladzijden zie je hoe {0} de huisjes invulden. " +
            "Ze bestaan niet. Je herkent hun voorbeelden aan de stippellijn eromheen.",
        NotesOf = "Wat gaat goed en wat gaat niet goed bij {0}?",
        NoExampleYet = "Bij dit onderwerp staat nog geen voorbeeld.",
        TopicIntroOne = "Zo vulde {0} deze bladzijde in. {0} bestaat niet; het verhaal is verzonnen.",
        TopicIntroMany = "Zo vulden {0} deze bladzijde in. Ze bestaan niet; hun verhalen zijn verzonnen.",
        QuestionsMeant = "Zo zijn de vragen bedoeld",
        HowItGoes = "Hoe gaat het?",
        ExampleOf = "Voorbeeld van {0}",
        ClosingTitle = "Aan de slag",
        ClosingIntro = "Nu maak je je eigen plan. Dat kan op papier of op de website. Je kiest zelf wat je invult.",
        BlankTitle = "Het lege boekje",
        BlankWithoutAddress = "Op de website van Mijn Eigen Plan kun je het lege boekje downloaden en printen. Je vult het in met een pen.",
        BlankWithAddress = "Print het lege boekje en vul het in met een pen. Je downloadt het hier:",
        SupportersTitle = "Voor cliëntondersteuners",
        SupportersWithoutAddress = "Help je iemand met een eigen plan? Op de website van Mijn Eigen Plan staat de pagina 'Voor cliëntondersteuners'. Daar lees je hoe je helpt zonder het over te nemen.",
        SupportersWithAddress = "Help je iemand met een eigen plan? Op de pagina 'Voor cliëntondersteuners' lees je hoe je helpt zonder het over te nemen:",
        HelpTitle = "Hulp bij je plan",
    };
}
