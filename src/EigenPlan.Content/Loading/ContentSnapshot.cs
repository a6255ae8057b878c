using EigenPlan.Core.Content;
using EigenPlan.Core.Languages;

namespace EigenPlan.Content;

/// <summary>
/// The result of one load: the usable formats (with their uitlegboekjes and translations) and municipalities, and every problem found. A file with errors is
/// left out (or its last good version kept); the problems say why.
/// </summary>
public sealed record ContentSnapshot(
    IReadOnlyList<Format> Formats,
    IReadOnlyList<Municipality> Municipalities,
    IReadOnlyList<ContentProblem> Problems)
{
    private readonly Dictionary<string, Format> _formats = Index(Formats, f => f.Id);
    private readonly Dictionary<string, Municipality> _municipalities = Index(Municipalities, m => m.Id);

    /// <summary>An empty snapshot, e.g. before anything was loaded.</summary>
    public static ContentSnapshot Empty { get; } = new([], [], []);

    /// <summary>The usable uitlegboekjes, one per format at most.</summary>
    public IReadOnlyList<FormatExplanation> Explanations { get; init; } = [];

    /// <summary>The uitlegboekje of a format, or null.</summary>
    public FormatExplanation? FindExplanation(string formatId) => Explanations.FirstOrDefault(e => e.FormatId == formatId);

    /// <summary>The usable translated uitlegboekjes (one per format and language at most), built once per load.</summary>
    public IReadOnlyList<FormatExplanation> ExplanationTranslations { get; init; } = [];

    /// <summary>
    /// The uitlegboekje of a format in <paramref name="language"/>, as <see cref="IContentCatalog.ExplanationOf(Format, PlanLanguage)"/>
    /// gives it: the Dutch one for Dutch, or when the language has no usable translation.
    /// </summary>
    public FormatExplanation? FindExplanation(string formatId, PlanLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.IsDutch
            ? FindExplanation(formatId)
            : ExplanationTranslations.FirstOrDefault(e => e.FormatId == formatId && e.Language == language) ?? FindExplanation(formatId);
    }

    /// <summary>How many content files were read.</summary>
    public int FileCount { get; init; }

    public bool HasErrors => Problems.Any(p => p.Severity == ProblemSeverity.Error);

    public Format? FindFormat(string id) => _formats.GetValueOrDefault(id);

    /// <summary>The usable translated formats (one per format and language at most), built once per load.</summary>
    public IReadOnlyList<Format> Translations { get; init; } = [];

    /// <summary>
    /// A format in <paramref name="language"/>, as <see cref="IContentCatalog.FormatOf(Municipality, PlanLanguage)"/>
    /// gives it: the Dutch format for Dutch, or when the language has no usable translation.
    /// </summary>
    public Format? FindFormat(string id, PlanLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.IsDutch ? FindFormat(id) : Translations.FirstOrDefault(f => f.Id == id && f.Language == language) ?? FindFormat(id);
    }

    public Municipality? FindMunicipality(string id) => _municipalities.GetValueOrDefault(id);

    private static Dictionary<string, T> Index<T>(IReadOnlyList<T> items, Func<T, string> id)
    {
        var index = new Dictionary<string, T>(items.Count, StringComparer.Ordinal);
        foreach (var item in items)
        {
            index.TryAdd(id(item), item);
        }

        return index;
    }
}
