using System.Diagnostics;
using EigenPlan.Core.Content;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EigenPlan.Content.Tests;

/// <summary>Files edited on disk are picked up; a broken edit never replaces the last good version.</summary>
public class LiveReloadTests
{
    private static readonly string Teststad = File.ReadAllText(Path.Combine(ContentFixtures.Folder, "valid", "municipalities", "teststad.yaml"));

    [Fact]
    public void Reload_EntryAdded_NewEntryVisible()
    {
        using var folder = TempContent.WithValidFixtures();
        var catalog = new ContentCatalog(folder.Root, ContentFixtures.Options);
        var before = catalog.FindMunicipality("teststad")!.SocialMap.Count;

        folder.WriteMunicipality("teststad", WithExtraEntry(Teststad, "taalcafe"));
        catalog.Reload();

        var town = catalog.FindMunicipality("teststad")!;
        Assert.Equal(before + 1, town.SocialMap.Count);
        Assert.NotNull(town.FindEntry("taalcafe"));
    }

    [Fact]
    public void Reload_BrokenThenFixed_ServesLastGoodWithTheProblemThenTheFix()
    {
        using var folder = TempContent.WithValidFixtures();
        var catalog = new ContentCatalog(folder.Root, ContentFixtures.Options);
        var original = catalog.FindMunicipality("teststad")!;

        folder.WriteMunicipality("teststad", WithExtraEntry(Teststad, "taalcafe").Replace("soort: professioneel", "soort: profesioneel", StringComparison.Ordinal));
        catalog.Reload();

        Assert.Same(original, catalog.FindMunicipality("teststad"));
        var problems = catalog.ProblemsOf("teststad");
        var error = Assert.Single(problems, p => p.Severity == ProblemSeverity.Error);
        Assert.True(error.Line > 1 && error.Column > 1, error.ToString());
        Assert.Contains("Bedoel je 'professioneel'?", error.Message, StringComparison.Ordinal);
        Assert.Contains(problems, p => p.Message.StartsWith("Dit bestand heeft fouten. De vorige goede versie", StringComparison.Ordinal));

        folder.WriteMunicipality("teststad", WithExtraEntry(Teststad, "taalcafe"));
        catalog.Reload();

        Assert.NotNull(catalog.FindMunicipality("teststad")!.FindEntry("taalcafe"));
        Assert.DoesNotContain(catalog.ProblemsOf("teststad"), p => p.Severity == ProblemSeverity.Error);
    }

    [Fact]
    public void Reload_OneFileChanged_OnlyThatFileIsReadAgain()
    {
        using var folder = TempContent.WithValidFixtures();
        folder.WriteMunicipality("tweede", Teststad.Replace("id: teststad", "id: tweede", StringComparison.Ordinal));
        var catalog = new ContentCatalog(folder.Root, ContentFixtures.Options);
        var untouched = catalog.FindMunicipality("tweede");
        var edited = catalog.FindMunicipality("teststad");

        folder.WriteMunicipality("teststad", WithExtraEntry(Teststad, "taalcafe"));
        catalog.Reload();

        Assert.Same(untouched, catalog.FindMunicipality("tweede"));
        Assert.NotSame(edited, catalog.FindMunicipality("teststad"));
    }

    [Fact]
    public async Task Reload_NothingChanged_KeepsTheSameSnapshot()
    {
        using var folder = TempContent.WithValidFixtures();
        var catalog = new ContentCatalog(folder.Root, ContentFixtures.Options);
        await catalog.StartLoading();
        var first = catalog.Current;

        Assert.Same(first, catalog.Reload());
    }

    [Fact]
    public async Task Reload_FileDeleted_MunicipalityIsGone()
    {
        using var folder = TempContent.WithValidFixtures();
        var catalog = new ContentCatalog(folder.Root, ContentFixtures.Options);
        Assert.Single(await catalog.MunicipalitiesAsync());

        File.Delete(Path.Combine(folder.Municipalities, "teststad.yaml"));
        catalog.Reload();

        Assert.Empty(await catalog.MunicipalitiesAsync());
        Assert.Null(catalog.FindMunicipality("teststad"));
    }

