using EigenPlan.Content.Problems;

namespace EigenPlan.Content.Yaml;

/// <summary>Reporting a problem at the place a node starts in the file.</summary>
internal static class YamlProblems
{
    public static void Error(this ProblemList problems, YamlNode at, string message) => problems.Error(at.Line, at.Column, message);

    public static void Warning(this ProblemList problems, YamlNode at, string message) => problems.Warning(at.Line, at.Column, message);
}
