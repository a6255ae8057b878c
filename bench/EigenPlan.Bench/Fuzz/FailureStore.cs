using System.Text;

namespace EigenPlan.Bench.Fuzz;

/// <summary>
/// Saves a failure as a folder a person can open and the bench can replay: <c>input/</c> (the files as generated),
/// <c>minimal/</c> (the smaller input that still fails), and <c>failure.txt</c> with the seeds and the command.
/// </summary>
public static class FailureStore
{
    public static string Save(string root, FuzzFailure failure, ulong runSeed)
    {
        var folder = Path.Combine(root, $"{failure.Target}-{failure.CaseSeed:x16}");
        failure.Input.WriteTo(Path.Combine(folder, "input"));
        failure.Minimal?.WriteTo(Path.Combine(folder, "minimal"));
        var text = new StringBuilder()
            .AppendLine($"doel: {failure.Target}")
            .AppendLine($"soort: {failure.Signature}")
            .AppendLine($"zo vaak: {failure.Count}")
            .AppendLine($"run-seed: {runSeed} (invoer nummer {failure.InputNumber})")
            .AppendLine($"case-seed: {failure.CaseSeed:x16}")
            .AppendLine($"opnieuw: dotnet run -c Release --project bench/EigenPlan.Bench -- fuzz --target {failure.Target} --case {failure.CaseSeed:x16}")
            .AppendLine($"of:      dotnet run -c Release --project bench/EigenPlan.Bench -- fuzz --target {failure.Target} --input {Path.Combine(folder, failure.Minimal is null ? "input" : "minimal")}")
            .AppendLine()
            .AppendLine("mutaties:")
            .AppendJoin(Environment.NewLine, failure.Input.Mutations.Select(m => "  " + m)).AppendLine()
            .AppendLine()
            .AppendLine(failure.Details);
        File.WriteAllText(Path.Combine(folder, "failure.txt"), text.ToString());
        return folder;
    }

    /// <summary>A failure for a test message: where it broke, the mutations, and the smallest input as escaped text.</summary>
    public static string Describe(FuzzFailure failure)
    {
        var input = failure.Minimal ?? failure.Input;
        var text = new StringBuilder()
            .AppendLine($"{failure.Target}: {failure.Signature} ({failure.Count}×, case-seed {failure.CaseSeed:x16})")
            .AppendJoin(Environment.NewLine, failure.Input.Mutations.Select(m => "  " + m)).AppendLine();
        foreach (var file in input.Files)
        {
            var shown = Encoding.UTF8.GetString(file.Bytes);
            text.AppendLine($"--- {file.Path} ({file.Bytes.Length} bytes){(failure.Minimal is null ? "" : ", kleiner gemaakt")}")
                .AppendLine(shown.Length > 2_000 ? shown[..2_000] + "…" : shown);
        }

        return text.AppendLine(failure.Details.Split('\n').Take(12).Aggregate("", (a, b) => a + b + "\n")).ToString();
    }
}
