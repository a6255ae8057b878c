using System.Globalization;
using EigenPlan.Core.Languages;

namespace EigenPlan.Booklet.Model;

/// <summary>
/// Every fixed word of the booklet (cover, contents, section titles, footers, notices, hints) in one language. The
/// resident's answers and the municipality's own texts are not here: they stay as written. Templates take their values
/// with <see cref="Format(string, object[])"/> ("{0}"). The Dutch table is the source; the others are translations,
/// "nog te controleren door iemand die de taal als moedertaal spreekt" like the format's.
/// </summary>
public sealed partial record BookletWords
{
    public required PlanLanguage Language { get; init; }
    /// <summary>For the PDF's language tag (screen readers pick their voice by it).</summary>
    public required string Culture { get; init; }

    public required string BookTitle { get; init; }
    public required string PdfTitle { get; init; }
    public required string MunicipalityLine { get; init; }
    public required string CoverIntro { get; init; }
    public required string Name { get; init; }
    public required string Age { get; init; }
    public required string AgeYears { get; init; }
    public required string Date { get; init; }
    public required string FilledIn { get; init; }
    public required string HandedIn { get; init; }
    public required string HelpHeading { get; init; }
    public required string HousesAlt { get; init; }
    public required string IFillIn { get; init; }
    public required string Myself { get; init; }
    public required string WithHelpOf { get; init; }
    public required string HelpClientSupporterNamed { get; init; }
    public required string HelpClientSupporter { get; init; }
    public required string HelpSomeoneNamed { get; init; }
    public required string HelpSomeone { get; init; }
    public required string SelfFilledIn { get; init; }
    public required string HandedInWords { get; init; }

    public required string Contents { get; init; }
    public required string ContentsLinkAlt { get; init; }
    public required string Continued { get; init; }
    public required string PageOf { get; init; }
    public required string Page { get; init; }
    public required string SampleData { get; init; }
    public required string SampleExplanation { get; init; }
    public required string NotApplicableShort { get; init; }

    public required string TalkTitle { get; init; }
    public required string TalkIntro { get; init; }
    public required string NotFilledInTitle { get; init; }
    public required string NotFilledInIntro { get; init; }
    public required string NoFaceYet { get; init; }
    public required string HowItGoes { get; init; }
    public required string NothingFilledIn { get; init; }
    public required string Skipped { get; init; }
    /// <summary>"Hier wil ik over praten": the label on a topic the resident flagged.</summary>
    public required string TalkAboutLabel { get; init; }
    public required string ToThePage { get; init; }
    public required string NotFilledInNote { get; init; }
    public required string SkippedNote { get; init; }

    public required string HousesTitle { get; init; }
    public required string HouseAlt { get; init; }
    public required string HousesIntroBlank { get; init; }
    public required string HousesIntroNow { get; init; }
    public required string HousesIntroThen { get; init; }
    public required string NotesTitle { get; init; }
    public required string NotesIntro { get; init; }
    public required string GoingWell { get; init; }
    public required string NotGoingWell { get; init; }
    public required string NowStatus { get; init; }
    public required string ThenStatus { get; init; }
    public required string NothingChosen { get; init; }

    public required string ThenAndNowTitle { get; init; }
    public required string ThenAndNowIntro { get; init; }
    public required string AllEarlierRounds { get; init; }
    public required string ThenOn { get; init; }
    public required string NowOn { get; init; }
    public required string Now { get; init; }
    public required string Better { get; init; }
    public required string LessGood { get; init; }
    public required string Same { get; init; }
    public required string And { get; init; }

    public required string HowIsItGoing { get; init; }
    public required string NotChosenYet { get; init; }
    public required string ChooseFace { get; init; }
    public required string FacesRange { get; init; }
    public required string NoFaceChosen { get; init; }
    public required string SuggestionsTitle { get; init; }
    public required string SuggestionsIntro { get; init; }
    public required string MoreSuggestionsAfter { get; init; }
    public required string NotesInConversation { get; init; }

    public required string FreeSpace { get; init; }
    public required string FreeSpaceIntro { get; init; }
    public required string MyDrawing { get; init; }

    public required string TipsTitle { get; init; }
    public required string TipsIntro { get; init; }
    public required string TipsChosen { get; init; }
    public required string TipsAll { get; init; }
    public required string TipsMore { get; init; }
    public required string TipsNone { get; init; }
    public required string TipsHelp { get; init; }
    public required string TipMissing { get; init; }
    public required string ForWhom { get; init; }
    public required string Costs { get; init; }
    public required string Apply { get; init; }
    public required string LastChecked { get; init; }
    public required string Phone { get; init; }
    public required string Email { get; init; }
    public required string Website { get; init; }
    public required string Address { get; init; }
    public required string Open { get; init; }

    public required string ClosingTitle { get; init; }
    public required string HandInHeading { get; init; }
    public required string HandedInHeading { get; init; }
    public required string ForSupporters { get; init; }
    public required string YouHandedIn { get; init; }
    public required string YouCanHandIn { get; init; }
    public required string Upload { get; init; }
    public required string ByPost { get; init; }
    public required string SupportersWithAddress { get; init; }
    public required string SupportersWithoutAddress { get; init; }

    /// <summary>The uitlegboekje's own words in this language.</summary>
    public ExplanationBookletWords Explanation => ExplanationBookletWords.For(Language);

    /// <summary>The Dutch words beside translated ones, marked as Dutch: "NL: Wat gaat goed?".</summary>
    public static string DutchBeside(string dutch) => $"NL: {dutch}";

    /// <summary>Fills a template's "{0}", "{1}"… (culture-independent).</summary>
    public static string Format(string template, params object[] values) => string.Format(CultureInfo.InvariantCulture, template, values);

    /// <summary>A date in words, such as "3 maart 2026" or "3 March 2026", independent of the server's culture.</summary>
    public string DateText(DateOnly date) => Language.Date(date);

    /// <summary>"a, b en c".</summary>
    public string List(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : $"{string.Join(", ", items.Take(items.Count - 1))} {And} {items[^1]}";

    /// <summary>The table for a language; Dutch for any language without one.</summary>
    public static BookletWords For(PlanLanguage? language) => language?.Code switch
    {
        "en" => English,
        "tr" => Turkish,
        "pl" => Polish,
        "ar" => Arabic,
        _ => Dutch,
    };
}
