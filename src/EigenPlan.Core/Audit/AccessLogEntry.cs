namespace EigenPlan.Core.Audit;

/// <summary>
/// One line of a plan's access log. Holds no plan content and no personal data about the visitor:
/// <see cref="ClientHint"/> says how (e.g. "met code"), never an IP address.
/// Entries of one plan form a hash chain: <see cref="PreviousHash"/> is the <see cref="Hash"/> of the entry before.
/// </summary>
public sealed record AccessLogEntry
{
    public required string Id { get; init; }
    /// <summary>0, 1, 2 … per plan; a gap means an entry went missing.</summary>
    public required long Sequence { get; init; }
    /// <summary>UTC, whole milliseconds (so it survives the database round trip and the hash stays valid).</summary>
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
    /// <summary>Lower-case hex SHA-256; <see cref="AccessLogChain.GenesisHash"/> for a plan's first entry.</summary>
    public required string PreviousHash { get; init; }
    public required string Hash { get; init; }
}
