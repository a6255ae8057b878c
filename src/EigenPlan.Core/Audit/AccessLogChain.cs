using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EigenPlan.Core.Audit;

/// <summary>
/// Builds and checks the hash chain of a plan's access log. Changing, removing or reordering an entry in the
/// database breaks the chain. (Cutting off the newest entries cannot be seen from the chain alone.)
/// </summary>
public static class AccessLogChain
{
    public static readonly string GenesisHash = new('0', 64);

    /// <summary>The entry that follows <paramref name="previous"/> (null for the first), with sequence and hashes filled in.</summary>
    public static AccessLogEntry Append(AccessLogEntry? previous, AccessLogDraft draft, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var entry = new AccessLogEntry
        {
            Id = Guid.NewGuid().ToString("N"),
            Sequence = previous is null ? 0 : previous.Sequence + 1,
            TimeUtc = TruncateToMilliseconds(nowUtc),
            PlanId = draft.PlanId,
            Action = draft.Action,
            Actor = draft.Actor,
            Role = draft.Role,
            InvitationId = draft.InvitationId,
            ClientHint = draft.ClientHint,
            SessionId = draft.SessionId,
            PreviousHash = previous?.Hash ?? GenesisHash,
            Hash = "",
        };
        return entry with { Hash = ComputeHash(entry) };
    }

    /// <summary>SHA-256 over every field except the hash itself, in a fixed, unambiguous layout.</summary>
    public static string ComputeHash(AccessLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var fields = new[]
        {
            "v1",
            entry.Id,
            entry.Sequence.ToString(CultureInfo.InvariantCulture),
            entry.TimeUtc.ToUniversalTime().Ticks.ToString(CultureInfo.InvariantCulture),
            entry.PlanId,
            entry.Action.ToString(),
            entry.Actor,
            entry.Role.ToString(),
            entry.InvitationId ?? "\u2205",
            entry.ClientHint ?? "\u2205",
            entry.SessionId ?? "\u2205",
            entry.PreviousHash,
        };
        // Length-prefixing each field keeps "ab"+"c" and "a"+"bc" apart.
        var text = string.Concat(fields.Select(f => $"{f.Length}:{f};"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>
    /// Checks a plan's entries in sequence order. The first entry links to the genesis hash, except a deletion
    /// tombstone, which links to the last entry it replaced.
    /// </summary>
    public static ChainVerification Verify(IReadOnlyList<AccessLogEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        AccessLogEntry? previous = null;
        foreach (var entry in entries)
        {
            if (ComputeHash(entry) != entry.Hash)
            {
                return ChainVerification.Broken(entry.Sequence, "De inhoud van deze regel is veranderd.");
            }
            if (previous is null)
            {
                var isTombstone = entry.Action == AccessAction.Deleted;
                if (!isTombstone && (entry.Sequence != 0 || entry.PreviousHash != GenesisHash))
                {
                    return ChainVerification.Broken(entry.Sequence, "Het begin van het logboek ontbreekt.");
                }
            }
            else
            {
                if (entry.Sequence != previous.Sequence + 1)
                {
                    return ChainVerification.Broken(entry.Sequence, "Er ontbreekt een regel in het logboek.");
                }
                if (entry.PreviousHash != previous.Hash)
                {
                    return ChainVerification.Broken(entry.Sequence, "Deze regel past niet bij de regel ervoor.");
                }
                if (entry.PlanId != previous.PlanId)
                {
                    return ChainVerification.Broken(entry.Sequence, "Deze regel hoort bij een ander plan.");
                }
            }
            previous = entry;
        }
        return ChainVerification.Valid(entries.Count);
    }

    private static DateTime TruncateToMilliseconds(DateTime time)
    {
        var utc = time.Kind == DateTimeKind.Utc ? time : time.ToUniversalTime();
        return new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
    }
}

/// <summary>What to record; the chain adds id, sequence, time and hashes.</summary>
public sealed record AccessLogDraft(
    string PlanId,
    AccessAction Action,
    string Actor,
    AccessRole Role,
    string? ClientHint = null,
    string? SessionId = null,
    string? InvitationId = null);

/// <summary>The outcome of <see cref="AccessLogChain.Verify"/>.</summary>
public sealed record ChainVerification(bool IsValid, int EntryCount, long? BrokenAtSequence, string? Reason)
{
    public static ChainVerification Valid(int count) => new(true, count, null, null);

    public static ChainVerification Broken(long sequence, string reason) => new(false, 0, sequence, reason);
}
