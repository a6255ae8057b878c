using EigenPlan.Bench.Fuzz;

namespace EigenPlan.Content.Tests.Fuzz;

/// <summary>
/// The short, fixed-seed runs of the fuzzer over the content reader and the HSDS import (the bench runs them for
/// minutes: <c>fuzz --target content|hsds</c>). Every input must end in problems or a result, within the time limit.
/// </summary>
public class ContentFuzzTests
{
    [Fact]
    public void FixedSeedRun_EveryMutatedContentFile_EndsInProblemsOrAResult_WithoutExceptionOrHang()
    {
        var target = new ContentFuzzTarget(RepoRoot.Content);

        var report = FuzzRunner.Run(target, new FuzzOptions { Seed = 20261130, MaxInputs = 400, Workers = 2, Minimize = false, Timeout = HostileContentInputs.Limit });

        Assert.True(report.Failures.Count == 0, string.Join(Environment.NewLine, report.Failures.Select(FailureStore.Describe)));
        Assert.Equal(400, report.Inputs);
        // Both ends are reached: most mutations are refused with problems, some still give a usable file.
        Assert.True(report.Outcomes.GetValueOrDefault("geldig") > 0, string.Join(", ", report.Outcomes));
        Assert.True(report.Outcomes.GetValueOrDefault("problemen") > 0, string.Join(", ", report.Outcomes));
    }

    [Fact]
    public void FixedSeedRun_EveryMutatedHsdsPackage_IsImportedOrRefused_WithoutExceptionOrHang()
    {
        var target = new HsdsFuzzTarget(RepoRoot.Content);

        var report = FuzzRunner.Run(target, new FuzzOptions { Seed = 20261130, MaxInputs = 150, Workers = 2, Minimize = false, Timeout = HostileContentInputs.Limit });

        Assert.True(report.Failures.Count == 0, string.Join(Environment.NewLine, report.Failures.Select(FailureStore.Describe)));
        Assert.Equal(150, report.Inputs);
        Assert.True(report.Outcomes.GetValueOrDefault("ingelezen") > 0, string.Join(", ", report.Outcomes));
        Assert.True(report.Outcomes.GetValueOrDefault("pakket geweigerd") + report.Outcomes.GetValueOrDefault("import geweigerd") > 0, string.Join(", ", report.Outcomes));
    }

    [Fact]
    public void Seeds_AreTheBundledFiles_AndTheyLoad()
    {
        var content = new ContentFuzzTarget(RepoRoot.Content);
        var hsds = new HsdsFuzzTarget(RepoRoot.Content);
        var folder = Path.Combine(Path.GetTempPath(), "eigenplan-fuzz-seeds-" + Guid.NewGuid().ToString("N"));

        try
        {
            Assert.Contains(content.Seeds, s => s.Files[0].Path == "municipalities/almere.yaml");
            Assert.All(content.Seeds, seed => Assert.Equal("geldig", content.Run(seed, folder)));
            Assert.Contains(hsds.Seeds[0].Files, f => f.Path == "datapackage.json");
            Assert.Equal("ingelezen", hsds.Run(hsds.Seeds[0], folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void SameSeed_GivesTheSameInputs()
    {
        var target = new ContentFuzzTarget(RepoRoot.Content);

        var first = FuzzRunner.Generate(target, FuzzRunner.CaseSeed(7, 42));
        var again = FuzzRunner.Generate(target, FuzzRunner.CaseSeed(7, 42));

        Assert.Equal(first.Mutations, again.Mutations);
        Assert.Equal(first.Files[0].Bytes, again.Files[0].Bytes);
        Assert.NotEqual(first.Files[0].Bytes, FuzzRunner.Generate(target, FuzzRunner.CaseSeed(7, 43)).Files[0].Bytes);
    }
}
