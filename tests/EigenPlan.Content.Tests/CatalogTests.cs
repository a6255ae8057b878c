using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EigenPlan.Content.Tests;

public class CatalogTests
{
    [Fact]
    public void Reload_FileBrokeAfterFirstLoad_KeepsLastGoodVersion()
    {
        using var folder = TempContent.WithValidFixtures();
        var catalog = new ContentCatalog(folder.Root, ContentFixtures.Options);
        Assert.NotNull(catalog.FindMunicipality("teststad"));
        folder.WriteMunicipality("teststad", "id: teststad\nnaam: [kapot\n");

        catalog.Reload();

        var town = catalog.FindMunicipality("teststad");
        Assert.NotNull(town);
        Assert.Equal("basis", catalog.FormatOf(town)!.Id);
        Assert.True(catalog.Current.HasErrors);
    }

    [Fact]
    public async Task MunicipalitiesAsync_AreSortedByName()
    {
        using var folder = TempContent.WithValidFixtures();
        var text = File.ReadAllText(Path.Combine(ContentFixtures.Folder, "valid", "municipalities", "teststad.yaml"));
        folder.WriteMunicipality("aa-stad", text.Replace("id: teststad", "id: aa-stad", StringComparison.Ordinal).Replace("naam: Teststad", "naam: Zuidstad", StringComparison.Ordinal));
        folder.WriteMunicipality("zz-stad", text.Replace("id: teststad", "id: zz-stad", StringComparison.Ordinal).Replace("naam: Teststad", "naam: Almelo", StringComparison.Ordinal));

        var catalog = new ContentCatalog(folder.Root, ContentFixtures.Options);

        Assert.Equal(["Almelo", "Teststad", "Zuidstad"], (await catalog.MunicipalitiesAsync()).Select(m => m.Name));
    }

    [Fact]
    public void Current_BeforeTheFirstLoad_GivesWhatIsReadWithoutReadingMore()
    {
        using var folder = TempContent.WithValidFixtures();
        var catalog = new ContentCatalog(folder.Root, ContentFixtures.Options);

        var snapshot = catalog.Current;

        Assert.NotNull(snapshot.FindFormat("basis"));
        Assert.Empty(snapshot.Municipalities);
        Assert.False(catalog.IsLoaded);
    }

    [Fact]
    public async Task IsLoaded_OneMunicipalityServed_StaysFalseUntilEveryFileIsRead()
    {
        using var folder = TempContent.WithValidFixtures();
        var text = File.ReadAllText(Path.Combine(ContentFixtures.Folder, "valid", "municipalities", "teststad.yaml"));
        folder.WriteMunicipality("tweede", text.Replace("id: teststad", "id: tweede", StringComparison.Ordinal));
        var catalog = new ContentCatalog(folder.Root, ContentFixtures.Options);

        Assert.NotNull(catalog.FindMunicipality("teststad"));
        Assert.False(catalog.IsLoaded);

        await catalog.StartLoading();

        Assert.True(catalog.IsLoaded);
        Assert.Equal(2, catalog.Current.Municipalities.Count);
    }

    [Fact]
    public async Task AddEigenPlanContent_ConfiguredPath_LoadsAtStart()
    {
        using var folder = TempContent.WithValidFixtures();
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Content:Path"] = folder.Root });
        builder.Services.AddEigenPlanContent(builder.Configuration);
        using var host = builder.Build();

        await host.StartAsync();
        var catalog = host.Services.GetRequiredService<IContentCatalog>();

        Assert.Equal("teststad", Assert.Single(await catalog.MunicipalitiesAsync()).Id);
        Assert.True(catalog.IsLoaded);
        Assert.NotNull(catalog.FindFormat("basis"));
        await host.StopAsync();
    }

    [Fact]
    public async Task AddEigenPlanContent_PathDoesNotExist_FailsAtStart()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Content:Path"] = "/nowhere/content" });
        builder.Services.AddEigenPlanContent(builder.Configuration);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());
        Assert.Contains("/nowhere/content", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ContentPathResolver_NoConfiguration_FindsContentFolderInCurrentDirectory()
    {
        using var folder = TempContent.WithValidFormat();
        var previous = Directory.GetCurrentDirectory();
        var parent = Path.Combine(Path.GetTempPath(), "eigenplan-cwd-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(parent);
        Directory.Move(folder.Root, Path.Combine(parent, "content"));
        try
        {
            Directory.SetCurrentDirectory(parent);
            Assert.Equal(Path.Combine(parent, "content"), ContentPathResolver.Resolve(null));
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
            Directory.Delete(parent, recursive: true);
        }
    }
}
