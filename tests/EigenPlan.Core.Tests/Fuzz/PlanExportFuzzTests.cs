using EigenPlan.Bench.Fuzz;

namespace EigenPlan.Core.Tests.Fuzz;

/// <summary>
/// The short, fixed-seed run of the plan-import fuzzer (the bench runs it for minutes: <c>fuzz --target export</c>).
/// Every input must come back as a plan or as errors, within the time limit; an accepted plan must read back the same.
/// </summary>
public class PlanExportFuzzTests
{
    [Fact]
    public void FixedSeedRun_EveryMutatedPlanFile_IsReadOrRefused_WithoutExceptionOrHang()
    {
        var target = new ExportFuzzTarget(BundledContent.Format, BundledContent.Almere);

        var report = FuzzRunner.Run(target, new FuzzOptions { Seed = 20261130, MaxInputs = 1_000, Workers = 2, Minimize = false, Timeout = TimeSpan.FromSeconds(15) });

        Assert.True(report.Failures.Count == 0, string.Join(Environment.NewLine, report.Failures.Select(FailureStore.Describe)));
        Assert.Equal(1_000, report.Inputs);
        // The mutations reach past the JSON reader: some files are still accepted, most are refused.
        Assert.True(report.Outcomes.GetValueOrDefault("ingelezen") > 0, string.Join(", ", report.Outcomes));
        Assert.True(report.Outcomes.GetValueOrDefault("geweigerd") > 0, string.Join(", ", report.Outcomes));
    }

    [Fact]
    public void Seed_IsAFullPlanThatRoundTrips()
    {
        var target = new ExportFuzzTarget(BundledContent.Format, BundledContent.Almere);

        Assert.Equal("ingelezen", target.Run(target.Seeds[0], Path.GetTempPath()));
    }
}
