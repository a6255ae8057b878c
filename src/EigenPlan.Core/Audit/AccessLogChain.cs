using System.Globalization;
using System.Text;

namespace EigenPlan.Core.Audit;

/// <summary>
/// Builds and checks the keyed chain of a plan's access log. Each entry carries an HMAC-SHA256, under the server's
/// <see cref="AuditKey"/>, over all its fields and the MAC of the entry before; a head anchor (<see cref="AccessLogHead"/>),
/// stored apart, holds the newest sequence number and MAC. Without the key nobody can change, insert or rehash an entry;
/// removing one in the middle or at the start breaks the links; cutting off the newest ones no longer matches the head.
/// Only a deleted plan's tombstone (itself keyed) may start a log without linking to the beginning.
/// </summary>
public static class AccessLogChain
{
    /// <summary>What the first entry of a plan links to.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>The entry that follows <paramref name="previous"/> (null for the first), with sequence and MACs filled in.</summary>
    public static AccessLogEntry Append(AuditKey key, AccessLogEntry? previous, AccessLogDraft draft, DateTime nowUtc) =>
        Next(key, previous, draft, nowUtc, tombstone: false);

    /// <summary>The single entry that replaces a deleted plan's history; it links to the last entry it replaces.</summary>
    public static AccessLogEntry Tombstone(AuditKey key, AccessLogEntry? previous, AccessLogDraft draft, DateTime nowUtc) =>
        Next(key, previous, draft, nowUtc, tombstone: true);

    /// <summary>
    /// The entry after the one <paramref name="head"/> points at, when that entry itself is gone (cut off): the new entry
    /// links to the head's MAC, so the gap stays visible instead of being papered over by the next append.
    /// </summary>
    public static AccessLogEntry AppendAfter(AuditKey key, AccessLogHead head, AccessLogDraft draft, DateTime nowUtc, bool tombstone = false)
    {
        ArgumentNullException.ThrowIfNull(head);
        return Next(key, head.LastSequence, head.LastMac, draft, nowUtc, tombstone);
    }

    /// <summary>True when the head's MAC is right (it was written by a store that holds the key).</summary>
    public static bool IsAuthentic(AuditKey key, AccessLogHead head)
    {
        ArgumentNullException.ThrowIfNull(head);
        return FixedEquals(ComputeMac(key, head), head.Mac);
    }

