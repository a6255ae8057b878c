using EigenPlan.Core.Plans;
using EigenPlan.Storage.PostgreSql;

namespace EigenPlan.Storage.Tests.PostgreSql;

/// <summary>Versioned migrations at start-up: once, also when instances start at the same moment; never on a newer schema.</summary>
public sealed class MigrationTests : IDisposable
{
    private readonly PostgreSqlTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task FirstStart_AppliesEveryMigration_ASecondStartNone()
    {
        await using var first = new PostgreSqlDatabase(_database.Options());
        await using var second = new PostgreSqlDatabase(_database.Options());

        Assert.Equal(0, await first.SchemaVersionAsync());
        Assert.Equal(["0001_initial", "0002_rate_limit_counters_by_key", "0003_notifications_and_insights", "0004_evaluation_notices"], await first.PrepareAsync());
        Assert.Equal(4, await first.SchemaVersionAsync());
        Assert.Empty(await second.PrepareAsync());
        Assert.Empty(await first.PrepareAsync());

        Assert.Equal("1|0001_initial\n2|0002_rate_limit_counters_by_key\n3|0003_notifications_and_insights\n4|0004_evaluation_notices", _database.Psql("SELECT version, name FROM schema_version ORDER BY version").Trim());
    }

    [Fact]
    public async Task InstancesStartingTogether_ApplyTheMigrationsOnce_AndAllFindThemDone()
    {
        var instances = Enumerable.Range(0, 6).Select(_ => new PostgreSqlDatabase(_database.Options())).ToList();
        try
        {
            var applied = await Task.WhenAll(instances.Select(i => Task.Run(() => i.PrepareAsync())));

            Assert.Single(applied, a => a.Count == 4);
            Assert.Equal(5, applied.Count(a => a.Count == 0));
            Assert.Equal("4", _database.Psql("SELECT count(*) FROM schema_version").Trim());
            // Each of them can work on the schema right away.
            var created = await new PostgreSqlPlanStore(instances[^1]).CreateAsync(Conformance.StoreSamples.Plan(), Conformance.StoreSamples.Laptop);
            Assert.NotNull(await new PostgreSqlPlanStore(instances[0]).OpenWithDeviceAsync(created.Device));
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task ASchemaNewerThanTheApp_StopsTheStart_AndChangesNothing()
    {
        await using (var database = new PostgreSqlDatabase(_database.Options()))
        {
            await database.PrepareAsync();
        }
        _database.Psql("INSERT INTO schema_version (version, name) VALUES (5, '0005_from_a_newer_app')");

        await using var older = new PostgreSqlDatabase(_database.Options());
        var failure = await Assert.ThrowsAsync<StoreUnavailableException>(() => older.PrepareAsync());

        Assert.Contains("newer than this version of the app", failure.Message, StringComparison.Ordinal);
        Assert.Equal("5", _database.Psql("SELECT max(version) FROM schema_version").Trim());
    }
}
