namespace EigenPlan.Booklet.Model;

public sealed partial record ExplanationBookletWords
{
    /// <summary>English. To be checked by a native speaker.</summary>
    public static ExplanationBookletWords English { get; } = new()
    {
        PdfTitle = "Explanation booklet for My Own Plan – {0}",
        CoverTitle = "Explanation booklet",
        CoverSubtitle = "for My Own Plan",
        CoverIntro = "In this booklet you read what each part of your own plan means. Each part has an example. " +
            "So you see how other people filled it in. Then you write your own plan, in your own words.",
        MadeUpTitle = "The people in this booklet are made up",
        ThePeople = "The people in this booklet",
        MadeUpOne = "{0} does not exist. The stories are made up, to help you get started. Your plan is about you.",
        MadeUpMany = "{0} do not exist. Their stories are made up, to help you get started. Your plan is about you.",
        IntroTitle = "About this booklet",
        PeopleTitle = "The people in this booklet",
        PeopleMadeUp = "They do not exist. Their stories are made up.",
        ExamplesAt = "Examples for: {0}.",
        HousesTitle = "The houses",
        EmptyNote = "Nothing filled in. That is fine too.",
        HousesOf = "The houses of {0}",
        FacesTitle = "The faces",
        ExamplesTitle = "Examples",
        HousesExamplesIntro = "On the next pages you see how {0} filled in the houses. " +
            "They do not exist. You recognise their examples by the dotted line around them.",
        NotesOf = "What is going well and what is not going well for {0}?",
        NoExampleYet = "There is no example for this topic yet.",
        TopicIntroOne = "This is how {0} filled in this page. {0} does not exist; the story is made up.",
        TopicIntroMany = "This is how {0} filled in this page. They do not exist; their stories are made up.",
        QuestionsMeant = "What the questions are for",
        HowItGoes = "How is it going?",
        ExampleOf = "Example from {0}",
        ClosingTitle = "Getting started",
        ClosingIntro = "Now you make your own plan. You can do that on paper or on the website. You choose what you fill in.",
        BlankTitle = "The blank booklet",
        BlankWithoutAddress = "On the website of My Own Plan you can download and print the blank booklet. You fill it in with a pen.",
        BlankWithAddress = "Print the blank booklet and fill it in with a pen. You can download it here:",
        SupportersTitle = "For client supporters",
        SupportersWithoutAddress = "Are you helping someone with their own plan? The website of My Own Plan has the page 'Voor cliëntondersteuners' (for client supporters). There you read how to help without taking over.",
        SupportersWithAddress = "Are you helping someone with their own plan? On the page 'Voor cliëntondersteuners' (for client supporters) you read how to help without taking over:",
        HelpTitle = "Help with your plan",
    };
}
