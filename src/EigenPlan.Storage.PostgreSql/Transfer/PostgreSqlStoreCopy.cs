using EigenPlan.Core.Plans;
using EigenPlan.Storage.Transfer;
using Npgsql;
using NpgsqlTypes;

namespace EigenPlan.Storage.PostgreSql;

/// <summary>
/// Copies every record of another store into an empty PostgreSQL database as it is stored — ciphertext, salts,
/// verifiers, wrapped keys, the access log and its head anchors, the e-mail opt-ins (addresses stay sealed) with their
/// waiting evaluation notices, and the insight counters — without a code and without decrypting anything
/// (<c>eigenplan store copy</c>). One transaction with binary <c>COPY</c> per table: all of it or nothing, so a failed
/// copy can simply be run again. A target that already holds plans is refused.
/// </summary>
public static class PostgreSqlStoreCopy
{
    /// <summary>A Data Protection key (the XML of one key file) to copy along, so residents' cookies keep working.</summary>
    public sealed record DataProtectionKey(string FriendlyName, string Xml);

    /// <summary>
    /// Copies <paramref name="source"/> into <paramref name="target"/>, which must be prepared
    /// (<see cref="PostgreSqlDatabase.PrepareAsync"/>, with the source's audit key — the e-mail addresses are sealed under a
    /// key derived from it) and hold no plans, devices, shared plans, invitations, log entries, e-mail opt-ins, evaluation
    /// notices or insight counters.
    /// </summary>
    /// <returns>How many rows were written per table.</returns>
    /// <exception cref="TargetNotEmptyException">The target is not empty; nothing was written.</exception>
    /// <exception cref="StoreUnavailableException">The target could not be written; nothing was written.</exception>
    public static Task<StoreCounts> CopyAsync(IStoreSnapshot source, PostgreSqlDatabase target, IEnumerable<DataProtectionKey>? dataProtectionKeys = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        return target.WriteAsync("copy the records", null, async c =>
        {
            // Locks out a second copy (or a running app) until this one is done, so the emptiness check stays true.
            await c.ExecuteAsync("LOCK TABLE plans, devices, shared_plans, invitations, access_log, access_log_heads, notification_recipients, "
                + "evaluation_notices, insight_counts IN EXCLUSIVE MODE", cancellationToken);
            var existing = await c.ScalarAsync<long>(
                "SELECT (SELECT count(*) FROM plans) + (SELECT count(*) FROM devices) + (SELECT count(*) FROM shared_plans) "
                + "+ (SELECT count(*) FROM invitations) + (SELECT count(*) FROM access_log) + (SELECT count(*) FROM access_log_heads) "
                + "+ (SELECT count(*) FROM notification_recipients) + (SELECT count(*) FROM evaluation_notices) + (SELECT count(*) FROM insight_counts)",
                [], cancellationToken);
            if (existing > 0)
            {
                throw new TargetNotEmptyException(existing);
            }
            var plans = await CopyTableAsync(c, "plans", Rows.PlanColumns, source.Plans().Select(Rows.Values), cancellationToken);
            var tombstones = await CopyTableAsync(c, "plans", "id, deleted_utc", source.Tombstones().Select(t => new object?[] { t.Id.Value, t.DeletedUtc }),
                cancellationToken);
            var devices = await CopyTableAsync(c, "devices", Rows.DeviceColumns, source.Devices().Select(Rows.Values), cancellationToken);
            var shared = await CopyTableAsync(c, "shared_plans", Rows.SharedPlanColumns, source.SharedPlans().Select(Rows.Values), cancellationToken);
            var invitations = await CopyTableAsync(c, "invitations", Rows.InvitationColumns, source.Invitations().Select(Rows.Values), cancellationToken);
            var entries = await CopyTableAsync(c, "access_log", Rows.LogColumns, source.AccessLog().Select(Rows.Values), cancellationToken);
            var heads = await CopyTableAsync(c, "access_log_heads", Rows.HeadColumns, source.AccessLogHeads().Select(Rows.Values), cancellationToken);
            // What a municipality would miss after moving: who asked for e-mail (and the notices waiting for them), and the insight figures.
            var recipients = await CopyTableAsync(c, "notification_recipients", TransferRows.RecipientColumns,
                source.NotificationRecipients().Select(TransferRows.Values), cancellationToken);
            var notices = await CopyTableAsync(c, "evaluation_notices", TransferRows.NoticeColumns, source.EvaluationNotices().Select(TransferRows.Values),
                cancellationToken);
            var insights = await CopyTableAsync(c, "insight_counts", TransferRows.InsightColumns, source.InsightCounts().Select(TransferRows.Values),
                cancellationToken);
            foreach (var key in dataProtectionKeys ?? [])
            {
                await c.ExecuteAsync("INSERT INTO data_protection_keys (friendly_name, xml) VALUES ($1, $2)", [key.FriendlyName, key.Xml], cancellationToken);
            }
            return new StoreCounts(plans, tombstones, devices, shared, invitations, entries, heads, recipients, notices, insights);
        }, cancellationToken);
    }

    /// <summary>The target already holds plan records; a copy never mixes two stores.</summary>
    public sealed class TargetNotEmptyException(long rows)
        : InvalidOperationException($"The target database is not empty ({rows} rows in the tables it copies into); nothing was copied.")
    {
        public long Rows { get; } = rows;
    }

    private static async Task<long> CopyTableAsync(NpgsqlConnection c, string table, string columns, IEnumerable<object?[]> rows,
        CancellationToken cancellationToken)
    {
        await using var writer = await c.BeginBinaryImportAsync($"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(cancellationToken);
            foreach (var value in row)
            {
                await WriteAsync(writer, value, cancellationToken);
            }
        }
        return (long)await writer.CompleteAsync(cancellationToken);
    }

    private static Task WriteAsync(NpgsqlBinaryImporter writer, object? value, CancellationToken cancellationToken) => value switch
    {
        null => writer.WriteNullAsync(cancellationToken),
        string text => writer.WriteAsync(text, NpgsqlDbType.Text, cancellationToken),
        byte[] bytes => writer.WriteAsync(bytes, NpgsqlDbType.Bytea, cancellationToken),
        int number => writer.WriteAsync(number, NpgsqlDbType.Integer, cancellationToken),
        long number => writer.WriteAsync(number, NpgsqlDbType.Bigint, cancellationToken),
        bool flag => writer.WriteAsync(flag, NpgsqlDbType.Boolean, cancellationToken),
        DateOnly date => writer.WriteAsync(date, NpgsqlDbType.Date, cancellationToken),
        DateTime time => writer.WriteAsync(DateTime.SpecifyKind(time.ToUniversalTime(), DateTimeKind.Utc), NpgsqlDbType.TimestampTz, cancellationToken),
        _ => throw new ArgumentException($"No column type for {value.GetType().Name}.", nameof(value)),
    };
}
