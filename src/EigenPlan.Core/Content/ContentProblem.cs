namespace EigenPlan.Core.Content;

/// <summary>How bad a content problem is: an error keeps a file out of use, a warning does not.</summary>
public enum ProblemSeverity
{
    Warning,
    Error,
}

/// <summary>One problem in a content file, with the place a person can find it.</summary>
public sealed record ContentProblem(string File, int Line, int Column, ProblemSeverity Severity, string Message)
{
    /// <summary>The form editors and pipelines understand: <c>path:line:column: error: message</c>.</summary>
    public override string ToString() =>
        $"{File}:{Line}:{Column}: {(Severity == ProblemSeverity.Error ? "fout" : "waarschuwing")}: {Message}";
}
