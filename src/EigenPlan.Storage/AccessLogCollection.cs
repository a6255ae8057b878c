using System.Globalization;
using EigenPlan.Core.Audit;
using LiteDB;

namespace EigenPlan.Storage;

/// <summary>
/// The <c>access_log</c> collection (append-only per plan, keyed chain) and, apart from it, <c>access_log_heads</c>
/// (one head anchor per plan). A row's indexed <c>key</c> is the plan id and the zero-padded sequence number, so the
/// newest entry is found through the head without reading the whole log. (Not the <c>_id</c>: a row planted at the next
/// sequence number must not be able to block the next append.) Callers hold the store's write lock and a transaction,
/// so an entry and its head are written together.
/// </summary>
internal sealed class AccessLogCollection
{
    public const string Name = "access_log";
    public const string HeadsName = "access_log_heads";
    private readonly ILiteCollection<BsonDocument> _entries;
    private readonly ILiteCollection<BsonDocument> _heads;
    private readonly AuditKey _key;

    public AccessLogCollection(LiteDatabase db, AuditKey key)
    {
        _entries = db.GetCollection(Name);
        _entries.EnsureIndex("planId");
        _entries.EnsureIndex("key");
        _heads = db.GetCollection(HeadsName);
        _key = key;
    }

    public AccessLogEntry Append(AccessLogDraft draft, DateTime nowUtc)
    {
        var position = Position(draft.PlanId);
        return Insert(position.Next(_key, draft, nowUtc, tombstone: false), position.WriteHead);
    }

    /// <summary>Appends a save unless this session's last entry is a save younger than <paramref name="interval"/>.</summary>
    public void AppendSaved(AccessLogDraft draft, DateTime nowUtc, TimeSpan interval)
    {
        var position = Position(draft.PlanId);
        if (position.Tail is { Action: AccessAction.Saved } tail && tail.SessionId == draft.SessionId && nowUtc - tail.TimeUtc < interval)
        {
            return;
        }
        Insert(position.Next(_key, draft, nowUtc, tombstone: false), position.WriteHead);
    }

    /// <summary>
    /// Erases a deleted plan's history and leaves one keyed tombstone that links to the last erased entry, so the log
    /// still shows that (and when) the plan was deleted, and nothing else.
    /// </summary>
    public void ReplaceWithTombstone(AccessLogDraft draft, DateTime nowUtc)
    {
        var position = Position(draft.PlanId);
        _entries.DeleteMany(Query.EQ("planId", draft.PlanId));
        Insert(position.Next(_key, draft, nowUtc, tombstone: true), position.WriteHead);
    }

    public List<AccessLogEntry> ForPlan(string planId) =>
        _entries.Find(Query.EQ("planId", planId)).Select(FromDocument).OrderBy(e => e.Sequence).ToList();

    public AccessLogHead? Head(string planId) => _heads.FindById(planId) is { } d ? HeadFromDocument(d) : null;

    internal static AccessLogHead HeadFromDocument(BsonDocument d) =>
        new(d["_id"].AsString, d["seq"].AsInt64, d["lastMac"].AsString ?? "", d["mac"].AsString ?? "");

    /// <summary>Checks the plan's log against the audit key and its head.</summary>
    public ChainVerification Verify(string planId) => AccessLogChain.Verify(_key, planId, ForPlan(planId), Head(planId));

    /// <summary>True when any plan has a head: the database holds keyed logs, so the audit key must already exist.</summary>
    public bool HasAnyHead() => _heads.Count() > 0;

    private AccessLogEntry Insert(AccessLogEntry entry, bool writeHead)
    {
        _entries.Insert(ToDocument(entry));
        if (writeHead)
        {
            var head = AccessLogChain.Head(_key, entry);
            _heads.Upsert(new BsonDocument
            {
                ["_id"] = head.PlanId,
                ["seq"] = head.LastSequence,
                ["lastMac"] = head.LastMac,
                ["mac"] = head.Mac,
            });
        }
        return entry;
    }

