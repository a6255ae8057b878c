using EigenPlan.Core.Audit;
using EigenPlan.Core.Plans;
using EigenPlan.Core.Security;

namespace EigenPlan.Storage;

// Opening a plan: with a typed code (slow derivation; a new device is registered) or with a device's own credential.
// Nothing here counts attempts: the web layer limits per client before any derivation, so no one can lock an owner out.
public sealed partial class LiteDbPlanStore
{
    private const string ByCode = AccessLogWords.ByCode;
    private const string ByDevice = AccessLogWords.ByDevice;
    private const string CodeAsked = AccessLogWords.CodeAsked;
    private const string FailedActor = AccessLogWords.FailedCodeActor;
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
        var record = Find("open", id);
        var salt = record?.Salt ?? DecoySalt;
        var iterations = record?.Iterations ?? Options.KdfIterations;
        var codeKey = await Task.Run(() => PlanCrypto.DeriveCodeKey(code, salt, iterations), cancellationToken);
        if (record is not null && codeKey.Matches(record.Verifier) && PlanCrypto.UnwrapPlanKey(codeKey, record.WrappedKey, id) is { } planKey)
        {
            var now = _database.UtcNow();
            var credential = DeviceCredential.New(id);
            var session = new LiteDbPlanSession(_database, id, credential.DeviceId, planKey, now);
            var registered = _database.Write("open", id, () =>
            {
                // The code may have been changed (or the plan deleted) while the key was being derived.
                if (_database.FindPlan(id) is not { } current || !current.Verifier.AsSpan().SequenceEqual(record.Verifier))
                {
                    return false;
                }
                _database.Devices.DeleteExpired(id, now);
                _database.Devices.Insert(NewDeviceRecord(credential, planKey, device, now));
                _database.Log.Append(Draft(session, AccessAction.Opened, ByCode), now);
                return true;
            });
            if (registered)
            {
                StoreLog.Opened(_logger, id.Value, "with code");
                return new PlanOpenResult.Opened(session, credential);
            }
        }
        RecordFailure(record is null ? null : id, ByCode);
        return new PlanOpenResult.WrongCode();
    }

    public Task<PlanSession?> OpenWithDeviceAsync(DeviceCredential device, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(device);
        var id = device.PlanId;
        var now = _database.UtcNow();
        var stored = _database.Read("open", id, () => _database.Devices.Find(device.DeviceId));
        // A forged, closed or expired credential opens nothing and is not written down: it costs its sender only.
        if (stored is null || stored.PlanId != id || stored.ExpiresUtc <= now || !DeviceCrypto.Matches(device, stored.Verifier)
            || DeviceCrypto.UnwrapPlanKey(device, stored.WrappedKey) is not { } planKey)
        {
            return Task.FromResult<PlanSession?>(null);
        }
        var session = new LiteDbPlanSession(_database, id, device.DeviceId, planKey, now);
        var opened = _database.Write("open", id, () =>
        {
            if (_database.FindPlan(id) is null || _database.Devices.Find(device.DeviceId) is not { } current || current.ExpiresUtc <= now)
            {
                return false;
            }
            if (DeviceLifetime.ShouldTouch(current.LastUsedUtc, now))
            {
                _database.Devices.Update(current with { LastUsedUtc = now, ExpiresUtc = DeviceLifetime.Renewed(current.Shared, current.ExpiresUtc, now) });
            }
            _database.Log.Append(Draft(session, AccessAction.Opened, ByDevice), now);
            return true;
        });
        if (!opened)
        {
            return Task.FromResult<PlanSession?>(null);
        }
        StoreLog.Opened(_logger, id.Value, "with device");
        return Task.FromResult<PlanSession?>(session);
    }

    public async Task<bool> CheckCodeAsync(PlanSession session, string typedCode, CancellationToken cancellationToken = default)
    {
        var s = Own(session);
        var record = _database.Read("check the code", s.PlanId, () => _database.RequireAccess(s, _database.UtcNow()));
        if (await MatchesAsync(record, typedCode, cancellationToken) is not null)
        {
            return true;
        }
        RecordFailure(s.PlanId, CodeAsked);
        return false;
    }

    /// <summary>The code key when <paramref name="typedCode"/> is the code of <paramref name="record"/>; null otherwise.</summary>
    private static async Task<CodeKey?> MatchesAsync(PlanRecord record, string typedCode, CancellationToken cancellationToken)
    {
        if (PersonalCode.Parse(typedCode).Code is not { } code || code.PlanId != record.Id)
        {
            return null;
        }
        var codeKey = await Task.Run(() => PlanCrypto.DeriveCodeKey(code, record.Salt, record.Iterations), cancellationToken);
        return codeKey.Matches(record.Verifier) ? codeKey : null;
    }

    private void RecordFailure(PlanId? id, string how)
    {
        if (id is not { } known)
        {
            return;
        }
        _database.Write("record a failed open", known, () =>
        {
            if (_database.FindPlan(known) is not null)
            {
                _database.Log.Append(new AccessLogDraft(known.Value, AccessAction.OpenFailed, FailedActor, AccessRole.Unknown, how), _database.UtcNow());
            }
        });
        StoreLog.OpenFailed(_logger, known.Value);
    }
}
