using EigenPlan.Core.Audit;
using EigenPlan.Core.Security;
using LiteDB;

namespace EigenPlan.Storage.Tests;

public class AccessLogTests
{
    [Fact]
    public async Task EveryAction_IsRecorded_InOrder_WithAValidChain()
    {
        using var temp = new TempStore();
        var created = await temp.Store.CreateAsync(TempStore.Plan());
        temp.Clock.Advance(TimeSpan.FromSeconds(5));
        await temp.Store.OpenWithCodeAsync(PersonalCode.Generate(created.PlanId).ToString(), "203.0.113.9");
        await temp.Store.OpenWithCodeAsync(created.Code.ToString(), "203.0.113.9");
        await temp.Store.OpenWithDeviceKeyAsync(created.PlanId.Value, created.DeviceKey.Value);
        await temp.Store.SaveAsync(created.Session, TempStore.Plan());
        await temp.Store.RecordAsync(created.Session, AccessAction.Exported);
        await temp.Store.RecordAsync(created.Session, AccessAction.Printed);

        var log = await temp.Store.ReadAccessLogAsync(created.Session);

        Assert.Equal(
            [AccessAction.Created, AccessAction.OpenFailed, AccessAction.Opened, AccessAction.Opened, AccessAction.Saved, AccessAction.Exported, AccessAction.Printed],
            log.Select(e => e.Action));
        Assert.Equal(["nieuw plan", "met code", "met code", "met apparaat-sleutel"], log.Take(4).Select(e => e.ClientHint));
        Assert.Equal(AccessRole.Unknown, log[1].Role);
        Assert.Equal("eigenaar", log[2].Actor);
        Assert.All(log, e => Assert.Equal(DateTimeKind.Utc, e.TimeUtc.Kind));
        Assert.Equal(new DateTime(2026, 3, 1, 9, 0, 5, DateTimeKind.Utc), log[1].TimeUtc);
        Assert.DoesNotContain(log, e => $"{e.ClientHint}{e.Actor}{e.SessionId}".Contains("203.0.113.9", StringComparison.Ordinal));
        Assert.True((await temp.Store.VerifyAccessLogAsync(created.Session)).IsValid);
    }

    [Fact]
    public async Task Saves_AreCoalescedPerSessionPerMinute()
    {
        using var temp = new TempStore();
        var created = await temp.Store.CreateAsync(TempStore.Plan());
        for (var i = 0; i < 10; i++)
        {
            await temp.Store.SaveAsync(created.Session, TempStore.Plan());
            temp.Clock.Advance(TimeSpan.FromSeconds(5));
        }
        temp.Clock.Advance(TimeSpan.FromMinutes(1));
        await temp.Store.SaveAsync(created.Session, TempStore.Plan());
        var other = await temp.Store.OpenWithDeviceKeyAsync(created.PlanId.Value, created.DeviceKey.Value);
        await temp.Store.SaveAsync(other!, TempStore.Plan());

        var saves = (await temp.Store.ReadAccessLogAsync(created.Session)).Where(e => e.Action == AccessAction.Saved).ToList();

        Assert.Equal(3, saves.Count);
        Assert.Equal(other!.SessionId, saves[2].SessionId);
    }

    [Fact]
    public async Task ReadAccessLog_FiltersByUtcTime()
    {
        using var temp = new TempStore();
        var created = await temp.Store.CreateAsync(TempStore.Plan());
        temp.Clock.Advance(TimeSpan.FromHours(1));
        await temp.Store.RecordAsync(created.Session, AccessAction.Printed);
        temp.Clock.Advance(TimeSpan.FromHours(1));
        await temp.Store.RecordAsync(created.Session, AccessAction.Exported);

        var middle = await temp.Store.ReadAccessLogAsync(created.Session,
            new DateTime(2026, 3, 1, 9, 30, 0, DateTimeKind.Utc), new DateTime(2026, 3, 1, 10, 30, 0, DateTimeKind.Utc));

        Assert.Equal([AccessAction.Printed], middle.Select(e => e.Action));
    }

