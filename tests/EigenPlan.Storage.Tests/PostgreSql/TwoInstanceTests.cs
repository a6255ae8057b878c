using EigenPlan.Core.Audit;
using EigenPlan.Core.Plans;
using EigenPlan.Storage.Tests.Conformance;

namespace EigenPlan.Storage.Tests.PostgreSql;

/// <summary>
/// Two app instances on one database (two database objects, two connection pools): nothing is lost, the log stays one
/// whole chain, and what one instance does the other sees at once.
/// </summary>
public sealed class TwoInstanceTests : IDisposable
{
    private readonly PostgreSqlTestDatabase _database = new();
    private readonly PostgreSqlStoreSet _a;
    private readonly PostgreSqlStoreSet _b;

    public TwoInstanceTests()
    {
        _a = new PostgreSqlStoreSet(_database);
        _b = new PostgreSqlStoreSet(_database);
    }

    public void Dispose()
    {
        _a.Dispose();
        _b.Dispose();
        _database.Dispose();
    }

    [Fact]
    public async Task SavingTheSameVersionOnBothInstances_ExactlyOneIsSaved_TheOtherGetsAConflict()
    {
        for (var round = 0; round < 5; round++)
        {
            var created = await _a.Plans.CreateAsync(StoreSamples.Plan(), StoreSamples.Laptop);
            var onB = Assert.IsType<PlanOpenResult.Opened>(await _b.Plans.OpenWithCodeAsync(created.Code.ToString(), StoreSamples.Phone)).Session;

            var results = await Task.WhenAll(
                Task.Run(() => _a.Plans.SaveAsync(created.Session, StoreSamples.Plan("laptop"), 1)),
                Task.Run(() => _b.Plans.SaveAsync(onB, StoreSamples.Plan("telefoon"), 1)));

            Assert.Single(results.OfType<SaveResult.Saved>());
            Assert.Equal(2, Assert.Single(results.OfType<SaveResult.Conflict>()).Version);
        }
    }

    [Fact]
    public async Task WritersOnBothInstances_ThatMergeAndRetry_LoseNothing_AndTheLogStaysWhole()
    {
        var created = await _a.Plans.CreateAsync(StoreSamples.Plan(), StoreSamples.Laptop);
        var onB = Assert.IsType<PlanOpenResult.Opened>(await _b.Plans.OpenWithCodeAsync(created.Code.ToString(), StoreSamples.Phone)).Session;

        await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            var (store, session) = i % 2 == 0 ? (_a.Plans, created.Session) : (_b.Plans, onB);
            await store.RecordAsync(session, AccessAction.Printed);
            var loaded = await store.LoadAsync(session);
            var (@base, version) = (loaded.Content, loaded.Version);
            var mine = PlanMergeCopy(@base);
            mine.Topic("geldzaken.inkomen").Answers[$"vraag{i}"] = $"Antwoord {i}.";
            while (await store.SaveAsync(session, mine, version) is SaveResult.Conflict conflict)
            {
                mine = PlanMerge.ThreeWay(@base, mine, conflict.Current).Merged;
                (@base, version) = (conflict.Current, conflict.Version);
            }
        })));

        var final = await _b.Plans.LoadAsync(onB);
        Assert.Equal(17, final.Version);
        Assert.All(Enumerable.Range(0, 16), i => Assert.Equal($"Antwoord {i}.", final.Content.Topic("geldzaken.inkomen").Answer($"vraag{i}")));
        var verified = await _a.Plans.VerifyAccessLogAsync(created.Session);
        Assert.True(verified.IsValid, verified.Reason);
        Assert.Equal(16, (await _a.Plans.ReadAccessLogAsync(created.Session)).Count(e => e.Action == AccessAction.Printed));
    }

    [Fact]
    public async Task ADeviceClosedOnOneInstance_IsClosedOnTheOther()
    {
        var created = await _a.Plans.CreateAsync(StoreSamples.Plan(), StoreSamples.Laptop);
        var onB = await _b.Plans.OpenWithDeviceAsync(created.Device);

        await _a.Plans.RevokeDeviceAsync(created.Session, created.Device.DeviceId);

        Assert.Null(await _b.Plans.OpenWithDeviceAsync(created.Device));
        await Assert.ThrowsAsync<DeviceClosedException>(() => _b.Plans.LoadAsync(onB!));
    }

    private static PlanContent PlanMergeCopy(PlanContent plan) =>
        System.Text.Json.JsonSerializer.Deserialize<PlanContent>(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(plan))!;
}
