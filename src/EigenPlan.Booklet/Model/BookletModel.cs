using EigenPlan.Booklet.Sections;
using EigenPlan.Core.Content;
using EigenPlan.Core.Languages;
using EigenPlan.Core.Plans;

namespace EigenPlan.Booklet.Model;

/// <summary>
/// Everything the booklet shows, already cleaned and ordered; no layout. A blank booklet (to fill in by hand) has
/// <see cref="IsBlank"/> set and empty answers. Build it with <see cref="Create"/>.
/// </summary>
public sealed record BookletModel
{
    /// <summary>
    /// The booklet's fixed words in the plan's language (<see cref="BookletWords.For"/>); Dutch by default. The format's
    /// words (houses, topics, questions, faces) come translated in the format itself.
    /// </summary>
    public BookletWords Words { get; init; } = BookletWords.Dutch;
    public PlanLanguage Language => Words.Language;
    /// <summary>Arabic: text runs right to left and is aligned to the right edge of its column.</summary>
    public bool IsRightToLeft => Language.IsRightToLeft;
    /// <summary>"Mijn Eigen Plan – Almere": the PDF title.</summary>
    public required string Title { get; init; }
    public required string MunicipalityName { get; init; }
    /// <summary>The municipality's id, for addresses such as the blank booklet's (<c>/boekje/leeg/almere</c>).</summary>
    public string MunicipalityId { get; init; } = "";
    public required bool IsBlank { get; init; }
    /// <summary>
    /// The municipality's data is illustrative and not yet checked (<see cref="Municipality.IsSample"/>): the cover and
    /// the footer of every page say so (<see cref="BookletNotices.SampleData"/>).
    /// </summary>
    public bool IsSample { get; init; }
    public required BookletCover Cover { get; init; }
    /// <summary>The five faces from sad to happy, then "Niet van toepassing".</summary>
    public required IReadOnlyList<BookletSmiley> Smileys { get; init; }
    public required IReadOnlyList<BookletHouse> Houses { get; init; }
    public required BookletTips Tips { get; init; }
    /// <summary>Where to get help with the plan: the wijkteam and the independent client support.</summary>
    public IReadOnlyList<TeamContact> HelpContacts { get; init; } = [];
    public required BookletOptions Options { get; init; }
    /// <summary>How to hand in the plan at this municipality; null when its file does not say.</summary>
    public BookletHandIn? HandIn { get; init; }
    /// <summary>The resident's note that they handed in this plan; null when not (yet) noted.</summary>
    public BookletHandedIn? HandedIn { get; init; }
    /// <summary>The dates of earlier rounds (<i>Opnieuw kijken hoe het gaat</i>), oldest first; empty in the first round.</summary>
    public IReadOnlyList<DateOnly> EarlierRounds { get; init; } = [];
    /// <summary>The date of the round the booklet compares with ("toen"): the latest earlier round, or null.</summary>
    public DateOnly? ThenDate => EarlierRounds.Count > 0 ? EarlierRounds[^1] : null;
    /// <summary>Sections added after the Sociale Kaart, e.g. the shared plan; they appear in the table of contents.</summary>
    public IReadOnlyList<IBookletSection> ExtraSections { get; init; } = [];

    /// <summary>Builds the model for a filled booklet, or for a blank one when <paramref name="plan"/> is null.</summary>
    /// <param name="format">The format in the plan's language (<c>IContentCatalog.FormatOf(municipality, language)</c>).</param>
    /// <param name="municipality">The municipality.</param>
    /// <param name="plan">The plan, or null for the blank booklet.</param>
    /// <param name="options">How to produce it.</param>
    /// <param name="dutchFormat">The Dutch format, for the Dutch heading beside each translated title and question.</param>
    public static BookletModel Create(Format format, Municipality municipality, PlanContent? plan, BookletOptions? options = null, Format? dutchFormat = null) =>
        BookletModelFactory.Create(format, municipality, plan, options, dutchFormat);
}

/// <summary>The cover: who made the plan, when, and with whose help. Null fields stay empty lines.</summary>
public sealed record BookletCover(string? Name, int? Age, DateOnly? Date, string? HelpLine);

