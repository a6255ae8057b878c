using EigenPlan.Core.Insights;
using EigenPlan.Core.Notifications;
using EigenPlan.Core.Plans;
using EigenPlan.Core.Security;
using EigenPlan.Core.SharedPlans;
using EigenPlan.Storage.PostgreSql;
using EigenPlan.Storage.Tests.Conformance;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EigenPlan.Storage.Tests.PostgreSql;

/// <summary>Choosing the provider by <c>Storage:Provider</c>, and what a host does at start in PostgreSQL mode.</summary>
public sealed class PostgreSqlRegistrationTests : IDisposable
{
    private readonly PostgreSqlTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private static IHost BuildHost(Dictionary<string, string?> settings, ListLogger? logs = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = Path.GetTempPath() });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders().AddProvider(logs ?? new ListLogger());
        builder.Services.AddEigenPlanStorageProvider(builder.Configuration);
        return builder.Build();
    }

    private Dictionary<string, string?> PostgreSqlSettings() => new()
    {
        ["Storage:Provider"] = "PostgreSql",
        ["Storage:ConnectionString"] = _database.ConnectionString,
        ["Storage:KdfIterations"] = "1000",
        ["Audit:Key"] = PostgreSqlTestDatabase.AuditKey,
    };

    [Fact]
    public async Task PostgreSql_TheHostMigratesAtStart_AndTheStoresWork()
    {
        using var host = BuildHost(PostgreSqlSettings());

        await host.StartAsync();
        var plans = host.Services.GetRequiredService<IPlanStore>();
        var created = await plans.CreateAsync(StoreSamples.Plan(), StoreSamples.Laptop);

        Assert.IsType<PostgreSqlPlanStore>(plans);
        Assert.IsType<PostgreSqlSharedPlanStore>(host.Services.GetRequiredService<ISharedPlanStore>());
        Assert.IsType<PostgreSqlSharedPlanChanges>(host.Services.GetRequiredService<ISharedPlanChanges>());
        Assert.False(await host.Services.GetRequiredService<ISharedPlanStore>().ExistsAsync(created.Session));
        Assert.Equal(1000, host.Services.GetRequiredService<IOptions<PostgreSqlStorageOptions>>().Value.KdfIterations);
        Assert.Equal("4", _database.Psql("SELECT count(*) FROM schema_version").Trim());
        Assert.IsType<PostgreSqlRateLimitCounters>(host.Services.GetRequiredService<IRateLimitCounters>());
        Assert.IsType<PostgreSqlNotificationStore>(host.Services.GetRequiredService<INotificationStore>());
        Assert.IsType<PostgreSqlInsightStore>(host.Services.GetRequiredService<IInsightStore>());
        await host.StopAsync();
    }

    [Fact]
    public async Task PostgreSql_WithoutAuditKey_TheHostDoesNotStart()
    {
        var settings = PostgreSqlSettings();
        settings.Remove("Audit:Key");
        using var host = BuildHost(settings);

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Audit:Key is not set: with PostgreSQL the access log's key must be given as Audit__Key", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostgreSql_DatabaseUnreachable_TheHostDoesNotStart_AndLogsOneCriticalLine()
    {
        var settings = PostgreSqlSettings();
        settings["Storage:ConnectionString"] = "Host=127.0.0.1;Port=1;Database=eigenplan;Username=eigenplan;Password=geheim-wachtwoord;Timeout=2";
        var logs = new ListLogger();
        using var host = BuildHost(settings, logs);

        var failure = await Assert.ThrowsAsync<StoreUnavailableException>(() => host.StartAsync());

        Assert.Contains("connection failed", failure.Message, StringComparison.Ordinal);
        var critical = Assert.Single(logs.Lines, l => l.Level == LogLevel.Critical);
        Assert.Contains("database eigenplan on 127.0.0.1:1", critical.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("geheim-wachtwoord", critical.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DataProtectionKeys_PostgreSqlInTheDatabase_LiteDbInOneFolderNextToTheFile()
    {
        var folder = Path.Combine(Path.GetTempPath(), "eigenplan-provider-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var postgres = BuildHostWithKeys(PostgreSqlSettings());
            using var liteDb = BuildHostWithKeys(new() { ["Storage:DatabasePath"] = Path.Combine(folder, "eigenplan.db") });

            Assert.IsType<PostgreSqlXmlRepository>(postgres.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository);
            var files = Assert.IsType<FileSystemXmlRepository>(liteDb.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository);
            Assert.Equal(Path.Combine(folder, StorageOptions.DataProtectionKeysFolderName), files.Directory.FullName);
            Assert.Equal("dataprotection-keys", StorageOptions.DataProtectionKeysFolderName);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static IHost BuildHostWithKeys(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = Path.GetTempPath() });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddEigenPlanStorageProvider(builder.Configuration);
        builder.Services.AddDataProtection().PersistKeysToEigenPlanStore(builder.Configuration);
        return builder.Build();
    }

    [Fact]
    public void NoProvider_IsLiteDb_AndAnUnknownOneIsRefused()
    {
        var folder = Path.Combine(Path.GetTempPath(), "eigenplan-provider-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var host = BuildHost(new() { ["Storage:DatabasePath"] = Path.Combine(folder, "eigenplan.db") }))
            {
                Assert.IsType<LiteDbPlanStore>(host.Services.GetRequiredService<IPlanStore>());
                Assert.IsType<InMemorySharedPlanChanges>(host.Services.GetRequiredService<ISharedPlanChanges>());
                Assert.IsType<InMemoryRateLimitCounters>(host.Services.GetRequiredService<IRateLimitCounters>());
            }
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Provider"] = "Oracle" }).Build();
            var failure = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddEigenPlanStorageProvider(configuration));
            Assert.Contains("LiteDb (the default) or PostgreSql", failure.Message, StringComparison.Ordinal);
            Assert.Equal(StorageProvider.PostgreSql, StorageProviders.Configured(
                new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Provider"] = "postgresql" }).Build()));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
