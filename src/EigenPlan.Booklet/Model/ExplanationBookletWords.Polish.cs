namespace EigenPlan.Booklet.Model;

public sealed partial record ExplanationBookletWords
{
    /// <summary>Polish. To be checked by a native speaker.</summary>
    public static ExplanationBookletWords Polish { get; } = new()
    {
        PdfTitle = "Broszura z objaśnieniami do Mojego Własnego Planu – {0}",
        CoverTitle = "Broszura z objaśnieniami",
        CoverSubtitle = "do Mojego Własnego Planu",
        CoverIntro = "W tej broszurze czytasz, co znaczy każda część twojego własnego planu. Przy każdej części jest przykład. " +
            "Tak widzisz, jak wypełnili ją inni ludzie. Potem piszesz swój własny plan, własnymi słowami.",
        MadeUpTitle = "Osoby w tej broszurze są zmyślone",
        ThePeople = "Osoby w tej broszurze",
        MadeUpOne = "{0} nie istnieje. Ta historia jest zmyślona, żeby pomóc ci zacząć. Twój plan jest o tobie.",
        MadeUpMany = "{0} nie istnieją. Ich historie są zmyślone, żeby pomóc ci zacząć. Twój plan jest o tobie.",
        IntroTitle = "O tej broszurze",
        PeopleTitle = "Osoby w tej broszurze",
        PeopleMadeUp = "Nie istnieją. Ich historie są zmyślone.",
        ExamplesAt = "Przykłady do: {0}.",
        HousesTitle = "Domki",
        EmptyNote = "Nic nie wpisano. To też jest w porządku.",
        HousesOf = "Domki: {0}",
        FacesTitle = "Buźki",
        ExamplesTitle = "Przykłady",
        HousesExamplesIntro = "Na następnych stronach widzisz, jak {0} wypełnili domki. " +
            "Nie istnieją. Ich przykłady rozpoznasz po kropkowanej linii dookoła.",
        NotesOf = "Co idzie dobrze, a co nie idzie dobrze: {0}?",
        NoExampleYet = "Przy tym temacie nie ma jeszcze przykładu.",
        TopicIntroOne = "Tak tę stronę wypełnił(a) {0}. {0} nie istnieje; ta historia jest zmyślona.",
        TopicIntroMany = "Tak tę stronę wypełnili {0}. Nie istnieją; ich historie są zmyślone.",
        QuestionsMeant = "Do czego służą pytania",
        HowItGoes = "Jak idzie?",
        ExampleOf = "Przykład: {0}",
        ClosingTitle = "Do dzieła",
        ClosingIntro = "Teraz robisz swój własny plan. Możesz to zrobić na papierze albo na stronie internetowej. Sam(a) wybierasz, co wpisujesz.",
        BlankTitle = "Pusta broszura",
        BlankWithoutAddress = "Na stronie Mojego Własnego Planu możesz pobrać i wydrukować pustą broszurę. Wypełniasz ją długopisem.",
        BlankWithAddress = "Wydrukuj pustą broszurę i wypełnij ją długopisem. Pobierzesz ją tutaj:",
        SupportersTitle = "Dla osób wspierających klienta",
        SupportersWithoutAddress = "Pomagasz komuś w jego własnym planie? Na stronie Mojego Własnego Planu jest strona 'Voor cliëntondersteuners' (dla osób wspierających klienta). Tam czytasz, jak pomagać, nie przejmując wszystkiego.",
        SupportersWithAddress = "Pomagasz komuś w jego własnym planie? Na stronie 'Voor cliëntondersteuners' (dla osób wspierających klienta) czytasz, jak pomagać, nie przejmując wszystkiego:",
        HelpTitle = "Pomoc przy twoim planie",
    };
}
