using EigenPlan.Core.Plans;
using EigenPlan.Core.SharedPlans;
using EigenPlan.Storage.Tests.Conformance;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EigenPlan.Storage.Tests.LiteDb;

public class RegistrationTests
{
    [Fact]
    public async Task AddEigenPlanStorage_BindsOptions_CreatesFolderAndAuditKey_AndWorks()
    {
        var folder = Path.Combine(Path.GetTempPath(), "eigenplan-di-" + Guid.NewGuid().ToString("N"));
        var dbPath = Path.Combine(folder, "nested", "eigenplan.db");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = dbPath,
            ["Storage:KdfIterations"] = "1000",
            ["Storage:SaveLogInterval"] = "00:00:30",
        }).Build();
        try
        {
            await using (var provider = new ServiceCollection().AddEigenPlanStorage(configuration).BuildServiceProvider())
            {
                var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
                Assert.Equal(1000, options.KdfIterations);
                Assert.Equal(TimeSpan.FromSeconds(30), options.SaveLogInterval);

                var store = provider.GetRequiredService<IPlanStore>();
                Assert.Same(store, provider.GetRequiredService<IPlanStore>());
                var created = await store.CreateAsync(StoreSamples.Plan(), StoreSamples.Laptop);
                Assert.Equal("Henriëtte Wolkenkrabber", (await store.LoadAsync(created.Session)).Content.About.Name);

                // The shared-plan store is over the same database: it takes the plan store's owner session.
                var shared = provider.GetRequiredService<ISharedPlanStore>();
                Assert.Same(shared, provider.GetRequiredService<ISharedPlanStore>());
                Assert.False(await shared.ExistsAsync(created.Session));
            }
            Assert.True(File.Exists(dbPath));
            Assert.True(File.Exists(Path.Combine(folder, "nested", "audit.key")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void AddEigenPlanStorage_BadSettings_FailValidation()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:KdfIterations"] = "10",
        }).Build();
        using var provider = new ServiceCollection().AddEigenPlanStorage(configuration).BuildServiceProvider();
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StorageOptions>>().Value);
    }

    [Fact]
    public async Task Host_WithADamagedDatabaseFile_DoesNotStart_AndLogsOneClearCriticalLine()
    {
        var folder = Path.Combine(Path.GetTempPath(), "eigenplan-host-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var dbPath = Path.Combine(folder, "eigenplan.db");
        File.WriteAllBytes(dbPath, new byte[8192 * 3]);
        var logs = new ListLogger();
        try
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = folder, DisableDefaults = true });
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DatabasePath"] = dbPath });
            builder.Logging.ClearProviders().AddProvider(logs);
            builder.Services.AddEigenPlanStorage(builder.Configuration);
            using var host = builder.Build();

            var failure = await Assert.ThrowsAsync<StoreUnavailableException>(() => host.StartAsync());

            Assert.Contains(dbPath, failure.Message, StringComparison.Ordinal);
            var critical = Assert.Single(logs.Lines, l => l.Level == LogLevel.Critical && l.Message.StartsWith("The plan store cannot start", StringComparison.Ordinal));
            Assert.Contains(dbPath, critical.Message, StringComparison.Ordinal);
            Assert.Equal(new byte[8192 * 3], File.ReadAllBytes(dbPath));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
