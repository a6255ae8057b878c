using EigenPlan.Core.Audit;
using EigenPlan.Core.Plans;
using EigenPlan.Core.Security;

namespace EigenPlan.Storage.PostgreSql;

// The plan's devices: list, close one, and a new code (which closes them all).
public sealed partial class PostgreSqlPlanStore
{
    public async Task<IReadOnlyList<DeviceInfo>> ListDevicesAsync(PlanSession session, CancellationToken cancellationToken = default)
    {
        var s = Own(session);
        var devices = await _database.ReadAsync("list devices", s.PlanId, async c =>
        {
            var now = _database.UtcNow();
            await RequireAccessAsync(c, s, await PostgreSqlDatabase.FindPlanAsync(c, s.PlanId, cancellationToken), cancellationToken);
            return await c.ListAsync($"SELECT {Rows.DeviceColumns} FROM devices WHERE plan_id = $1 AND expires_utc > $2 ORDER BY created_utc, id COLLATE \"C\"",
                [s.PlanId.Value, now], Rows.Device, cancellationToken);
        }, cancellationToken);
        return devices
            .Select(d => new DeviceInfo(d.Id, DeviceCrypto.OpenLabel(s.PlanKey, s.PlanId, d.Id, d.Label) ?? NewDevice.UnknownLabel,
                d.CreatedUtc, d.LastUsedUtc, d.ExpiresUtc, d.Shared, d.Id == s.DeviceId))
            .ToList();
    }

    public async Task<bool> RevokeDeviceAsync(PlanSession session, string deviceId, CancellationToken cancellationToken = default)
    {
        var s = Own(session);
        var revoked = await _database.WriteAsync("close a device", s.PlanId, async c =>
        {
            var now = _database.UtcNow();
            await RequireAccessAsync(c, s, await PostgreSqlDatabase.LockPlanAsync(c, s.PlanId, cancellationToken), cancellationToken);
            if (await c.ExecuteAsync("DELETE FROM devices WHERE id = $1 AND plan_id = $2", [deviceId ?? "", s.PlanId.Value], cancellationToken) == 0)
            {
                return false;
            }
            await _database.Log.AppendAsync(c, Draft(s, AccessAction.DeviceClosed, deviceId == s.DeviceId ? AccessLogWords.ThisDevice : AccessLogWords.OtherDevice),
                now, cancellationToken);
            return true;
        }, cancellationToken);
        if (revoked)
        {
            PostgreSqlStoreLog.DeviceClosed(_logger, s.PlanId.Value);
        }
        return revoked;
    }

    public async Task<CodeChanged?> ChangeCodeAsync(PlanSession session, string currentCode, NewDevice thisDevice, CancellationToken cancellationToken = default)
    {
        var s = Own(session);
        ArgumentNullException.ThrowIfNull(thisDevice);
        var plan = await _database.ReadAsync("change the code", s.PlanId, async c =>
            await RequireAccessAsync(c, s, await PostgreSqlDatabase.FindPlanAsync(c, s.PlanId, cancellationToken), cancellationToken), cancellationToken);
        if (await MatchesAsync(plan, currentCode, cancellationToken) is null)
        {
            await RecordFailureAsync(s.PlanId, AccessLogWords.CodeAsked, cancellationToken);
            return null;
        }
        var code = PersonalCode.Generate(s.PlanId);
        var salt = PlanCrypto.NewSalt();
        var iterations = Options.KdfIterations;
        var codeKey = await Task.Run(() => PlanCrypto.DeriveCodeKey(code, salt, iterations), cancellationToken);
        var credential = DeviceCredential.New(s.PlanId);
        var now = _database.UtcNow();
        var wrapped = PlanCrypto.WrapPlanKey(codeKey, s.PlanKey, s.PlanId);
        var changed = await _database.WriteAsync("change the code", s.PlanId, async c =>
        {
            var current = await RequireAccessAsync(c, s, await PostgreSqlDatabase.LockPlanAsync(c, s.PlanId, cancellationToken), cancellationToken);
            // Someone else changed the code meanwhile: their new code stands.
            if (!current.Verifier.AsSpan().SequenceEqual(plan.Verifier))
            {
                return false;
            }
            await c.ExecuteAsync(
                "UPDATE plans SET salt = $2, iterations = $3, verifier = $4, key_nonce = $5, wrapped_key = $6, updated_utc = $7 WHERE id = $1",
                [s.PlanId.Value, salt, iterations, codeKey.ComputeVerifier(), wrapped.Nonce, wrapped.Ciphertext, now], cancellationToken);
            await c.ExecuteAsync("DELETE FROM devices WHERE plan_id = $1", [s.PlanId.Value], cancellationToken);
            await InsertDeviceAsync(c, NewDeviceRow(credential, s.PlanKey, thisDevice, now), cancellationToken);
            await _database.Log.AppendAsync(c, Draft(s, AccessAction.CodeChanged, null), now, cancellationToken);
            return true;
        }, cancellationToken);
        if (!changed)
        {
            return null;
        }
        PostgreSqlStoreLog.CodeChanged(_logger, s.PlanId.Value);
        return new CodeChanged(code, credential, new PostgreSqlPlanSession(_database, s.PlanId, credential.DeviceId, s.PlanKey, now));
    }
}
