using EigenPlan.Core.Audit;

namespace EigenPlan.Storage.Transfer;

/// <summary>
/// Every record of a store, read as stored (ciphertext, salts, verifiers, wrapped keys, the access log and its head
/// anchors, the e-mail opt-ins with their sealed addresses and waiting evaluation notices, the insight counters), one table at a time, without a code or key: the source of <c>eigenplan store copy</c>. Each sequence may be
/// read once and streams, so a large database is not held in memory.
/// </summary>
public interface IStoreSnapshot
{
    /// <summary>How many rows each table holds.</summary>
    StoreCounts Count();

    IEnumerable<PlanRow> Plans();

    IEnumerable<PlanTombstoneRow> Tombstones();

    IEnumerable<DeviceRow> Devices();

    IEnumerable<SharedPlanRow> SharedPlans();

    IEnumerable<InvitationRow> Invitations();

    /// <summary>Every access log entry, grouped by plan (each plan's entries together), each plan's in sequence order.</summary>
    IEnumerable<AccessLogEntry> AccessLog();

    IEnumerable<AccessLogHead> AccessLogHeads();

    /// <summary>The e-mail opt-ins of invited people (addresses sealed under the notification key, which comes from the audit key).</summary>
    IEnumerable<NotificationRecipientRow> NotificationRecipients();

    /// <summary>The evaluation notices waiting for (or sent to) those people.</summary>
    IEnumerable<EvaluationNoticeRow> EvaluationNotices();

    /// <summary>The insight counters the municipality's staff see (counts only).</summary>
    IEnumerable<InsightCountRow> InsightCounts();
}

/// <summary>The number of rows per table of a store; two stores hold the same records when these are equal.</summary>
public sealed record StoreCounts(
    long Plans,
    long Tombstones,
    long Devices,
    long SharedPlans,
    long Invitations,
    long AccessLogEntries,
    long AccessLogHeads,
    long NotificationRecipients,
    long EvaluationNotices,
    long InsightCounts)
{
    /// <summary>Table name and count, in the order a report shows them.</summary>
    public IEnumerable<(string Table, long Count)> Rows() =>
    [
        ("plans", Plans),
        ("plans (verwijderd)", Tombstones),
        ("devices", Devices),
        ("shared_plans", SharedPlans),
        ("invitations", Invitations),
        ("access_log", AccessLogEntries),
        ("access_log_heads", AccessLogHeads),
        ("notification_recipients", NotificationRecipients),
        ("evaluation_notices", EvaluationNotices),
        ("insight_counts", InsightCounts),
    ];
}
