using EigenPlan.Core.Content;

namespace EigenPlan.Content.Readability;

/// <summary>The B1 result of one file: its score and every finding as a warning with line and column.</summary>
internal sealed record FileReadability(string File, ReadabilityScore Score, IReadOnlyList<ContentProblem> Findings);
