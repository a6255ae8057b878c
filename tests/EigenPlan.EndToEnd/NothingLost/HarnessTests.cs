using EigenPlan.Bench.NothingLost;
using EigenPlan.EndToEnd.Infrastructure;

namespace EigenPlan.EndToEnd.NothingLost;

/// <summary>
/// The short runs of the "nothing lost" harnesses of bench/EigenPlan.Bench (the long runs and their figures are in the
/// README). Each starts the built app as its own process (Development: the build output serves its static assets only
/// there) and its own Chromium. No timing is asserted here: speed lives in the benchmarks.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class HarnessTests
{
    [Fact]
    public async Task FiveKillsWhileTyping_EveryWordOnScreenIsStored()
    {
        var report = await new KillHarness(AppBuild.BuildOutput(RepoPaths.Root), WorkFolder("kill"), TextWriter.Null).RunAsync(kills: 5, seed: 5);

        Assert.True(report.Problems.Count == 0, string.Join("\n", report.Problems));
        Assert.Equal(0, report.WordsLost);
        // At least two words per kill (typing through the DevTools protocol is slow on a busy machine).
        Assert.True(report.WordsTyped >= 10, $"only {report.WordsTyped} words typed");
        // The kills really hit words the server did not have yet, and the page said it put them back.
        Assert.True(report.KillsWithUnsavedWords > 0, "no kill found unsaved words: the test proved nothing");
        Assert.True(report.RestoreMessages > 0, "the page never said it put text back");
    }

    [Fact]
    public async Task TenDroppedConnectionsWhileTyping_EveryWordIsStored_AndTheMessageComesAndGoes()
    {
        var report = await new DisconnectHarness(AppBuild.BuildOutput(RepoPaths.Root), WorkFolder("disconnect"), TextWriter.Null)
            .RunAsync(disconnects: 10, seed: 10);

        Assert.True(report.Problems.Count == 0, string.Join("\n", report.Problems));
        Assert.Equal(0, report.WordsLost);
        Assert.Equal(10, report.MessagesShown);
        Assert.Equal(10, report.MessagesGone);
    }

    [Fact]
    public async Task ThreeResidentsAtOnce_EverySaveIsConfirmed_AndEveryBookletArrives()
    {
        var step = await new LoadHarness(AppBuild.BuildOutput(RepoPaths.Root), WorkFolder("load"), TextWriter.Null)
            .RunAsync(residents: 3, TimeSpan.FromSeconds(15), seed: 3);

        Assert.True(step.Problems.Count == 0, string.Join("\n", step.Problems));
        Assert.Equal(0, step.TimedOutSaves);
        Assert.True(step.SaveMilliseconds.Count >= 3, $"only {step.SaveMilliseconds.Count} saves confirmed");
        Assert.True(step.BookletMilliseconds.Count >= 1, "no booklet arrived");
        Assert.True(step.Idle.OpenCircuits >= 4, $"{step.Idle.OpenCircuits} circuits open for 3 residents and the warm-up");
        Assert.True(step.Idle.ManagedHeapBytes > 0 && step.ServerCpuSeconds > 0);
    }

    private static string WorkFolder(string name)
    {
        var folder = Path.Combine(RepoPaths.Output("harness"), $"{name}-{DateTime.UtcNow:yyyyMMdd-HHmmss}");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
