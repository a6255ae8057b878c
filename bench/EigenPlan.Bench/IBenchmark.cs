namespace EigenPlan.Bench;

/// <summary>A benchmark run as a subcommand: <c>dotnet run -c Release --project bench/EigenPlan.Bench -- &lt;Name&gt;</c>.</summary>
public interface IBenchmark
{
    string Name { get; }
    string Description { get; }

    /// <summary>Runs the benchmark and prints its figures; returns the process exit code.</summary>
    Task<int> RunAsync(string[] args);
}