    /// <summary>
    /// Where the next entry goes. Normally after the entry the (authentic) head points at — also when that entry was cut
    /// off, so the gap stays visible. Without a head, or with a head changed without the key, the log goes on from its
    /// newest entry but the head is left as it is (missing or wrong), so verification keeps reporting it: an append must
    /// never paper over tampering. Only a plan's very first entry creates its head.
    /// </summary>
    private LogPosition Position(string planId)
    {
        var head = Head(planId);
        if (head is not null && head.PlanId == planId && AccessLogChain.IsAuthentic(_key, head))
        {
            var tail = _entries.Find(Query.EQ("key", RowId(planId, head.LastSequence))).Select(FromDocument)
                .FirstOrDefault(e => e.Mac == head.LastMac && e.PlanId == planId);
            return new LogPosition(tail, head, WriteHead: true);
        }
        var newest = _entries.Find(Query.EQ("planId", planId)).Select(FromDocument).MaxBy(e => e.Sequence);
        return new LogPosition(newest, null, WriteHead: newest is null && head is null);
    }

    private sealed record LogPosition(AccessLogEntry? Tail, AccessLogHead? Head, bool WriteHead)
    {
        public AccessLogEntry Next(AuditKey key, AccessLogDraft draft, DateTime nowUtc, bool tombstone) =>
            Tail is null && Head is { } head ? AccessLogChain.AppendAfter(key, head, draft, nowUtc, tombstone)
            : tombstone ? AccessLogChain.Tombstone(key, Tail, draft, nowUtc)
            : AccessLogChain.Append(key, Tail, draft, nowUtc);
    }

    private static string RowId(string planId, long sequence) => $"{planId}:{sequence.ToString("D12", CultureInfo.InvariantCulture)}";

    // Times are stored as UTC ticks: LiteDB would hand DateTime back as local time.
    private static BsonDocument ToDocument(AccessLogEntry e) => new()
    {
        ["_id"] = e.Id,
        ["key"] = RowId(e.PlanId, e.Sequence),
        ["planId"] = e.PlanId,
        ["seq"] = e.Sequence,
        ["timeTicks"] = e.TimeUtc.Ticks,
        ["action"] = e.Action.ToString(),
        ["actor"] = e.Actor,
        ["role"] = e.Role.ToString(),
        ["invitationId"] = e.InvitationId,
        ["clientHint"] = e.ClientHint,
        ["sessionId"] = e.SessionId,
        ["tombstone"] = e.Tombstone,
        ["prevMac"] = e.PreviousMac,
        ["mac"] = e.Mac,
    };

    internal static AccessLogEntry FromDocument(BsonDocument d) => new()
    {
        Id = d["_id"].AsString ?? "",
        PlanId = d["planId"].AsString ?? "",
        Sequence = d["seq"].AsInt64,
        TimeUtc = new DateTime(d["timeTicks"].AsInt64, DateTimeKind.Utc),
        // A value that was edited into something unknown must not throw: it becomes a value whose MAC cannot match.
        Action = Enum.TryParse<AccessAction>(d["action"].AsString, out var action) ? action : (AccessAction)(-1),
        Actor = d["actor"].AsString ?? "",
        Role = Enum.TryParse<AccessRole>(d["role"].AsString, out var role) ? role : (AccessRole)(-1),
        InvitationId = NullableString(d["invitationId"]),
        ClientHint = NullableString(d["clientHint"]),
        SessionId = NullableString(d["sessionId"]),
        Tombstone = d["tombstone"].IsBoolean && d["tombstone"].AsBoolean,
        PreviousMac = d["prevMac"].AsString ?? "",
        Mac = d["mac"].AsString ?? "",
    };

    private static string? NullableString(BsonValue value) => value.IsNull ? null : value.AsString;
}
