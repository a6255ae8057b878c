namespace EigenPlan.Core.Audit;

/// <summary>
/// One line of a plan's access log. Holds no plan content and no personal data about the visitor:
/// <see cref="ClientHint"/> says how (e.g. "met code"), never an IP address.
/// Entries of one plan form a keyed chain: <see cref="Mac"/> is an HMAC under the server's <see cref="AuditKey"/> over
/// every field including <see cref="PreviousMac"/>, the MAC of the entry before.
/// </summary>
public sealed record AccessLogEntry
{
    public required string Id { get; init; }
    /// <summary>0, 1, 2 … per plan; a gap means an entry went missing.</summary>
    public required long Sequence { get; init; }
    /// <summary>UTC, whole milliseconds (so it survives the database round trip and the MAC stays valid).</summary>
    public required DateTime TimeUtc { get; init; }
    public required string PlanId { get; init; }
    public required AccessAction Action { get; init; }
    /// <summary>Who, in words: "eigenaar", "iemand met een verkeerde code", …</summary>
    public required string Actor { get; init; }
    public required AccessRole Role { get; init; }
    public string? InvitationId { get; init; }
    public string? ClientHint { get; init; }
    /// <summary>Random id of the open session; lets saves be coalesced per session.</summary>
    public string? SessionId { get; init; }
    /// <summary>
    /// True only for the single entry that replaces a deleted plan's history. Part of the MAC, so only the store (which
    /// holds the audit key) can make one; it is the one entry allowed to start a log without linking to the beginning.
    /// </summary>
    public bool Tombstone { get; init; }
    /// <summary>Lower-case hex; <see cref="AccessLogChain.Genesis"/> for a plan's first entry.</summary>
    public required string PreviousMac { get; init; }
    public required string Mac { get; init; }
}

/// <summary>
/// The head anchor of a plan's log, kept apart from the entries (its own collection or table) and updated with every
/// entry: the newest sequence number and MAC, itself MACed. Cutting off the newest entries leaves the head pointing past
/// the end; removing the head as well leaves a log without an anchor. Both are reported.
/// </summary>
public sealed record AccessLogHead(string PlanId, long LastSequence, string LastMac, string Mac);
