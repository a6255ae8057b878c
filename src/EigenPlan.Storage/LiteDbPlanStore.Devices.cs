using EigenPlan.Core.Audit;
using EigenPlan.Core.Plans;
using EigenPlan.Core.Security;

namespace EigenPlan.Storage;

// The plan's devices: list, close one, and a new code (which closes them all).
public sealed partial class LiteDbPlanStore
{
    public Task<IReadOnlyList<DeviceInfo>> ListDevicesAsync(PlanSession session, CancellationToken cancellationToken = default)
    {
        var s = Own(session);
        var devices = _database.Read("list devices", s.PlanId, () =>
        {
            var now = _database.UtcNow();
            _database.RequireAccess(s, now);
            return _database.Devices.Working(s.PlanId, now);
        });
        IReadOnlyList<DeviceInfo> list = devices
            .Select(d => new DeviceInfo(d.Id, DeviceCrypto.OpenLabel(s.PlanKey, s.PlanId, d.Id, d.Label) ?? NewDevice.UnknownLabel,
                d.CreatedUtc, d.LastUsedUtc, d.ExpiresUtc, d.Shared, d.Id == s.DeviceId))
            .ToList();
        return Task.FromResult(list);
    }

    public Task<bool> RevokeDeviceAsync(PlanSession session, string deviceId, CancellationToken cancellationToken = default)
    {
        var s = Own(session);
        var revoked = _database.Write("close a device", s.PlanId, () =>
        {
            var now = _database.UtcNow();
            _database.RequireAccess(s, now);
            if (_database.Devices.Find(deviceId ?? "") is not { } device || device.PlanId != s.PlanId)
            {
                return false;
            }
            _database.Devices.Delete(device.Id);
            _database.Log.Append(Draft(s, AccessAction.DeviceClosed, device.Id == s.DeviceId ? AccessLogWords.ThisDevice : AccessLogWords.OtherDevice), now);
            return true;
        });
        if (revoked)
        {
            StoreLog.DeviceClosed(_logger, s.PlanId.Value);
        }
        return Task.FromResult(revoked);
    }

    public async Task<CodeChanged?> ChangeCodeAsync(PlanSession session, string currentCode, NewDevice thisDevice, CancellationToken cancellationToken = default)
    {
        var s = Own(session);
        ArgumentNullException.ThrowIfNull(thisDevice);
        var record = _database.Read("change the code", s.PlanId, () => _database.RequireAccess(s, _database.UtcNow()));
        if (await MatchesAsync(record, currentCode, cancellationToken) is null)
        {
            RecordFailure(s.PlanId, CodeAsked);
            return null;
        }
        var code = PersonalCode.Generate(s.PlanId);
        var salt = PlanCrypto.NewSalt();
        var iterations = Options.KdfIterations;
        var codeKey = await Task.Run(() => PlanCrypto.DeriveCodeKey(code, salt, iterations), cancellationToken);
        var credential = DeviceCredential.New(s.PlanId);
        var now = _database.UtcNow();
        var changed = _database.Write("change the code", s.PlanId, () =>
        {
            var current = _database.RequireAccess(s, now);
            // Someone else changed the code meanwhile: their new code stands.
            if (!current.Verifier.AsSpan().SequenceEqual(record.Verifier))
            {
                return false;
            }
            _database.Plans.Update((current with
            {
                Salt = salt,
                Iterations = iterations,
                Verifier = codeKey.ComputeVerifier(),
                WrappedKey = PlanCrypto.WrapPlanKey(codeKey, s.PlanKey, s.PlanId),
                UpdatedUtc = now,
            }).ToDocument());
            _database.Devices.DeleteForPlan(s.PlanId);
            _database.Devices.Insert(NewDeviceRecord(credential, s.PlanKey, thisDevice, now));
            _database.Log.Append(Draft(s, AccessAction.CodeChanged, null), now);
            return true;
        });
        if (!changed)
        {
            return null;
        }
        StoreLog.CodeChanged(_logger, s.PlanId.Value);
        return new CodeChanged(code, credential, new LiteDbPlanSession(_database, s.PlanId, credential.DeviceId, s.PlanKey, now));
    }
}
