using EigenPlan.Core.Plans;
using EigenPlan.Core.Security;
using EigenPlan.Storage.Transfer;
using Npgsql;

namespace EigenPlan.Storage.PostgreSql;

// What every store does first inside a transaction: lock or find the plan, and check that the session's device works.
public sealed partial class PostgreSqlDatabase
{
    /// <summary>
    /// Locks the plan's row for the rest of the transaction (every write to one plan queues here) and returns it; null for
    /// an unknown or deleted plan (a tombstone is locked too, so a delete and anything else never interleave).
    /// </summary>
    internal static Task<PlanRow?> LockPlanAsync(NpgsqlConnection connection, PlanId id, CancellationToken cancellationToken) =>
        connection.FirstOrDefaultAsync(
            $"SELECT {Rows.PlanColumns}, deleted_utc FROM plans WHERE id = $1 FOR NO KEY UPDATE", [id.Value],
            r => r.IsDBNull(11) ? Rows.Plan(r) : null, cancellationToken);

    /// <summary>The live plan; null for an unknown or deleted one. No lock.</summary>
    internal static Task<PlanRow?> FindPlanAsync(NpgsqlConnection connection, PlanId id, CancellationToken cancellationToken) =>
        connection.FirstOrDefaultAsync($"SELECT {Rows.PlanColumns} FROM plans WHERE id = $1 AND deleted_utc IS NULL", [id.Value],
            Rows.Plan, cancellationToken);

    /// <summary>True when the device belongs to the plan and has not expired at <paramref name="nowUtc"/>.</summary>
    internal static async Task<bool> DeviceWorksAsync(NpgsqlConnection connection, PlanId planId, string? deviceId, DateTime nowUtc,
        CancellationToken cancellationToken) =>
        deviceId is not null && await connection.ScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM devices WHERE id = $1 AND plan_id = $2 AND expires_utc > $3)", [deviceId, planId.Value, nowUtc],
            cancellationToken);

    /// <summary>
    /// The plan, when the session's device still works: <see cref="PlanNotFoundException"/> when the plan was deleted,
    /// <see cref="DeviceClosedException"/> when the device was closed, dropped by a new code, or expired.
    /// </summary>
    internal static async Task<PlanRow> RequireAccessAsync(NpgsqlConnection connection, PlanRow? plan, PlanId planId, string deviceId,
        DateTime nowUtc, CancellationToken cancellationToken) =>
        plan is null ? throw new PlanNotFoundException(planId)
        : await DeviceWorksAsync(connection, planId, deviceId, nowUtc, cancellationToken) ? plan
        : throw new DeviceClosedException(planId, deviceId);

    /// <summary>
    /// Removes what hangs off a plan besides its row and its log: devices, the shared plan, every invitation with its key
    /// copies, the e-mail addresses and evaluation notices. The plan store calls it inside its delete transaction; a new per-plan table adds its rows here.
    /// </summary>
    internal static async Task DeletePlanDependentsAsync(NpgsqlConnection connection, PlanId id, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync("DELETE FROM evaluation_notices WHERE plan_id = $1", [id.Value], cancellationToken);
        await connection.ExecuteAsync("DELETE FROM notification_recipients WHERE plan_id = $1", [id.Value], cancellationToken);
        await connection.ExecuteAsync("DELETE FROM invitations WHERE plan_id = $1", [id.Value], cancellationToken);
        await connection.ExecuteAsync("DELETE FROM shared_plans WHERE plan_id = $1", [id.Value], cancellationToken);
        await connection.ExecuteAsync("DELETE FROM devices WHERE plan_id = $1", [id.Value], cancellationToken);
    }
}
