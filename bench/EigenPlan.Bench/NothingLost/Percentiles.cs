namespace EigenPlan.Bench.NothingLost;

/// <summary>The one percentile rule the nothing-lost harnesses report with (nearest rank, p = 1 is the maximum).</summary>
internal static class Percentiles
{
    /// <summary>The value at rank ⌊p·n⌋ of the sorted values (the last one for p = 1); <paramref name="none"/> when there are none.</summary>
    public static T NearestRank<T>(IReadOnlyList<T> values, double p, T none) =>
        values.Count == 0 ? none : values.Order().ElementAt((int)Math.Min(values.Count - 1, Math.Floor(p * values.Count)));
}
