using EigenPlan.Core.Audit;
using Npgsql;

namespace EigenPlan.Storage.PostgreSql;

/// <summary>
/// The <c>access_log</c> table (append-only per plan, keyed chain) and, apart from it, <c>access_log_heads</c> (one head
/// anchor per plan). An append locks the plan's head row (<c>SELECT … FOR UPDATE</c>), so appends to one plan's log are
/// serialised even beside the plan lock; the entry and its head are written in the caller's transaction, together.
/// </summary>
internal sealed class AccessLogTable(AuditKey key)
{
    public async Task<AccessLogEntry> AppendAsync(NpgsqlConnection connection, AccessLogDraft draft, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var position = await PositionAsync(connection, draft.PlanId, cancellationToken);
        return await InsertAsync(connection, position.Next(key, draft, nowUtc, tombstone: false), position.WriteHead, cancellationToken);
    }

    /// <summary>Appends a save unless this session's last entry is a save younger than <paramref name="interval"/>.</summary>
    public async Task AppendSavedAsync(NpgsqlConnection connection, AccessLogDraft draft, DateTime nowUtc, TimeSpan interval, CancellationToken cancellationToken)
    {
        var position = await PositionAsync(connection, draft.PlanId, cancellationToken);
        if (position.Tail is { Action: AccessAction.Saved } tail && tail.SessionId == draft.SessionId && nowUtc - tail.TimeUtc < interval)
        {
            return;
        }
        await InsertAsync(connection, position.Next(key, draft, nowUtc, tombstone: false), position.WriteHead, cancellationToken);
    }

    /// <summary>
    /// Erases a deleted plan's history and leaves one keyed tombstone that links to the last erased entry, so the log
    /// still shows that (and when) the plan was deleted, and nothing else.
    /// </summary>
    public async Task ReplaceWithTombstoneAsync(NpgsqlConnection connection, AccessLogDraft draft, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var position = await PositionAsync(connection, draft.PlanId, cancellationToken);
        await connection.ExecuteAsync("DELETE FROM access_log WHERE plan_id = $1", [draft.PlanId], cancellationToken);
        await InsertAsync(connection, position.Next(key, draft, nowUtc, tombstone: true), position.WriteHead, cancellationToken);
    }

    public static Task<List<AccessLogEntry>> ForPlanAsync(NpgsqlConnection connection, string planId, CancellationToken cancellationToken) =>
        connection.ListAsync($"SELECT {Rows.LogColumns} FROM access_log WHERE plan_id = $1 ORDER BY seq, time_utc, id COLLATE \"C\"", [planId],
            Rows.LogEntry, cancellationToken);

    public static Task<AccessLogHead?> HeadAsync(NpgsqlConnection connection, string planId, bool forUpdate, CancellationToken cancellationToken) =>
        connection.FirstOrDefaultAsync($"SELECT {Rows.HeadColumns} FROM access_log_heads WHERE plan_id = $1{(forUpdate ? " FOR UPDATE" : "")}",
            [planId], Rows.Head, cancellationToken);

    /// <summary>Checks the plan's log against the audit key and its head. Run in one snapshot (both read at the same moment).</summary>
    public async Task<ChainVerification> VerifyAsync(NpgsqlConnection connection, string planId, CancellationToken cancellationToken) =>
        AccessLogChain.Verify(key, planId, await ForPlanAsync(connection, planId, cancellationToken),
            await HeadAsync(connection, planId, forUpdate: false, cancellationToken));

    /// <summary>Writes entries and heads as they are (store copy): no MAC is computed here.</summary>
    public static Task InsertRawAsync(NpgsqlConnection connection, AccessLogEntry entry, CancellationToken cancellationToken) =>
        connection.ExecuteAsync($"INSERT INTO access_log ({Rows.LogColumns}) VALUES ({Rows.Placeholders(13)})", Rows.Values(entry), cancellationToken);

    private async Task<AccessLogEntry> InsertAsync(NpgsqlConnection connection, AccessLogEntry entry, bool writeHead, CancellationToken cancellationToken)
    {
        await InsertRawAsync(connection, entry, cancellationToken);
        if (writeHead)
        {
            var head = AccessLogChain.Head(key, entry);
            await connection.ExecuteAsync(
                $"INSERT INTO access_log_heads ({Rows.HeadColumns}) VALUES ($1, $2, $3, $4) "
                + "ON CONFLICT (plan_id) DO UPDATE SET last_seq = excluded.last_seq, last_mac = excluded.last_mac, mac = excluded.mac",
                Rows.Values(head), cancellationToken);
        }
        return entry;
    }

    /// <summary>
    /// Where the next entry goes. Normally after the entry the (authentic) head points at — also when that entry was cut
    /// off, so the gap stays visible. Without a head, or with a head changed without the key, the log goes on from its
    /// newest entry but the head is left as it is (missing or wrong), so verification keeps reporting it: an append must
    /// never paper over tampering. Only a plan's very first entry creates its head.
    /// </summary>
    private async Task<LogPosition> PositionAsync(NpgsqlConnection connection, string planId, CancellationToken cancellationToken)
    {
        var head = await HeadAsync(connection, planId, forUpdate: true, cancellationToken);
        if (head is not null && head.PlanId == planId && AccessLogChain.IsAuthentic(key, head))
        {
            var tail = await connection.FirstOrDefaultAsync(
                $"SELECT {Rows.LogColumns} FROM access_log WHERE plan_id = $1 AND seq = $2 AND mac = $3 LIMIT 1",
                [planId, head.LastSequence, head.LastMac], Rows.LogEntry, cancellationToken);
            return new LogPosition(tail, head, WriteHead: true);
        }
        var newest = await connection.FirstOrDefaultAsync(
            $"SELECT {Rows.LogColumns} FROM access_log WHERE plan_id = $1 ORDER BY seq DESC LIMIT 1", [planId], Rows.LogEntry, cancellationToken);
        return new LogPosition(newest, null, WriteHead: newest is null && head is null);
    }

    private sealed record LogPosition(AccessLogEntry? Tail, AccessLogHead? Head, bool WriteHead)
    {
        public AccessLogEntry Next(AuditKey key, AccessLogDraft draft, DateTime nowUtc, bool tombstone) =>
            Tail is null && Head is { } head ? AccessLogChain.AppendAfter(key, head, draft, nowUtc, tombstone)
            : tombstone ? AccessLogChain.Tombstone(key, Tail, draft, nowUtc)
            : AccessLogChain.Append(key, Tail, draft, nowUtc);
    }
}