    [Fact]
    public async Task TamperedEntryInTheDatabase_IsDetected()
    {
        using var temp = new TempStore();
        var created = await temp.Store.CreateAsync(TempStore.Plan());
        await temp.Store.OpenWithCodeAsync(PersonalCode.Generate(created.PlanId).ToString(), "c");
        await temp.Store.RecordAsync(created.Session, AccessAction.Exported);
        temp.Close();

        using (var db = new LiteDatabase(temp.Options.DatabasePath))
        {
            var log = db.GetCollection("access_log");
            var failed = log.FindOne(Query.EQ("action", "OpenFailed"));
            failed["action"] = "Opened";
            log.Update(failed);
        }

        var store = temp.Restart();
        var session = await store.OpenWithDeviceKeyAsync(created.PlanId.Value, created.DeviceKey.Value);
        var result = await store.VerifyAccessLogAsync(session!);

        Assert.False(result.IsValid);
        Assert.Equal(1, result.BrokenAtSequence);
    }

    [Fact]
    public async Task RemovedEntryInTheDatabase_IsDetected()
    {
        using var temp = new TempStore();
        var created = await temp.Store.CreateAsync(TempStore.Plan());
        await temp.Store.OpenWithCodeAsync(PersonalCode.Generate(created.PlanId).ToString(), "c");
        await temp.Store.RecordAsync(created.Session, AccessAction.Exported);
        temp.Close();

        using (var db = new LiteDatabase(temp.Options.DatabasePath))
        {
            Assert.Equal(1, db.GetCollection("access_log").DeleteMany(Query.EQ("action", "OpenFailed")));
        }

        var store = temp.Restart();
        var session = await store.OpenWithDeviceKeyAsync(created.PlanId.Value, created.DeviceKey.Value);
        Assert.False((await store.VerifyAccessLogAsync(session!)).IsValid);
    }

    [Fact]
    public async Task Delete_LeavesOnlyATombstone_ThatLinksToTheErasedHistory()
    {
        using var temp = new TempStore();
        var created = await temp.Store.CreateAsync(TempStore.Plan());
        await temp.Store.RecordAsync(created.Session, AccessAction.Printed);
        var before = await temp.Store.ReadAccessLogAsync(created.Session);

        await temp.Store.DeleteAsync(created.Session);

        var after = await temp.Store.ReadAccessLogAsync(created.Session);
        var tombstone = Assert.Single(after);
        Assert.Equal(AccessAction.Deleted, tombstone.Action);
        Assert.Equal(before[^1].Hash, tombstone.PreviousHash);
        Assert.True((await temp.Store.VerifyAccessLogAsync(created.Session)).IsValid);
        temp.Close();
        using var db = new LiteDatabase(temp.Options.DatabasePath);
        var row = db.GetCollection("plans").FindById(created.PlanId.Value);
        Assert.Equal(["_id", "deletedTicks"], row.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Record_OtherActions_AreRefused()
    {
        using var temp = new TempStore();
        var created = await temp.Store.CreateAsync(TempStore.Plan());
        await Assert.ThrowsAsync<ArgumentException>(() => temp.Store.RecordAsync(created.Session, AccessAction.Opened));
    }

    [Fact]
    public async Task ForgedDeviceKeys_CannotFloodTheLog()
    {
        using var temp = new TempStore();
        var created = await temp.Store.CreateAsync(TempStore.Plan());
        for (var i = 0; i < 50; i++)
        {
            await temp.Store.OpenWithDeviceKeyAsync(created.PlanId.Value, PlanCrypto.DeriveDeviceKey(PersonalCode.Generate(), [1, 2], 1_000).Value);
        }
        temp.Clock.Advance(TimeSpan.FromMinutes(16));
        var session = await temp.Store.OpenWithDeviceKeyAsync(created.PlanId.Value, created.DeviceKey.Value);

        var log = await temp.Store.ReadAccessLogAsync(session!);
        Assert.Equal(5, log.Count(e => e.Action == AccessAction.OpenFailed));
    }
}