    [Fact]
    public async Task Watcher_FileChangedOnDisk_ReloadedWithinSeconds()
    {
        using var folder = TempContent.WithValidFixtures();
        using var host = StartHost(folder, ("Content:ReloadInterval", "00:00:30"));
        var catalog = host.Services.GetRequiredService<ContentCatalog>();
        await catalog.StartLoading();
        Assert.Null(catalog.FindMunicipality("teststad")!.FindEntry("taalcafe"));

        folder.WriteMunicipality("teststad", WithExtraEntry(Teststad, "taalcafe"));

        // The periodic check is 30 s away, so only the file watcher can make this pass in time.
        await WaitUntil(() => catalog.FindMunicipality("teststad")!.FindEntry("taalcafe") is not null, TimeSpan.FromSeconds(10));
        await host.StopAsync();
    }

    [Fact]
    public async Task PeriodicCheck_WithoutWatcherEvents_StillReloads()
    {
        using var folder = TempContent.WithValidFixtures();
        using var host = StartHost(folder, ("Content:ReloadInterval", "00:00:00.5"));
        var catalog = host.Services.GetRequiredService<ContentCatalog>();
        await catalog.StartLoading();

        // Write somewhere else and move the file in: some file systems report nothing at all; the check still sees it.
        var elsewhere = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(elsewhere, Teststad.Replace("id: teststad", "id: nieuwstad", StringComparison.Ordinal));
        File.Move(elsewhere, Path.Combine(folder.Municipalities, "nieuwstad.yaml"));

        await WaitUntil(() => catalog.FindMunicipality("nieuwstad") is not null, TimeSpan.FromSeconds(10));
        await host.StopAsync();
    }

    private static IHost StartHost(TempContent folder, params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))
            .Append(KeyValuePair.Create("Content:Path", (string?)folder.Root)));
        builder.Services.AddSingleton<TimeProvider>(new FixedClock(ContentFixtures.Today));
        builder.Services.AddEigenPlanContent(builder.Configuration);
        var host = builder.Build();
        host.Start();
        return host;
    }

    private static async Task WaitUntil(Func<bool> condition, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(watch.Elapsed < timeout, $"Not reloaded within {timeout.TotalSeconds} s.");
            await Task.Delay(50);
        }
    }

    /// <summary>The fixture with one more valid entry appended to its Sociale Kaart (the list is the last key).</summary>
    internal static string WithExtraEntry(string yaml, string id) => yaml.TrimEnd() + $"""

          - id: {id}
            naam: Taalcafé
            soort: vrijwilligers
            onderwerpen: [geldzaken.inkomen]
            samenvatting: Samen Nederlands oefenen.
            voor_wie: Iedereen.
            kosten: Gratis
            aanmelden: Loop binnen.
            contact:
              email: taal@example.nl
            laatst_gecontroleerd: 2026-05-01

        """;
}

/// <summary>Start-up in the background with a broken file next to good ones.</summary>
public class BackgroundStartTests
{
    [Fact]
    public async Task StartLoading_BrokenFileBesideGoodOne_ListsTheGoodOneAndReportsTheProblem()
    {
        using var folder = TempContent.WithValidFixtures();
        folder.WriteMunicipality("kapotstad", "id: kapotstad\nnaam: [Kapotstad\nformaat: basis\n");
        var catalog = new ContentCatalog(folder.Root, ContentFixtures.Options);

        await catalog.StartLoading();

        Assert.Equal("teststad", Assert.Single(await catalog.MunicipalitiesAsync()).Id);
        Assert.Contains(catalog.Problems, p => p.File.EndsWith("kapotstad.yaml", StringComparison.Ordinal) && p.Line == 2);
        Assert.Null(catalog.FindMunicipality("kapotstad"));
    }
}
