using EigenPlan.Core.Languages;

namespace EigenPlan.Booklet.Model;

/// <summary>
/// The fixed words of the uitlegboekje (the explanation booklet) in one language, next to <see cref="BookletWords"/>,
/// whose shared words (municipality line, "vervolg", the list's "en", the faces) it uses too. Reach it through
/// <see cref="BookletWords.Explanation"/>. The Dutch table is the source; the others are translations, "nog te
/// controleren door iemand die de taal als moedertaal spreekt". Templates take "{0}" through <see cref="BookletWords.Format"/>.
/// </summary>
public sealed partial record ExplanationBookletWords
{
    /// <summary>The PDF's title: "Uitlegboekje bij Mijn Eigen Plan – {0}" (the municipality).</summary>
    public required string PdfTitle { get; init; }
    public required string CoverTitle { get; init; }
    public required string CoverSubtitle { get; init; }
    public required string CoverIntro { get; init; }
    public required string MadeUpTitle { get; init; }
    /// <summary>"De mensen in dit boekje": who, when the booklet has nobody to name.</summary>
    public required string ThePeople { get; init; }
    /// <summary>"{0} bestaat niet. …": one person named.</summary>
    public required string MadeUpOne { get; init; }
    /// <summary>"{0} bestaan niet. …": several people named (or <see cref="ThePeople"/>).</summary>
    public required string MadeUpMany { get; init; }

    public required string IntroTitle { get; init; }
    public required string PeopleTitle { get; init; }
    public required string PeopleMadeUp { get; init; }
    /// <summary>"Voorbeelden bij: {0}." (the topics).</summary>
    public required string ExamplesAt { get; init; }

    public required string HousesTitle { get; init; }
    public required string EmptyNote { get; init; }
    /// <summary>"De huisjes van {0}".</summary>
    public required string HousesOf { get; init; }
    public required string FacesTitle { get; init; }
    public required string ExamplesTitle { get; init; }
    /// <summary>"Op de volgende bladzijden zie je hoe {0} de huisjes invulden. …".</summary>
    public required string HousesExamplesIntro { get; init; }
    /// <summary>"Wat gaat goed en wat gaat niet goed bij {0}?".</summary>
    public required string NotesOf { get; init; }

    public required string NoExampleYet { get; init; }
    /// <summary>"Zo vulde {0} deze bladzijde in. {0} bestaat niet; …".</summary>
    public required string TopicIntroOne { get; init; }
    /// <summary>"Zo vulden {0} deze bladzijde in. Ze bestaan niet; …".</summary>
    public required string TopicIntroMany { get; init; }
    public required string QuestionsMeant { get; init; }
    public required string HowItGoes { get; init; }
    /// <summary>"Voorbeeld van {0}": the label on an example's frame.</summary>
    public required string ExampleOf { get; init; }

    public required string ClosingTitle { get; init; }
    public required string ClosingIntro { get; init; }
    public required string BlankTitle { get; init; }
    public required string BlankWithoutAddress { get; init; }
    public required string BlankWithAddress { get; init; }
    public required string SupportersTitle { get; init; }
    public required string SupportersWithoutAddress { get; init; }
    public required string SupportersWithAddress { get; init; }
    public required string HelpTitle { get; init; }

    /// <summary>The table for a language; Dutch for any language without one.</summary>
    public static ExplanationBookletWords For(PlanLanguage? language) => language?.Code switch
    {
        "en" => English,
        "tr" => Turkish,
        "pl" => Polish,
        "ar" => Arabic,
        _ => Dutch,
    };
}
