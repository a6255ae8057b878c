using EigenPlan.Core.Plans;
using EigenPlan.Core.Security;
using EigenPlan.Storage.PostgreSql;
using EigenPlan.Storage.Tests.Conformance;
using EigenPlan.Testing.PostgreSql;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace EigenPlan.Storage.Tests.PostgreSql;

/// <summary>
/// The database goes away and comes back (a cluster of this class's own, stopped with <c>-m immediate</c>): every store
/// call fails as <see cref="StoreUnavailableException"/> with ids and the kind of failure only, and the store and the
/// change listener work again once the server is back — no restart of the app.
/// </summary>
public sealed class ConnectionLossTests : IClassFixture<ConnectionLossTests.OwnCluster>, IDisposable
{
    private readonly TempPostgresCluster _cluster;
    private readonly PostgreSqlTestDatabase _database;
    private readonly PostgreSqlStoreSet _stores;

    public ConnectionLossTests(OwnCluster own)
    {
        _cluster = own.Cluster;
        if (!_cluster.IsRunning)
        {
            _cluster.StartServer();
        }
        _database = new PostgreSqlTestDatabase(_cluster);
        _stores = new PostgreSqlStoreSet(_database);
    }

    public void Dispose()
    {
        _stores.Dispose();
        _database.Dispose();
    }

    /// <summary>A cluster of this class's own: its tests stop the server, which must not touch the other classes' databases.</summary>
    public sealed class OwnCluster : IDisposable
    {
        public TempPostgresCluster Cluster { get; } = TempPostgresCluster.Start();

        public void Dispose() => Cluster.Dispose();
    }

    [Fact]
    public async Task ServerDown_EveryCallIsStoreUnavailable_WithIdsOnly_AndTheStoreRecoversWhenItIsBack()
    {
        var created = await _stores.Plans.CreateAsync(StoreSamples.Plan("Zonnebloemveld"), StoreSamples.Laptop);
        var loaded = await _stores.Plans.LoadAsync(created.Session);
        var health = new PostgreSqlHealthCheck(_stores.Database);
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync(new HealthCheckContext())).Status);

        _cluster.StopServer();

        var down = await health.CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Unhealthy, down.Status);
        Assert.StartsWith($"PostgreSQL not reachable (database {_database.Name} on 127.0.0.1:{_cluster.Port})", down.Description, StringComparison.Ordinal);

        var failures = new List<StoreUnavailableException>
        {
            await Assert.ThrowsAsync<StoreUnavailableException>(() => _stores.Plans.LoadAsync(created.Session)),
            await Assert.ThrowsAsync<StoreUnavailableException>(() => _stores.Plans.SaveAsync(created.Session, loaded.Content, loaded.Version)),
            await Assert.ThrowsAsync<StoreUnavailableException>(() => _stores.Plans.OpenWithDeviceAsync(created.Device)),
            await Assert.ThrowsAsync<StoreUnavailableException>(() => _stores.Plans.OpenWithCodeAsync(created.Code.ToString(), StoreSamples.Phone)),
            await Assert.ThrowsAsync<StoreUnavailableException>(() => _stores.Plans.CreateAsync(StoreSamples.Plan(), StoreSamples.Laptop)),
            await Assert.ThrowsAsync<StoreUnavailableException>(() => _stores.Shared.ExistsAsync(created.Session)),
        };
        Assert.All(failures, f =>
        {
            Assert.StartsWith("The plan store could not ", f.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("Zonnebloemveld", f.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(created.Code.SecretPart, f.Message, StringComparison.Ordinal);
            Assert.IsAssignableFrom<NpgsqlException>(f.InnerException);
        });
        Assert.Contains(created.PlanId.Value, failures[0].Message, StringComparison.Ordinal);

        _cluster.StartServer();

        Assert.Equal(1, (await _stores.Plans.LoadAsync(created.Session)).Version);
        Assert.IsType<SaveResult.Saved>(await _stores.Plans.SaveAsync(created.Session, loaded.Content, loaded.Version));
        Assert.NotNull(await _stores.Plans.OpenWithDeviceAsync(created.Device));
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync(new HealthCheckContext())).Status);
        Assert.True((await _stores.Plans.VerifyAccessLogAsync(created.Session)).IsValid);
    }

    [Fact]
    public async Task AfterAQuickServerRestart_TheFirstCallAlreadyWorks_OnAFreshConnection()
    {
        var created = await _stores.Plans.CreateAsync(StoreSamples.Plan(), StoreSamples.Laptop);
        // Several pooled connections, all of which the restart kills without the pool noticing.
        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => _stores.Plans.LoadAsync(created.Session)));

        _cluster.StopServer();
        _cluster.StartServer();

        Assert.Equal(1, (await _stores.Plans.LoadAsync(created.Session)).Version);
        Assert.IsType<SaveResult.Saved>(await _stores.Plans.SaveAsync(created.Session, StoreSamples.Plan(), 1));
    }

    [Fact]
    public async Task ALockHeldTooLong_IsATimeout_SurfacedAsStoreUnavailable()
    {
        var created = await _stores.Plans.CreateAsync(StoreSamples.Plan(), StoreSamples.Laptop);
        var options = _database.Options();
        options.ConnectionString += ";Command Timeout=1";
        await using var impatient = new PostgreSqlDatabase(options);
        var store = new PostgreSqlPlanStore(impatient);
        var session = await store.OpenWithDeviceAsync(created.Device);
        await using var holder = _database.Connect();
        await using var transaction = await holder.BeginTransactionAsync();
        await using (var lockPlan = new NpgsqlCommand($"SELECT 1 FROM plans WHERE id = '{created.PlanId.Value}' FOR UPDATE", holder))
        {
            await lockPlan.ExecuteNonQueryAsync();
        }

        var failure = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.SaveAsync(session!, StoreSamples.Plan(), 1));

        Assert.EndsWith("timeout.", failure.Message, StringComparison.Ordinal);
        await transaction.RollbackAsync();
        Assert.IsType<SaveResult.Saved>(await store.SaveAsync(session!, StoreSamples.Plan(), 1));
    }

    [Fact]
    public async Task TheChangeListener_ReconnectsAfterTheServerWasBack()
    {
        await using var listening = _database.Open();
        await using var publishing = _database.Open();
        await using var changes = new PostgreSqlSharedPlanChanges(listening, firstRetry: TimeSpan.FromMilliseconds(200));
        await using var publisher = new PostgreSqlSharedPlanChanges(publishing);
        var plan = PlanId.Generate();
        var calls = 0;
        using var subscription = changes.Subscribe(plan, () => Interlocked.Increment(ref calls));
        await changes.StartAsync();

        _cluster.StopServer();
        await Assert.ThrowsAsync<StoreUnavailableException>(() => publisher.PublishAsync(plan));
        _cluster.StartServer();

        await changes.WhenListeningAsync().WaitAsync(TimeSpan.FromSeconds(30));
        var reloads = Volatile.Read(ref calls);
        Assert.True(reloads >= 1, "after reconnecting, every subscriber reloads once");
        await publisher.PublishAsync(plan);
        var until = DateTime.UtcNow.AddSeconds(15);
        while (Volatile.Read(ref calls) == reloads && DateTime.UtcNow < until)
        {
            await Task.Delay(20);
        }
        Assert.Equal(reloads + 1, Volatile.Read(ref calls));
    }
}
