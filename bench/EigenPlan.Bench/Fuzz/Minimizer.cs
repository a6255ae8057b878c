using System.Diagnostics;

namespace EigenPlan.Bench.Fuzz;

/// <summary>
/// Makes a failing input smaller while it still fails the same way, for a regression test a person can read: whole
/// files of a package first, then runs of lines, then runs of bytes (halving the run each round), within a budget.
/// </summary>
public static class Minimizer
{
    public static FuzzCase Minimize(FuzzCase input, Func<FuzzCase, bool> stillFails, int maxAttempts = 3_000, double maxSeconds = 30)
    {
        var watch = Stopwatch.StartNew();
        var attempts = 0;
        bool Try(FuzzCase candidate) => ++attempts <= maxAttempts && watch.Elapsed.TotalSeconds < maxSeconds && stillFails(candidate);

        var current = input;
        for (var i = current.Files.Count - 1; i >= 0 && current.Files.Count > 1; i--)
        {
            var without = current with { Files = [.. current.Files.Where((_, j) => j != i)] };
            if (Try(without))
            {
                current = without;
            }
        }

        for (var f = 0; f < current.Files.Count; f++)
        {
            var index = f;
            current = Shrink(current, index, c => Lines.Split(c.Files[index].Bytes), parts => Lines.Join(parts), Try);
            current = Shrink(current, index, c => [.. c.Files[index].Bytes.Select(b => new[] { b })], parts => [.. parts.SelectMany(p => p)], Try);
        }

        return current with { Mutations = input.Mutations };
    }

    /// <summary>Removes runs of parts (lines or bytes), from half of them down to one at a time.</summary>
    private static FuzzCase Shrink(FuzzCase current, int file, Func<FuzzCase, List<byte[]>> split, Func<List<byte[]>, byte[]> join, Func<FuzzCase, bool> tryCase)
    {
        var parts = split(current);
        for (var run = Math.Max(1, parts.Count / 2); run >= 1; run /= 2)
        {
            for (var start = 0; start < parts.Count;)
            {
                var candidate = parts.Take(start).Concat(parts.Skip(start + run)).ToList();
                var next = current.WithFile(file, join(candidate));
                if (candidate.Count < parts.Count && tryCase(next))
                {
                    parts = candidate;
                    current = next;
                }
                else
                {
                    start += run;
                }
            }
        }

        return current;
    }
}
