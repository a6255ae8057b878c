using EigenPlan.Core.Content;

namespace EigenPlan.Content;

/// <summary>
/// The result of one load: the usable formats (with their uitlegboekjes) and municipalities, and every problem found. A file with errors is
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

    /// <summary>How many content files were read.</summary>
    public int FileCount { get; init; }

    public bool HasErrors => Problems.Any(p => p.Severity == ProblemSeverity.Error);

    public Format? FindFormat(string id) => _formats.GetValueOrDefault(id);

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
