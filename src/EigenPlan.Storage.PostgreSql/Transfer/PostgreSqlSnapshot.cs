using EigenPlan.Core.Audit;
using EigenPlan.Storage.Transfer;
using Npgsql;

namespace EigenPlan.Storage.PostgreSql;

/// <summary>
/// Every record of a PostgreSQL plan database as stored, read table by table and streamed: the check after
/// <c>eigenplan store copy</c> (counts, and every plan's access log verified), and a source for copying onwards.
/// Database failures surface as <see cref="Core.Plans.StoreUnavailableException"/>.
/// </summary>
public sealed class PostgreSqlSnapshot(PostgreSqlDatabase database) : IStoreSnapshot
{
    public StoreCounts Count() => database.Read("count the records", c =>
    {
        long Count(string sql)
        {
            using var command = c.Command(sql, []);
            return (long)command.ExecuteScalar()!;
        }
        return new StoreCounts(
            Count("SELECT count(*) FROM plans WHERE deleted_utc IS NULL"),
            Count("SELECT count(*) FROM plans WHERE deleted_utc IS NOT NULL"),
            Count("SELECT count(*) FROM devices"),
            Count("SELECT count(*) FROM shared_plans"),
            Count("SELECT count(*) FROM invitations"),
            Count("SELECT count(*) FROM access_log"),
            Count("SELECT count(*) FROM access_log_heads"),
            Count("SELECT count(*) FROM notification_recipients"),
            Count("SELECT count(*) FROM evaluation_notices"),
            Count("SELECT count(*) FROM insight_counts"));
    });

    public IEnumerable<PlanRow> Plans() => Query($"SELECT {Rows.PlanColumns} FROM plans WHERE deleted_utc IS NULL ORDER BY id", Rows.Plan);

    public IEnumerable<PlanTombstoneRow> Tombstones() =>
        Query("SELECT id, deleted_utc FROM plans WHERE deleted_utc IS NOT NULL ORDER BY id",
            r => new PlanTombstoneRow(new Core.Security.PlanId(r.GetString(0)), r.Time(1)));

    public IEnumerable<DeviceRow> Devices() => Query($"SELECT {Rows.DeviceColumns} FROM devices ORDER BY id", Rows.Device);

    public IEnumerable<SharedPlanRow> SharedPlans() => Query($"SELECT {Rows.SharedPlanColumns} FROM shared_plans ORDER BY plan_id", Rows.SharedPlan);

    public IEnumerable<InvitationRow> Invitations() => Query($"SELECT {Rows.InvitationColumns} FROM invitations ORDER BY id", Rows.Invitation);

    public IEnumerable<AccessLogEntry> AccessLog() =>
        Query($"SELECT {Rows.LogColumns} FROM access_log ORDER BY plan_id, seq, time_utc, id COLLATE \"C\"", Rows.LogEntry);

    public IEnumerable<AccessLogHead> AccessLogHeads() => Query($"SELECT {Rows.HeadColumns} FROM access_log_heads ORDER BY plan_id", Rows.Head);

    public IEnumerable<NotificationRecipientRow> NotificationRecipients() =>
        Query($"SELECT {TransferRows.RecipientColumns} FROM notification_recipients ORDER BY recipient_id", TransferRows.Recipient);

    public IEnumerable<EvaluationNoticeRow> EvaluationNotices() =>
        Query($"SELECT {TransferRows.NoticeColumns} FROM evaluation_notices ORDER BY recipient_id, evaluation_id", PostgreSqlNotificationStore.ReadNotice);

    public IEnumerable<InsightCountRow> InsightCounts() =>
        Query($"SELECT {TransferRows.InsightColumns} FROM insight_counts ORDER BY municipality, week, metric, key", TransferRows.Insight);

    /// <summary>Streams the rows of one query; each step of the reader is guarded, so a failure is a StoreUnavailableException.</summary>
    private IEnumerable<T> Query<T>(string sql, Func<NpgsqlDataReader, T> map)
    {
        const string What = "read the records";
        using var connection = database.Guarded(What, database.DataSource.OpenConnection);
        using var command = connection.Command(sql, []);
        using var reader = database.Guarded(What, () => command.ExecuteReader());
        while (database.Guarded(What, reader.Read))
        {
            yield return map(reader);
        }
    }
}
