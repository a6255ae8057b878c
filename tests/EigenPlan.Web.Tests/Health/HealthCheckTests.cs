using EigenPlan.Content;
using EigenPlan.Storage;
using EigenPlan.Web.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EigenPlan.Web.Tests.Health;

public sealed class HealthCheckTests
{
    [Fact]
    public async Task Content_IsReady_OnceLoadedWithAFormatAndAMunicipality()
    {
        var catalog = new ContentCatalog(RepoRoot.Content);
        await catalog.StartLoading();

        var result = await new ContentHealthCheck(catalog).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    [Fact]
    public async Task Content_WithoutAUsableMunicipality_IsNotReady()
    {
        using var folder = TempContent.WithValidFormat();
        var catalog = new ContentCatalog(folder.Root);
        await catalog.StartLoading();

        var result = await new ContentHealthCheck(catalog).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }

    [Fact]
    public async Task LiteDbStore_IsReady_WhileTheFileAnswers_AndNotOnceItIsClosed()
    {
        var folder = Path.Combine(Path.GetTempPath(), "eigenplan-health-" + Guid.NewGuid().ToString("N"));
        try
        {
            var database = new LiteDbDatabase(new StorageOptions { DatabasePath = Path.Combine(folder, "eigenplan.db"), KdfIterations = 1_000 });
            var check = new LiteDbHealthCheck(database);

            var open = await check.CheckHealthAsync(new HealthCheckContext());
            database.Dispose();
            var closed = await check.CheckHealthAsync(new HealthCheckContext());

            Assert.Equal(HealthStatus.Healthy, open.Status);
            Assert.Equal(HealthStatus.Unhealthy, closed.Status);
            Assert.Equal("The store cannot be reached.", closed.Description);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
