using EigenPlan.Core.Content;

namespace EigenPlan.Content.Tests;

/// <summary>Finding the one problem a fixture line should produce.</summary>
internal static class ProblemAssertions
{
    /// <summary>The only problem at <paramref name="line"/>:<paramref name="column"/>; fails when there is none.</summary>
    public static ContentProblem At(this ContentSnapshot snapshot, int line, int column)
    {
        var found = snapshot.Problems.Where(p => p.Line == line && p.Column == column).ToList();
        Assert.True(found.Count == 1, $"Expected one problem at {line}:{column}, found:\n{string.Join("\n", snapshot.Problems)}");
        return found[0];
    }
}
