using EigenPlan.Core.Audit;

namespace EigenPlan.Storage.Transfer;

/// <summary>
/// Every record of a store, read as stored (ciphertext, salts, verifiers, wrapped keys, the access log and its head
/// anchors), one table at a time, without a code or key: the source of <c>eigenplan store copy</c>. Each sequence may be
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
}

/// <summary>The number of rows per table of a store; two stores hold the same records when these are equal.</summary>
public sealed record StoreCounts(
    long Plans,
    long Tombstones,
    long Devices,
    long SharedPlans,
    long Invitations,
    long AccessLogEntries,
    long AccessLogHeads)
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
    ];
}
