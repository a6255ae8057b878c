using EigenPlan.Core.Audit;
using LiteDB;

namespace EigenPlan.Storage;

/// <summary>
/// The <c>access_log</c> collection: append-only per plan, hash-chained. Callers hold the store's write lock while
/// appending, so the tail read and the insert cannot interleave.
/// </summary>
internal sealed class AccessLogCollection
{
    public const string Name = "access_log";
    private readonly ILiteCollection<BsonDocument> _entries;

    public AccessLogCollection(LiteDatabase db)
    {
        _entries = db.GetCollection(Name);
        _entries.EnsureIndex("planId");
    }

    /// <summary>Only exports and prints are recorded from outside a store; the stores record every other action themselves.</summary>
    public static void RequireRecordableFromOutside(AccessAction action)
    {
        if (action is not (AccessAction.Exported or AccessAction.Printed))
        {
            throw new ArgumentException("Only Exported and Printed are recorded from outside; the store records the rest itself.", nameof(action));
        }
    }

    public AccessLogEntry Append(AccessLogDraft draft, DateTime nowUtc)
    {
        var entry = AccessLogChain.Append(Tail(draft.PlanId), draft, nowUtc);
        _entries.Insert(ToDocument(entry));
        return entry;
    }

    /// <summary>Appends a save unless this session's last entry is a save younger than <paramref name="interval"/>.</summary>
    public void AppendSaved(AccessLogDraft draft, DateTime nowUtc, TimeSpan interval)
    {
        var tail = Tail(draft.PlanId);
        if (tail is { Action: AccessAction.Saved } && tail.SessionId == draft.SessionId && nowUtc - tail.TimeUtc < interval)
        {
            return;
        }
        _entries.Insert(ToDocument(AccessLogChain.Append(tail, draft, nowUtc)));
    }

    /// <summary>
    /// Erases a deleted plan's history and leaves one tombstone that links to the last erased entry, so the log
    /// still shows that (and when) the plan was deleted, and nothing else.
    /// </summary>
    public void ReplaceWithTombstone(AccessLogDraft draft, DateTime nowUtc)
    {
        var tail = Tail(draft.PlanId);
        _entries.DeleteMany(Query.EQ("planId", draft.PlanId));
        _entries.Insert(ToDocument(AccessLogChain.Append(tail, draft, nowUtc)));
    }

    public List<AccessLogEntry> ForPlan(string planId) =>
        _entries.Find(Query.EQ("planId", planId)).Select(FromDocument).OrderBy(e => e.Sequence).ToList();

    private AccessLogEntry? Tail(string planId) =>
        _entries.Find(Query.EQ("planId", planId)).Select(FromDocument).MaxBy(e => e.Sequence);

    // Times are stored as UTC ticks: LiteDB would hand DateTime back as local time.
    private static BsonDocument ToDocument(AccessLogEntry e) => new()
    {
        ["_id"] = e.Id,
        ["planId"] = e.PlanId,
        ["seq"] = e.Sequence,
        ["timeTicks"] = e.TimeUtc.Ticks,
        ["action"] = e.Action.ToString(),
        ["actor"] = e.Actor,
        ["role"] = e.Role.ToString(),
        ["invitationId"] = e.InvitationId,
        ["clientHint"] = e.ClientHint,
        ["sessionId"] = e.SessionId,
        ["prevHash"] = e.PreviousHash,
        ["hash"] = e.Hash,
    };

    private static AccessLogEntry FromDocument(BsonDocument d) => new()
    {
        Id = d["_id"].AsString,
        PlanId = d["planId"].AsString,
        Sequence = d["seq"].AsInt64,
        TimeUtc = new DateTime(d["timeTicks"].AsInt64, DateTimeKind.Utc),
        // A value that was edited into something unknown must not throw: it becomes a value whose hash cannot match.
        Action = Enum.TryParse<AccessAction>(d["action"].AsString, out var action) ? action : (AccessAction)(-1),
        Actor = d["actor"].AsString ?? "",
        Role = Enum.TryParse<AccessRole>(d["role"].AsString, out var role) ? role : (AccessRole)(-1),
        InvitationId = NullableString(d["invitationId"]),
        ClientHint = NullableString(d["clientHint"]),
        SessionId = NullableString(d["sessionId"]),
        PreviousHash = d["prevHash"].AsString ?? "",
        Hash = d["hash"].AsString ?? "",
    };

    private static string? NullableString(BsonValue value) => value.IsNull ? null : value.AsString;
}