/// <summary>One option of the smiley scale; <see cref="Level"/> 1 (sad) … 5 (happy), null for "Niet van toepassing".</summary>
public sealed record BookletSmiley(string Id, string Label, int? Level);

/// <summary>A house with its topics and the resident's notes for it.</summary>
public sealed record BookletHouse(
    int Index,
    string Id,
    string Title,
    string Color,
    HouseIcon Icon,
    string Intro,
    IReadOnlyList<BookletTopic> Topics,
    string GoingWell,
    string NotGoingWell,
    string FreeText,
    IReadOnlyList<BookletStroke> Drawing)
{
    /// <summary>The Dutch title beside a translated one, so the municipality can follow; null in a Dutch booklet.</summary>
    public string? DutchTitle { get; init; }
}

/// <summary>A topic page: its questions in booklet order (sub-questions right after their main question).</summary>
public sealed record BookletTopic(
    string Key,
    string Title,
    string Essence,
    IReadOnlyList<string> Suggestions,
    string? SmileyId,
    IReadOnlyList<BookletQuestion> Questions)
{
    /// <summary>True when the resident wrote something or chose a face (other than "Niet van toepassing" counts too).</summary>
    public bool IsWorkedOn => SmileyId is not null || Questions.Any(q => q.Answer.Length > 0);

    /// <summary>"Hier wil ik over praten": shown first in the booklet and marked on the topic's page.</summary>
    public bool TalkAbout { get; init; }

    /// <summary>
    /// The neutral note for a topic that is skipped or has nothing in it (<see cref="PlanAttention"/>); null otherwise and
    /// in the blank booklet.
    /// </summary>
    public string? AttentionNote { get; init; }

    /// <summary>
    /// Nothing filled in at all (no face, no words, no chosen tip): the filled booklet prints a short block with the note
    /// and room for notes in the conversation instead of a whole page of empty boxes. Never set in the blank booklet.
    /// </summary>
    public bool IsEmpty { get; init; }

    /// <summary>The face of the latest earlier round ("toen"), or null when there was none or nothing was chosen then.</summary>
    public string? ThenSmileyId { get; init; }

    /// <summary>The Dutch title beside a translated one; null in a Dutch booklet.</summary>
    public string? DutchTitle { get; init; }
}

/// <summary>How to hand in the plan: each way optional, already cleaned. Placeholder addresses are never links.</summary>
public sealed record BookletHandIn(string When, string Email, string PostalAddress, string UploadPage, string Phone);

/// <summary>When and to whom the resident handed in their plan, as they noted it.</summary>
public sealed record BookletHandedIn(DateOnly Date, string To)
{
    /// <summary>"3 april 2026, bij Wijkteam Almere" (or just the date).</summary>
    public string Words => In(BookletWords.Dutch);

    /// <summary>The same in the booklet's language.</summary>
    public string In(BookletWords words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return To.Length > 0 ? BookletWords.Format(words.HandedInWords, words.DateText(Date), To) : words.DateText(Date);
    }
}

/// <summary>A question with the resident's answer ("" when empty).</summary>
public sealed record BookletQuestion(string Id, string Label, bool IsSubQuestion, string Answer)
{
    /// <summary>The Dutch question beside a translated one; null in a Dutch booklet.</summary>
    public string? DutchLabel { get; init; }
}

/// <summary>One drawn line in canvas units (1000 × 700).</summary>
public sealed record BookletStroke(string Color, float LineWidth, IReadOnlyList<float> Points);

/// <summary>The Sociale Kaart page: first what the resident chose, then more tips for their topics.</summary>
public sealed record BookletTips(IReadOnlyList<TipGroup> Chosen, IReadOnlyList<TipGroup> More);

/// <summary>Tips under one topic. <see cref="MissingCount"/> counts chosen entries no longer on the Sociale Kaart.</summary>
public sealed record TipGroup(string HouseTitle, string TopicTitle, IReadOnlyList<SocialMapEntry> Entries, int MissingCount);
