using CsCheck;

namespace EigenPlan.Bench.Fuzz;

/// <summary>
/// Something that reads files from outside: the property is that <see cref="Run"/> returns (with problems or a
/// result) for every input, never throws, and finishes within the runner's time limit.
/// </summary>
public interface IFuzzTarget
{
    /// <summary><c>content</c>, <c>hsds</c> or <c>export</c>.</summary>
    string Name { get; }

    /// <summary>The real files the mutations start from.</summary>
    IReadOnlyList<FuzzCase> Seeds { get; }

    /// <summary>Inputs: a seed with a few mutations applied.</summary>
    Gen<FuzzCase> Cases { get; }

    /// <summary>
    /// Reads the input the way the app or the command line does. <paramref name="workFolder"/> belongs to this call
    /// alone (each worker has its own). Returns a short outcome for the statistics (e.g. "problems", "ok").
    /// </summary>
    string Run(FuzzCase input, string workFolder);
}
