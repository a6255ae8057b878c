using EigenPlan.Core.Audit;
using EigenPlan.Core.Plans;
using EigenPlan.Storage.Tests.Conformance;

namespace EigenPlan.Storage.Tests.PostgreSql;

/// <summary>
/// Attacks on the access log by someone who can change the tables but does not have the audit key (a setting, never in
/// the database): each is detected, and the next append does not hide it. The same attacks as on the LiteDB file.
/// </summary>
public sealed class AccessLogAttackTests : IDisposable
{
    private readonly PostgreSqlTestDatabase _database = new();
    private readonly PostgreSqlStoreSet _stores;

    public AccessLogAttackTests() => _stores = new PostgreSqlStoreSet(_database);

    public void Dispose()
    {
        _stores.Dispose();
        _database.Dispose();
    }

    private async Task<PlanCreated> PlanWithHistoryAsync()
    {
        var created = await _stores.Plans.CreateAsync(StoreSamples.Plan(), StoreSamples.Laptop);
        await _stores.Plans.OpenWithCodeAsync(StoreSamples.WrongSecret(created), StoreSamples.Phone);
        await _stores.Plans.RecordAsync(created.Session, AccessAction.Exported);
        await _stores.Plans.RecordAsync(created.Session, AccessAction.Printed);
        return created;
    }

    /// <summary>As after a restart: a new instance opens the plan on its device (an append) and verifies.</summary>
    private async Task<ChainVerification> VerifyAfterRestartAsync(PlanCreated created)
    {
        _stores.Restart();
        var session = await _stores.Plans.OpenWithDeviceAsync(created.Device);
        return await _stores.Plans.VerifyAccessLogAsync(session!);
    }

    [Fact]
    public async Task Untouched_Verifies()
    {
        var result = await VerifyAfterRestartAsync(await PlanWithHistoryAsync());
        Assert.True(result.IsValid, result.Reason);
    }

    [Fact]
    public async Task ChangedEntry_IsDetected()
    {
        var created = await PlanWithHistoryAsync();
        _database.Psql("UPDATE access_log SET action = 'Opened' WHERE action = 'OpenFailed'");

        var result = await VerifyAfterRestartAsync(created);

        Assert.Equal((false, 1L, ChainProblem.ChangedEntry), (result.IsValid, result.BrokenAtSequence, result.Problem));
    }

    [Fact]
    public async Task DeletedMiddleEntry_IsDetected()
    {
        var created = await PlanWithHistoryAsync();
        _database.Psql("DELETE FROM access_log WHERE action = 'OpenFailed'");

        Assert.Equal(ChainProblem.MissingEntry, (await VerifyAfterRestartAsync(created)).Problem);
    }

    [Fact]
    public async Task CutOffNewestEntries_IsDetected_AndTheNextEntryDoesNotHideIt()
    {
        var created = await PlanWithHistoryAsync();
        _database.Psql("DELETE FROM access_log WHERE seq >= 2");

        var result = await VerifyAfterRestartAsync(created);

        Assert.Equal((false, 2L, ChainProblem.MissingEntry), (result.IsValid, result.BrokenAtSequence, result.Problem));
    }

    [Fact]
    public async Task CutOffNewestEntries_AndRemovedHead_IsDetected_AndTheNextEntryDoesNotHideIt()
    {
        var created = await PlanWithHistoryAsync();
        _database.Psql("DELETE FROM access_log WHERE seq >= 3; DELETE FROM access_log_heads");

        var result = await VerifyAfterRestartAsync(created);

        Assert.Equal((false, ChainProblem.HeadMissing), (result.IsValid, result.Problem));
    }

    [Fact]
    public async Task PlantedRowAtTheNextSequence_DoesNotBlockAppends_AndIsDetected()
    {
        var created = await PlanWithHistoryAsync();
        _database.Psql("INSERT INTO access_log SELECT md5(random()::text), plan_id, seq + 1, time_utc, action, actor, role, invitation_id, client_hint, "
            + "session_id, tombstone, prev_mac, mac FROM access_log WHERE seq = 3");

        _stores.Restart();
        var session = await _stores.Plans.OpenWithDeviceAsync(created.Device);

        Assert.NotNull(session);
        Assert.Equal(2, (await _stores.Plans.ReadAccessLogAsync(session)).Count(e => e.Sequence == 4));
        Assert.False((await _stores.Plans.VerifyAccessLogAsync(session)).IsValid);
    }
}
