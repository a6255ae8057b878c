using System.Diagnostics;
using EigenPlan.Bench;

namespace EigenPlan.Content.Tests;

/// <summary>At national scale one municipality is served long before all 342 files are read.</summary>
[Collection(TimedTests.Name)]
public class NationalScaleTests
{
    [Fact]
    public async Task StartLoading_342Municipalities_OneIsServedBeforeTheRestHasLoaded()
    {
        var root = Path.Combine(Path.GetTempPath(), "eigenplan-national-test-" + Guid.NewGuid().ToString("N"));
        ContentGenerator.Write(root, Path.Combine(RepoRoot.Path, "content", "formats", "basis.yaml"), 342, 300);
        try
        {
            var catalog = new ContentCatalog(root, ContentFixtures.Options);
            var watch = Stopwatch.StartNew();
            var loading = catalog.StartLoading();

            var town = catalog.FindMunicipality("gemeente-300");
            var firstServed = watch.Elapsed;
            var allLoadedBefore = loading.IsCompleted;
            await loading;
            var allLoaded = watch.Elapsed;

            Assert.Equal(300, town!.SocialMap.Count);
            Assert.False(allLoadedBefore, $"first {firstServed}, all {allLoaded}");
            Assert.True(firstServed < allLoaded / 4, $"first {firstServed}, all {allLoaded}");
            Assert.Equal(342, (await catalog.MunicipalitiesAsync()).Count);
            Assert.False(catalog.Current.HasErrors, string.Join("\n", catalog.Problems.Take(5)));
            Assert.Equal(ContentGenerator.BasisTopics.Count > 0, catalog.FindMunicipality("gemeente-001")!.EntriesFor("geldzaken.inkomen").Any());
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}

/// <summary>Tests that time themselves run one after the other, so a heavy test does not make another look slow.</summary>
[CollectionDefinition(Name)]
public sealed class TimedTests
{
    public const string Name = "timing";
}
