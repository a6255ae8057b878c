using EigenPlan.Core.Audit;
using EigenPlan.Core.Plans;
using EigenPlan.Core.Security;
using EigenPlan.Storage.Transfer;

namespace EigenPlan.Storage.PostgreSql;

// Opening a plan: with a typed code (slow derivation; a new device is registered) or with a device's own credential.
// Nothing here counts attempts: the web layer limits per client before any derivation, so no one can lock an owner out.
public sealed partial class PostgreSqlPlanStore
{
    // For an unknown id the same derivation runs on this salt, so the answer takes as long as for a wrong secret.
    private static readonly byte[] DecoySalt = PlanCrypto.NewSalt();

    public async Task<PlanOpenResult> OpenWithCodeAsync(string typedCode, NewDevice device, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(device);
        var parsed = PersonalCode.Parse(typedCode);
        if (parsed.Code is not { } code)
        {
            return new PlanOpenResult.Malformed(parsed.Message!);
        }
        var id = code.PlanId;
        var plan = await FindAsync("open", id, cancellationToken);
        var salt = plan?.Salt ?? DecoySalt;
        var iterations = plan?.Iterations ?? Options.KdfIterations;
        var codeKey = await Task.Run(() => PlanCrypto.DeriveCodeKey(code, salt, iterations), cancellationToken);
        if (plan is not null && codeKey.Matches(plan.Verifier) && PlanCrypto.UnwrapPlanKey(codeKey, plan.WrappedKey, id) is { } planKey)
        {
            var now = _database.UtcNow();
            var credential = DeviceCredential.New(id);
            var session = new PostgreSqlPlanSession(_database, id, credential.DeviceId, planKey, now);
            var registered = await _database.WriteAsync("open", id, async c =>
            {
                // The code may have been changed (or the plan deleted) while the key was being derived.
                if (await PostgreSqlDatabase.LockPlanAsync(c, id, cancellationToken) is not { } current || !current.Verifier.AsSpan().SequenceEqual(plan.Verifier))
                {
                    return false;
                }
                await c.ExecuteAsync("DELETE FROM devices WHERE plan_id = $1 AND expires_utc <= $2", [id.Value, now], cancellationToken);
                await InsertDeviceAsync(c, NewDeviceRow(credential, planKey, device, now), cancellationToken);
                await _database.Log.AppendAsync(c, Draft(session, AccessAction.Opened, AccessLogWords.ByCode), now, cancellationToken);
                return true;
            }, cancellationToken);
            if (registered)
            {
                PostgreSqlStoreLog.Opened(_logger, id.Value, "with code");
                return new PlanOpenResult.Opened(session, credential);
            }
        }
        await RecordFailureAsync(plan is null ? null : id, AccessLogWords.ByCode, cancellationToken);
        return new PlanOpenResult.WrongCode();
    }

    public async Task<PlanSession?> OpenWithDeviceAsync(DeviceCredential device, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(device);
        var id = device.PlanId;
        var now = _database.UtcNow();
        var stored = await _database.ReadAsync("open", id, c => FindDeviceAsync(c, device.DeviceId, cancellationToken), cancellationToken);
        // A forged, closed or expired credential opens nothing and is not written down: it costs its sender only.
        if (stored is null || stored.PlanId != id || stored.ExpiresUtc <= now || !DeviceCrypto.Matches(device, stored.Verifier)
            || DeviceCrypto.UnwrapPlanKey(device, stored.WrappedKey) is not { } planKey)
        {
            return null;
        }
        var session = new PostgreSqlPlanSession(_database, id, device.DeviceId, planKey, now);
        var opened = await _database.WriteAsync("open", id, async c =>
        {
            if (await PostgreSqlDatabase.LockPlanAsync(c, id, cancellationToken) is null
                || await FindDeviceAsync(c, device.DeviceId, cancellationToken) is not { } current || current.PlanId != id || current.ExpiresUtc <= now)
            {
                return false;
            }
            if (DeviceLifetime.ShouldTouch(current.LastUsedUtc, now))
            {
                await c.ExecuteAsync("UPDATE devices SET last_used_utc = $2, expires_utc = $3 WHERE id = $1",
                    [current.Id, now, DeviceLifetime.Renewed(current.Shared, current.ExpiresUtc, now)], cancellationToken);
            }
            await _database.Log.AppendAsync(c, Draft(session, AccessAction.Opened, AccessLogWords.ByDevice), now, cancellationToken);
            return true;
        }, cancellationToken);
        if (!opened)
        {
            return null;
        }
        PostgreSqlStoreLog.Opened(_logger, id.Value, "with device");
        return session;
    }

    public async Task<bool> CheckCodeAsync(PlanSession session, string typedCode, CancellationToken cancellationToken = default)
    {
        var s = Own(session);
        var plan = await _database.ReadAsync("check the code", s.PlanId, async c =>
            await RequireAccessAsync(c, s, await PostgreSqlDatabase.FindPlanAsync(c, s.PlanId, cancellationToken), cancellationToken), cancellationToken);
        if (await MatchesAsync(plan, typedCode, cancellationToken) is not null)
        {
            return true;
        }
        await RecordFailureAsync(s.PlanId, AccessLogWords.CodeAsked, cancellationToken);
        return false;
    }

    /// <summary>The code key when <paramref name="typedCode"/> is the code of <paramref name="plan"/>; null otherwise.</summary>
    private static async Task<CodeKey?> MatchesAsync(PlanRow plan, string typedCode, CancellationToken cancellationToken)
    {
        if (PersonalCode.Parse(typedCode).Code is not { } code || code.PlanId != plan.Id)
        {
            return null;
        }
        var codeKey = await Task.Run(() => PlanCrypto.DeriveCodeKey(code, plan.Salt, plan.Iterations), cancellationToken);
        return codeKey.Matches(plan.Verifier) ? codeKey : null;
    }

    private Task<PlanRow?> FindAsync(string what, PlanId id, CancellationToken cancellationToken) =>
        _database.ReadAsync(what, id, c => PostgreSqlDatabase.FindPlanAsync(c, id, cancellationToken), cancellationToken);

    private static Task<DeviceRow?> FindDeviceAsync(Npgsql.NpgsqlConnection c, string deviceId, CancellationToken cancellationToken) =>
        c.FirstOrDefaultAsync($"SELECT {Rows.DeviceColumns} FROM devices WHERE id = $1", [deviceId], Rows.Device, cancellationToken);

    private async Task RecordFailureAsync(PlanId? id, string how, CancellationToken cancellationToken)
    {
        if (id is not { } known)
        {
            return;
        }
        await _database.WriteAsync("record a failed open", known, async c =>
        {
            if (await PostgreSqlDatabase.LockPlanAsync(c, known, cancellationToken) is not null)
            {
                await _database.Log.AppendAsync(c, new AccessLogDraft(known.Value, AccessAction.OpenFailed, AccessLogWords.FailedCodeActor, AccessRole.Unknown, how),
                    _database.UtcNow(), cancellationToken);
            }
        }, cancellationToken);
        PostgreSqlStoreLog.OpenFailed(_logger, known.Value);
    }
}