    /// <summary>The head anchor that points at <paramref name="newest"/>.</summary>
    public static AccessLogHead Head(AuditKey key, AccessLogEntry newest)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(newest);
        var head = new AccessLogHead(newest.PlanId, newest.Sequence, newest.Mac, "");
        return head with { Mac = ComputeMac(key, head) };
    }

    /// <summary>HMAC-SHA256 over every field of the entry except the MAC itself, in a fixed, unambiguous layout.</summary>
    public static string ComputeMac(AuditKey key, AccessLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(entry);
        return key.Mac(Layout(
            "entry/v2",
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
            entry.Tombstone ? "tombstone" : "entry",
            entry.PreviousMac));
    }

    /// <summary>HMAC-SHA256 over the head's fields except its MAC.</summary>
    public static string ComputeMac(AuditKey key, AccessLogHead head)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(head);
        return key.Mac(Layout("head/v2", head.PlanId, head.LastSequence.ToString(CultureInfo.InvariantCulture), head.LastMac));
    }

    /// <summary>
    /// Checks the log of <paramref name="planId"/>: <paramref name="entries"/> in sequence order and the head anchor as
    /// stored (null when there is none). The result says what was checked and, when something is wrong, where and what.
    /// </summary>
    public static ChainVerification Verify(AuditKey key, string planId, IReadOnlyList<AccessLogEntry> entries, AccessLogHead? head)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(entries);
        var checkedEntries = new Checked(entries);
        if (entries.Count == 0)
        {
            return head is null
                ? ChainVerification.Valid(checkedEntries, tombstoneOnly: false)
                : checkedEntries.Broken(head.LastSequence, ChainProblem.NewestMissing);
        }
        AccessLogEntry? previous = null;
        foreach (var entry in entries)
        {
            if (entry.PlanId != planId)
            {
                return checkedEntries.Broken(entry.Sequence, ChainProblem.OtherPlan);
            }
            if (!FixedEquals(ComputeMac(key, entry), entry.Mac))
            {
                return checkedEntries.Broken(entry.Sequence, ChainProblem.ChangedEntry);
            }
            if (previous is null)
            {
                // A tombstone stands alone: deleting a plan erases everything before it, and nothing is added after.
                if (entry.Tombstone ? entries.Count != 1 : entry.Sequence != 0 || entry.PreviousMac != Genesis)
                {
                    return checkedEntries.Broken(entry.Sequence, entry.Tombstone ? ChainProblem.AfterDeletion : ChainProblem.MissingStart);
                }
            }
            else if (entry.Tombstone)
            {
                return checkedEntries.Broken(entry.Sequence, ChainProblem.AfterDeletion);
            }
            else if (entry.Sequence != previous.Sequence + 1)
            {
                return checkedEntries.Broken(Math.Min(entry.Sequence, previous.Sequence + 1), ChainProblem.MissingEntry);
            }
            else if (entry.PreviousMac != previous.Mac)
            {
                return checkedEntries.Broken(entry.Sequence, ChainProblem.WrongLink);
            }
            previous = entry;
        }
        var newest = entries[^1];
        if (head is null)
        {
            return checkedEntries.Broken(newest.Sequence, ChainProblem.HeadMissing);
        }
        if (head.PlanId != planId || !IsAuthentic(key, head))
        {
            return checkedEntries.Broken(newest.Sequence, ChainProblem.HeadChanged);
        }
        if (head.LastSequence > newest.Sequence)
        {
            return checkedEntries.Broken(newest.Sequence + 1, ChainProblem.NewestMissing);
        }
        if (head.LastSequence != newest.Sequence || head.LastMac != newest.Mac)
        {
            return checkedEntries.Broken(newest.Sequence, ChainProblem.HeadChanged);
        }
        return ChainVerification.Valid(checkedEntries, tombstoneOnly: entries[0].Tombstone);
    }

    private static AccessLogEntry Next(AuditKey key, AccessLogEntry? previous, AccessLogDraft draft, DateTime nowUtc, bool tombstone) =>
        previous is null ? Next(key, -1, Genesis, draft, nowUtc, tombstone) : Next(key, previous.Sequence, previous.Mac, draft, nowUtc, tombstone);

    private static AccessLogEntry Next(AuditKey key, long previousSequence, string previousMac, AccessLogDraft draft, DateTime nowUtc, bool tombstone)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(draft);
        var entry = new AccessLogEntry
        {
            Id = Guid.NewGuid().ToString("N"),
            Sequence = previousSequence + 1,
            TimeUtc = TruncateToMilliseconds(nowUtc),
            PlanId = draft.PlanId,
            Action = draft.Action,
            Actor = draft.Actor,
            Role = draft.Role,
            InvitationId = draft.InvitationId,
            ClientHint = draft.ClientHint,
            SessionId = draft.SessionId,
            Tombstone = tombstone,
            PreviousMac = previousMac,
            Mac = "",
        };
        return entry with { Mac = ComputeMac(key, entry) };
    }

    // Length-prefixing each field keeps "ab"+"c" and "a"+"bc" apart.
    private static byte[] Layout(params string[] fields) => Encoding.UTF8.GetBytes(string.Concat(fields.Select(f => $"{f.Length}:{f};")));

    private static bool FixedEquals(string expected, string actual) =>
        System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(actual ?? ""));

    private static DateTime TruncateToMilliseconds(DateTime time)
    {
        var utc = time.Kind == DateTimeKind.Utc ? time : time.ToUniversalTime();
        return new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
    }

    /// <summary>What was looked at, for the result either way.</summary>
    internal sealed record Checked(IReadOnlyList<AccessLogEntry> Entries)
    {
        public ChainVerification Broken(long sequence, ChainProblem problem) =>
            new(false, Entries.Count, First, Last, false, sequence, problem);

        public DateTime? First => Entries.Count == 0 ? null : Entries.Min(e => e.TimeUtc);

        public DateTime? Last => Entries.Count == 0 ? null : Entries.Max(e => e.TimeUtc);
    }
}

/// <summary>What the store records; the chain adds id, sequence, time and MACs.</summary>
public sealed record AccessLogDraft(
    string PlanId,
    AccessAction Action,
    string Actor,
    AccessRole Role,
    string? ClientHint = null,
    string? SessionId = null,
    string? InvitationId = null);
