using EigenPlan.Content.Yaml;
using EigenPlan.Core.Content;

namespace EigenPlan.Content.Validation;

/// <summary>Collects the problems of one file, so every check can report and carry on.</summary>
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

    public void Error(YamlNode at, string message) => Error(at.Line, at.Column, message);

    public void Warning(YamlNode at, string message) =>
        _items.Add(new ContentProblem(File, at.Line, at.Column, ProblemSeverity.Warning, message));
}
