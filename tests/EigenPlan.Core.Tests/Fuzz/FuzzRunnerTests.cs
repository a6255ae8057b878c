using System.Text;
using CsCheck;
using EigenPlan.Bench.Fuzz;

namespace EigenPlan.Core.Tests.Fuzz;

/// <summary>The harness itself: it must see an exception and a hang, say where, and make the input smaller.</summary>
public class FuzzRunnerTests
{
    /// <summary>Throws on any input with a '!' in it, and hangs on any with a '~'.</summary>
    private sealed class Touchy : IFuzzTarget
    {
        public string Name => "touchy";

        public IReadOnlyList<FuzzCase> Seeds { get; } = [new FuzzCase(new FuzzFile("a.txt", Encoding.UTF8.GetBytes("een\ntwee\ndrie\nvier\n")))];

        public Gen<FuzzCase> Cases => new MutatedCases(Seeds, _ => Mutations.For(new Snippets(["!", "~"], ["!"], ["!"], [])));

        public string Run(FuzzCase input, string workFolder)
        {
            var text = Encoding.UTF8.GetString(input.Files[0].Bytes);
            if (text.Contains('~'))
            {
                Thread.Sleep(TimeSpan.FromMilliseconds(600));
            }

            return text.Contains('!') ? throw new InvalidOperationException("boem") : "ok";
        }
    }

    /// <summary>Takes longer than the limit, then throws: what went wrong is the exception, not the time.</summary>
    private sealed class SlowThenThrows : IFuzzTarget
    {
        public string Name => "slow";

        public IReadOnlyList<FuzzCase> Seeds { get; } = [new FuzzCase(new FuzzFile("a.txt", "a"u8.ToArray()))];

        public Gen<FuzzCase> Cases => Gen.Const(Seeds[0]);

        public string Run(FuzzCase input, string workFolder)
        {
            Thread.Sleep(TimeSpan.FromMilliseconds(150));
            throw new ArgumentException("te diep");
        }
    }

    // Found in the 60-minute run: Markdig threw after more than 1 s, and the run called it a hang, hiding the exception.
    [Fact]
    public void Run_SlowInputThatThrows_IsReportedAsTheException()
    {
        var report = FuzzRunner.Run(new SlowThenThrows(), new FuzzOptions { Seed = 1, MaxInputs = 2, Workers = 1, Timeout = TimeSpan.FromMilliseconds(50), Minimize = false });

        var failure = Assert.Single(report.Failures);
        Assert.StartsWith("ArgumentException", failure.Signature, StringComparison.Ordinal);
        Assert.Contains("te diep", failure.Details, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ReportsExceptionsAndHangs_WithASmallerInput()
    {
        var report = FuzzRunner.Run(new Touchy(), new FuzzOptions { Seed = 3, MaxInputs = 150, Workers = 2, Timeout = TimeSpan.FromMilliseconds(100) });

        var thrown = Assert.Single(report.Failures, f => f.Signature.StartsWith("InvalidOperationException", StringComparison.Ordinal));
        Assert.Contains("Touchy.Run", thrown.Signature, StringComparison.Ordinal);
        Assert.Equal("!", Encoding.UTF8.GetString(thrown.Minimal!.Files[0].Bytes));
        Assert.Contains(report.Failures, f => f.Signature.StartsWith("hang", StringComparison.Ordinal));
        Assert.True(report.Outcomes.GetValueOrDefault("ok") > 0);
    }
}
