using EigenPlan.Core.Content;

namespace EigenPlan.Content.Problems;

/// <summary>
/// Collects the problems of one file, so every check can report and carry on. Knows positions only as line and
/// column, so the YAML reader and the checks can both use it without depending on each other.
/// </summary>
internal sealed class ProblemList(string file)
{
    private readonly List<ContentProblem> _items = [];

    public string File { get; } = file;

    public IReadOnlyList<ContentProblem> Items => _items;

    public bool HasErrors { get; private set; }

    public void Error(int line, int column, string message)
    {
        _items.Add(new ContentProblem(File, line, column, ProblemSeverity.Error, message));
        HasErrors = true;
    }

    public void Warning(int line, int column, string message) =>
        _items.Add(new ContentProblem(File, line, column, ProblemSeverity.Warning, message));
}
