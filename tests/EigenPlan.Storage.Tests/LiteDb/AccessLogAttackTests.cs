using EigenPlan.Core.Audit;
using EigenPlan.Core.Plans;
using EigenPlan.Storage.Tests.Conformance;
using LiteDB;

namespace EigenPlan.Storage.Tests.LiteDb;

/// <summary>
/// Attacks on the access log by someone who can change the database file but does not have the audit key (kept in a
/// separate file). Each of these went unnoticed before store contract v2 (unkeyed hashes, no head anchor, and a first
/// entry of type Deleted skipped the check of the log's beginning); each must now be detected.
/// </summary>
public sealed class AccessLogAttackTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    private async Task<PlanCreated> PlanWithHistoryAsync()
    {
        var created = await _temp.CreateAsync();
        await _temp.Store.OpenWithCodeAsync(StoreSamples.WrongSecret(created), StoreSamples.Phone);
        await _temp.Store.RecordAsync(created.Session, AccessAction.Exported);
        await _temp.Store.RecordAsync(created.Session, AccessAction.Printed);
        return created;
    }

    private async Task<ChainVerification> VerifyAfterRestartAsync(PlanCreated created)
    {
        var store = _temp.Restart();
        var session = await store.OpenWithDeviceAsync(created.Device);
        return await store.VerifyAccessLogAsync(session!);
    }

    private void EditFile(Action<ILiteCollection<BsonDocument>, ILiteCollection<BsonDocument>> edit)
    {
        _temp.Close();
        using var db = new LiteDatabase(_temp.Options.DatabasePath);
        edit(db.GetCollection("access_log"), db.GetCollection("access_log_heads"));
    }

    private static List<BsonDocument> Rows(ILiteCollection<BsonDocument> log) => log.FindAll().OrderBy(d => d["seq"].AsInt64).ToList();

    [Fact]
    public async Task Untouched_Verifies()
    {
        var created = await PlanWithHistoryAsync();
        var result = await VerifyAfterRestartAsync(created);
        Assert.True(result.IsValid, result.Reason);
    }

    [Fact]
    public async Task ChangedEntry_IsDetected()
    {
        var created = await PlanWithHistoryAsync();
        EditFile((log, _) =>
        {
            var failed = log.FindOne(Query.EQ("action", "OpenFailed"));
            failed["action"] = "Opened";
            log.Update(failed);
        });

        var result = await VerifyAfterRestartAsync(created);

        Assert.Equal((false, 1L, ChainProblem.ChangedEntry), (result.IsValid, result.BrokenAtSequence, result.Problem));
    }

    [Fact]
    public async Task DeletedMiddleEntry_IsDetected()
    {
        var created = await PlanWithHistoryAsync();
        EditFile((log, _) => Assert.Equal(1, log.DeleteMany(Query.EQ("action", "OpenFailed"))));

        Assert.Equal(ChainProblem.MissingEntry, (await VerifyAfterRestartAsync(created)).Problem);
    }

    [Fact]
    public async Task CutOffNewestEntries_IsDetected_AndTheNextEntryDoesNotHideIt()
    {
        var created = await PlanWithHistoryAsync();
        EditFile((log, _) => log.DeleteMany(Query.GTE("seq", 2)));

        // Reopening on the device appends an entry; it links to the end the head remembers, so the gap stays.
        var result = await VerifyAfterRestartAsync(created);

        Assert.Equal((false, 2L, ChainProblem.MissingEntry), (result.IsValid, result.BrokenAtSequence, result.Problem));
    }

    [Fact]
    public async Task CutOffNewestEntries_AndRemovedHead_IsDetected_AndTheNextEntryDoesNotHideIt()
    {
        var created = await PlanWithHistoryAsync();
        EditFile((log, heads) =>
        {
            log.DeleteMany(Query.GTE("seq", 3));
            heads.DeleteAll();
        });

        var result = await VerifyAfterRestartAsync(created);

        Assert.Equal((false, ChainProblem.HeadMissing), (result.IsValid, result.Problem));
    }

    [Fact]
    public async Task HeadMovedBack_IsDetected()
    {
        var created = await PlanWithHistoryAsync();
        EditFile((log, heads) =>
        {
            log.DeleteMany(Query.GTE("seq", 3));
            var head = heads.FindById(created.PlanId.Value);
            head["seq"] = 2L;
            head["lastMac"] = log.FindOne(Query.EQ("key", $"{created.PlanId.Value}:000000000002"))["mac"].AsString;
            heads.Update(head);
        });

        Assert.Equal(ChainProblem.HeadChanged, (await VerifyAfterRestartAsync(created)).Problem);
    }

    [Fact]
    public async Task ChangedEntry_WithEveryMacRecomputedWithoutTheKey_IsDetected()
    {
        var created = await PlanWithHistoryAsync();
        var attackerKey = AuditKey.Generate();
        EditFile((log, heads) =>
        {
            var rows = Rows(log);
            var previous = rows[0]["mac"].AsString;
            foreach (var row in rows.Skip(1))
            {
                if (row["action"].AsString == "OpenFailed")
                {
                    row["action"] = "Opened";
                }
                row["prevMac"] = previous;
                row["mac"] = AccessLogChain.ComputeMac(attackerKey, Entry(row));
                previous = row["mac"].AsString;
                log.Update(row);
            }
            var head = AccessLogChain.Head(attackerKey, Entry(rows[^1]));
            heads.Upsert(new BsonDocument { ["_id"] = head.PlanId, ["seq"] = head.LastSequence, ["lastMac"] = head.LastMac, ["mac"] = head.Mac });
        });

        var result = await VerifyAfterRestartAsync(created);

        Assert.Equal((false, 1L, ChainProblem.ChangedEntry), (result.IsValid, result.BrokenAtSequence, result.Problem));
    }

    [Fact]
    public async Task OlderEntriesDroppedUpToTheSharedPlansDeletedEntry_IsDetected()
    {
        var created = await _temp.CreateAsync();
        await _temp.Store.OpenWithCodeAsync(StoreSamples.WrongSecret(created), StoreSamples.Phone);
        var owner = await _temp.Shared.CreateAsync(created.Session, _temp.SharedPlan(created));
        await _temp.Shared.DeleteAsync(owner);
        await _temp.Store.RecordAsync(created.Session, AccessAction.Printed);
        EditFile((log, _) =>
        {
            var deleted = log.FindOne(Query.EQ("action", "Deleted"))["seq"].AsInt64;
            log.DeleteMany(Query.LT("seq", deleted));
        });

        Assert.Equal(ChainProblem.MissingStart, (await VerifyAfterRestartAsync(created)).Problem);
    }

    [Fact]
    public async Task LogReplacedByAForgedDeletedEntry_IsDetected()
    {
        var created = await PlanWithHistoryAsync();
        EditFile((log, _) =>
        {
            var last = Rows(log)[^1];
            log.DeleteMany(Query.EQ("planId", created.PlanId.Value));
            last["seq"] = last["seq"].AsInt64 + 1;
            last["_id"] = Guid.NewGuid().ToString("N");
            last["key"] = $"{created.PlanId.Value}:{last["seq"].AsInt64:D12}";
            last["action"] = "Deleted";
            last["tombstone"] = true;
            last["prevMac"] = new string('a', 64);
            last["mac"] = AccessLogChain.ComputeMac(AuditKey.Generate(), Entry(last));
            log.Insert(last);
        });

        var result = await VerifyAfterRestartAsync(created);

        // Either the forged entry's MAC or the missing beginning is reported, depending on which comes first.
        Assert.False(result.IsValid);
        Assert.Contains(result.Problem, new[] { ChainProblem.ChangedEntry, ChainProblem.MissingStart });
    }

    [Fact]
    public async Task EntryMovedFromAnotherPlan_IsDetected()
    {
        var created = await PlanWithHistoryAsync();
        var other = await _temp.CreateAsync();
        EditFile((log, _) =>
        {
            var foreign = log.FindOne(Query.EQ("planId", other.PlanId.Value));
            foreign["_id"] = Guid.NewGuid().ToString("N");
            foreign["planId"] = created.PlanId.Value;
            foreign["seq"] = 4L;
            foreign["key"] = $"{created.PlanId.Value}:000000000004";
            log.Insert(foreign);
        });

        Assert.False((await VerifyAfterRestartAsync(created)).IsValid);
    }

    private static AccessLogEntry Entry(BsonDocument d) => new()
    {
        Id = d["_id"].AsString,
        Sequence = d["seq"].AsInt64,
        TimeUtc = new DateTime(d["timeTicks"].AsInt64, DateTimeKind.Utc),
        PlanId = d["planId"].AsString,
        Action = Enum.Parse<AccessAction>(d["action"].AsString),
        Actor = d["actor"].AsString,
        Role = Enum.Parse<AccessRole>(d["role"].AsString),
        InvitationId = d["invitationId"].IsNull ? null : d["invitationId"].AsString,
        ClientHint = d["clientHint"].IsNull ? null : d["clientHint"].AsString,
        SessionId = d["sessionId"].IsNull ? null : d["sessionId"].AsString,
        Tombstone = d["tombstone"].AsBoolean,
        PreviousMac = d["prevMac"].AsString,
        Mac = "",
    };
}
