using EigenPlan.Core.Audit;
using EigenPlan.Core.Plans;

namespace EigenPlan.Storage.Tests.Conformance;

// The access log as the owner sees it through the store. Attacks on the stored log are per provider (they edit its tables).
public abstract partial class PlanStoreConformance
{
    [Fact]
    public async Task EveryAction_IsRecorded_InOrder_AndTheLogVerifies()
    {
        var created = await CreateAsync();
        Clock.Advance(TimeSpan.FromSeconds(5));
        await Plans.OpenWithCodeAsync(StoreSamples.WrongSecret(created), StoreSamples.Phone);
        var (phone, phoneDevice) = await OpenSecondDeviceAsync(created);
        await Plans.OpenWithDeviceAsync(created.Device);
        await Plans.SaveAsync(created.Session, StoreSamples.Plan(), 1);
        await Plans.RecordAsync(created.Session, AccessAction.Exported);
        await Plans.RecordAsync(created.Session, AccessAction.Printed);
        await Plans.RevokeDeviceAsync(created.Session, phoneDevice.DeviceId);
        var changed = await Plans.ChangeCodeAsync(created.Session, created.Code.ToString(), StoreSamples.Laptop);

        var log = await Plans.ReadAccessLogAsync(changed!.Session);

        Assert.Equal(
        [
            AccessAction.Created, AccessAction.OpenFailed, AccessAction.Opened, AccessAction.Opened, AccessAction.Saved,
            AccessAction.Exported, AccessAction.Printed, AccessAction.DeviceClosed, AccessAction.CodeChanged,
        ], log.Select(e => e.Action));
        Assert.Equal(["nieuw plan", "met code", "met code", "met apparaat"], log.Take(4).Select(e => e.ClientHint));
        Assert.Equal(AccessRole.Unknown, log[1].Role);
        Assert.Equal("eigenaar", log[2].Actor);
        Assert.Equal(phone.SessionId, log[2].SessionId);
        Assert.All(log, e => Assert.Equal(DateTimeKind.Utc, e.TimeUtc.Kind));
        Assert.Equal(new DateTime(2026, 3, 1, 9, 0, 5, DateTimeKind.Utc), log[1].TimeUtc);
        Assert.Equal(Enumerable.Range(0, 9).Select(i => (long)i), log.Select(e => e.Sequence));
        var verified = await Plans.VerifyAccessLogAsync(changed.Session);
        Assert.True(verified.IsValid, verified.Reason);
        Assert.Equal((9, log[0].TimeUtc, log[^1].TimeUtc), (verified.EntryCount, verified.FirstUtc, verified.LastUtc));
    }

    [Fact]
    public async Task Saves_AreCoalescedPerSessionPerMinute()
    {
        var created = await CreateAsync();
        var version = 1L;
        for (var i = 0; i < 10; i++)
        {
            version = Assert.IsType<SaveResult.Saved>(await Plans.SaveAsync(created.Session, StoreSamples.Plan(), version)).Version;
            Clock.Advance(TimeSpan.FromSeconds(5));
        }
        Clock.Advance(TimeSpan.FromMinutes(1));
        version = Assert.IsType<SaveResult.Saved>(await Plans.SaveAsync(created.Session, StoreSamples.Plan(), version)).Version;
        var other = await Plans.OpenWithDeviceAsync(created.Device);
        await Plans.SaveAsync(other!, StoreSamples.Plan(), version);

        var saves = (await Plans.ReadAccessLogAsync(created.Session)).Where(e => e.Action == AccessAction.Saved).ToList();

        Assert.Equal(3, saves.Count);
        Assert.Equal(other!.SessionId, saves[2].SessionId);
    }

    [Fact]
    public async Task ReadAccessLog_FiltersByUtcTime()
    {
        var created = await CreateAsync();
        Clock.Advance(TimeSpan.FromHours(1));
        await Plans.RecordAsync(created.Session, AccessAction.Printed);
        Clock.Advance(TimeSpan.FromHours(1));
        await Plans.RecordAsync(created.Session, AccessAction.Exported);

        var middle = await Plans.ReadAccessLogAsync(created.Session,
            new DateTime(2026, 3, 1, 9, 30, 0, DateTimeKind.Utc), new DateTime(2026, 3, 1, 10, 30, 0, DateTimeKind.Utc));

        Assert.Equal([AccessAction.Printed], middle.Select(e => e.Action));
    }

    [Fact]
    public async Task Delete_LeavesOnlyAKeyedTombstone_ThatLinksToTheErasedHistory_AndVerifies()
    {
        var created = await CreateAsync();
        await Plans.RecordAsync(created.Session, AccessAction.Printed);
        var before = await Plans.ReadAccessLogAsync(created.Session);

        await Plans.DeleteAsync(created.Session);

        var tombstone = Assert.Single(await Plans.ReadAccessLogAsync(created.Session));
        Assert.Equal((AccessAction.Deleted, true, before[^1].Mac, 2L), (tombstone.Action, tombstone.Tombstone, tombstone.PreviousMac, tombstone.Sequence));
        var verified = await Plans.VerifyAccessLogAsync(created.Session);
        Assert.True(verified.IsValid, verified.Reason);
        Assert.True(verified.OnlyDeletion);
    }

    [Fact]
    public async Task Record_OtherActions_AreRefused()
    {
        var created = await CreateAsync();
        await Assert.ThrowsAsync<ArgumentException>(() => Plans.RecordAsync(created.Session, AccessAction.Opened));
    }

    [Fact]
    public async Task ClosedDevice_CannotReadOrRecordInTheLog()
    {
        var created = await CreateAsync();
        var (phone, phoneDevice) = await OpenSecondDeviceAsync(created);
        await Plans.RevokeDeviceAsync(created.Session, phoneDevice.DeviceId);

        await Assert.ThrowsAsync<DeviceClosedException>(() => Plans.ReadAccessLogAsync(phone));
        await Assert.ThrowsAsync<DeviceClosedException>(() => Plans.RecordAsync(phone, AccessAction.Printed));
    }
}
