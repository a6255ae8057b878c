using EigenPlan.Core.Audit;
using EigenPlan.Core.Plans;
using EigenPlan.Core.Security;

namespace EigenPlan.Storage;

// Opening a plan: with a typed code (slow derivation, rate limited) or with a browser's device key.
public sealed partial class LiteDbPlanStore
{
    private const string ByCode = "met code";
    private const string ByDevice = "met apparaat-sleutel";
    private const string FailedActor = "iemand met een code die niet klopt";
    // For an unknown id the same derivation runs on this salt, so the answer takes as long as for a wrong secret.
    private static readonly byte[] DecoySalt = PlanCrypto.NewSalt();

    public async Task<PlanOpenResult> OpenWithCodeAsync(string typedCode, string clientId, CancellationToken cancellationToken = default)
    {
        var parsed = PersonalCode.Parse(typedCode);
        if (parsed.Code is not { } code)
        {
            return new PlanOpenResult.Malformed(parsed.Message!);
        }
        var id = code.PlanId;
        if (_limiter.TryBegin(id.Value, clientId ?? "") is { } wait)
        {
            return new PlanOpenResult.RateLimited(wait);
        }
        var record = Find("open", id);
        var salt = record?.Salt ?? DecoySalt;
        var iterations = record?.Iterations ?? Options.KdfIterations;
        var deviceKey = await Task.Run(() => PlanCrypto.DeriveDeviceKey(code, salt, iterations), cancellationToken);
        var session = record is null ? null : TryOpen(record, deviceKey, ByCode);
        if (session is null)
        {
            RecordFailure(record is null ? null : id, ByCode);
            return new PlanOpenResult.WrongCode();
        }
        _limiter.Succeeded(id.Value, clientId ?? "");
        return new PlanOpenResult.Opened(session, deviceKey);
    }

    public Task<PlanSession?> OpenWithDeviceKeyAsync(string planId, string deviceKey, CancellationToken cancellationToken = default)
    {
        if (!PlanId.TryParse(planId, out var id) || Find("open", id) is not { } record)
        {
            return Task.FromResult<PlanSession?>(null);
        }
        // A forged cookie is no realistic guess (512 bits), but it counts against the plan so it cannot flood the log.
        if (_limiter.TryBegin(id.Value, null) is not null)
        {
            return Task.FromResult<PlanSession?>(null);
        }
        PlanSession? session = DeviceKey.TryParse(deviceKey, out var key) ? TryOpen(record, key!, ByDevice) : null;
        if (session is null)
        {
            RecordFailure(id, ByDevice);
        }
        else
        {
            _limiter.Succeeded(id.Value, null);
        }
        return Task.FromResult(session);
    }

    /// <summary>Verifier first (cheap, constant time), then the unwrap; logs the open on success.</summary>
    private LiteDbPlanSession? TryOpen(PlanRecord record, DeviceKey deviceKey, string how)
    {
        if (!deviceKey.Matches(record.Verifier) || PlanCrypto.UnwrapPlanKey(deviceKey, record.WrappedKey, record.Id) is not { } planKey)
        {
            return null;
        }
        var now = _database.UtcNow();
        var session = new LiteDbPlanSession(_database, record.Id, planKey, deviceKey, AccessRole.Owner, OwnerActor, now);
        var logged = _database.Write("open", record.Id, () =>
        {
            if (_database.FindPlan(record.Id) is null)
            {
                return false;
            }
            _database.Log.Append(Draft(session, AccessAction.Opened, how), now);
            return true;
        });
        if (!logged)
        {
            return null;
        }
        StoreLog.Opened(_logger, record.Id.Value, how == ByCode ? "with code" : "with device key");
        return session;
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
