using EigenPlan.Core.Audit;
using EigenPlan.Core.Plans;
using EigenPlan.Core.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EigenPlan.Storage;

/// <summary>
/// <see cref="IPlanStore"/> (contract v2) on a <see cref="LiteDbDatabase"/>. Each read-modify-write (a save, a log append,
/// a delete) runs under the database's write lock as one transaction; a save is stored only when the plan is still at
/// the version the caller expects. Slow key derivation runs outside the lock. LiteDB and disk failures surface as
/// <see cref="StoreUnavailableException"/>. Logs ids only.
/// </summary>
public sealed partial class LiteDbPlanStore : IPlanStore
{
    private readonly LiteDbDatabase _database;
    private readonly ILogger _logger;

    /// <param name="database">The file, shared with the <see cref="LiteDbSharedPlanStore"/>; disposed by its owner, not here.</param>
    /// <param name="logger">Ids only; nothing when null.</param>
    public LiteDbPlanStore(LiteDbDatabase database, ILogger<LiteDbPlanStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _logger = logger ?? NullLogger<LiteDbPlanStore>.Instance;
    }

    private StorageOptions Options => _database.Options;

    public async Task<PlanCreated> CreateAsync(PlanContent content, NewDevice device, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(device);
        var plaintext = PlanContentCodec.Encode(content, _database.Time.GetUtcNow());
        for (var attempt = 0; attempt < 20; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var id = _database.Read("find a free plan id", null, FreeId);
            var code = PersonalCode.Generate(id);
            var salt = PlanCrypto.NewSalt();
            var iterations = Options.KdfIterations;
            var codeKey = await Task.Run(() => PlanCrypto.DeriveCodeKey(code, salt, iterations), cancellationToken);
            var planKey = PlanCrypto.NewPlanKey();
            var now = _database.UtcNow();
            var record = new PlanRecord(id, salt, iterations, codeKey.ComputeVerifier(), PlanCrypto.WrapPlanKey(codeKey, planKey, id),
                PlanCrypto.EncryptContent(planKey, plaintext, id), Version: 1, now, now);
            var credential = DeviceCredential.New(id);
            var session = new LiteDbPlanSession(_database, id, credential.DeviceId, planKey, now);
            var inserted = _database.Write("create", id, () =>
            {
                // Another create may have taken the id while the key was being derived.
                if (_database.Plans.FindById(id.Value) is not null)
                {
                    return false;
                }
                _database.Plans.Insert(record.ToDocument());
                _database.Devices.Insert(NewDeviceRecord(credential, planKey, device, now));
                _database.Log.Append(Draft(session, AccessAction.Created, AccessLogWords.NewPlan), now);
                return true;
            });
            if (inserted)
            {
                StoreLog.Created(_logger, id.Value);
                return new PlanCreated(id, code, credential, session);
            }
        }
        throw new InvalidOperationException("Could not find a free plan id.");
    }

    public Task<StoredPlan> LoadAsync(PlanSession session, CancellationToken cancellationToken = default)
    {
        var s = Own(session);
        cancellationToken.ThrowIfCancellationRequested();
        var record = _database.Read("load", s.PlanId, () => _database.RequireAccess(s, _database.UtcNow()));
        return Task.FromResult(new StoredPlan(Decrypt(s, record), record.Version));
    }

    public Task<SaveResult> SaveAsync(PlanSession session, PlanContent content, long expectedVersion, CancellationToken cancellationToken = default)
    {
        var s = Own(session);
        ArgumentNullException.ThrowIfNull(content);
        var box = PlanCrypto.EncryptContent(s.PlanKey, PlanContentCodec.Encode(content, _database.Time.GetUtcNow()), s.PlanId);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_database.Write("save", s.PlanId, SaveResult () =>
        {
            var now = _database.UtcNow();
            var record = _database.RequireAccess(s, now);
            if (record.Version != expectedVersion)
            {
                return new SaveResult.Conflict(Decrypt(s, record), record.Version);
            }
            var saved = record with { Content = box, Version = record.Version + 1, UpdatedUtc = now };
            _database.Plans.Update(saved.ToDocument());
            _database.Log.AppendSaved(Draft(s, AccessAction.Saved, null), now, Options.SaveLogInterval);
            return new SaveResult.Saved(saved.Version);
        }));
    }

    public Task DeleteAsync(PlanSession session, CancellationToken cancellationToken = default)
    {
        var s = Own(session);
        cancellationToken.ThrowIfCancellationRequested();
        var deleted = _database.Write("delete", s.PlanId, () =>
        {
            if (_database.FindPlan(s.PlanId) is null)
            {
                return false;
            }
            var now = _database.UtcNow();
            _database.RequireAccess(s, now);
            _database.Plans.Update(PlanRecord.Tombstone(s.PlanId, now));
            _database.Log.ReplaceWithTombstone(Draft(s, AccessAction.Deleted, null), now);
            // The devices, the shared plan and every invitation's key copies go with it, in the same transaction.
            _database.DeletePlanDependents(s.PlanId);
            return true;
        });
        if (deleted)
        {
            StoreLog.Deleted(_logger, s.PlanId.Value);
        }
        return Task.CompletedTask;
    }

    public Task RecordAsync(PlanSession session, AccessAction action, CancellationToken cancellationToken = default)
    {
        var s = Own(session);
        AccessLogWords.RequireRecordableFromOutside(action);
        _database.Write("record an access", s.PlanId, () =>
        {
            var now = _database.UtcNow();
            _database.RequireAccess(s, now);
            _database.Log.Append(Draft(s, action, null), now);
        });
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    /// <remarks>A deleted plan's log (its tombstone) can still be read with the session that deleted it.</remarks>
    public Task<IReadOnlyList<AccessLogEntry>> ReadAccessLogAsync(PlanSession session, DateTime? fromUtc = null, DateTime? toUtc = null,
        CancellationToken cancellationToken = default)
    {
        var s = RequireAccessUnlessDeleted(session);
        return Task.FromResult(_database.ReadAccessLog(s.PlanId, fromUtc, toUtc));
    }

    public Task<ChainVerification> VerifyAccessLogAsync(PlanSession session, CancellationToken cancellationToken = default)
    {
        var s = RequireAccessUnlessDeleted(session);
        return Task.FromResult(_database.VerifyAccessLog(s.PlanId));
    }

    private LiteDbPlanSession RequireAccessUnlessDeleted(PlanSession session)
    {
        var s = Own(session);
        _database.Read("check access", s.PlanId, () => _database.FindPlan(s.PlanId) is null ? null : _database.RequireAccess(s, _database.UtcNow()));
        return s;
    }

    private PlanRecord? Find(string what, PlanId id) => _database.Read(what, id, () => _database.FindPlan(id));

    /// <summary>A random id in use by no plan, live or deleted (tombstones keep ids from coming back).</summary>
    private PlanId FreeId()
    {
        for (var i = 0; i < 1000; i++)
        {
            var id = PlanId.Generate();
            if (_database.Plans.FindById(id.Value) is null)
            {
                return id;
            }
        }
        throw new InvalidOperationException("The plan id space is nearly full.");
    }

    private static PlanContent Decrypt(LiteDbPlanSession s, PlanRecord record) =>
        PlanContentCodec.Decode(PlanCrypto.DecryptContent(s.PlanKey, record.Content, s.PlanId)
            ?? throw new InvalidDataException($"Plan {s.PlanId} could not be decrypted: the stored bytes were changed."));

    private static DeviceRecord NewDeviceRecord(DeviceCredential credential, byte[] planKey, NewDevice device, DateTime now) =>
        new(credential.DeviceId, credential.PlanId, DeviceCrypto.ComputeVerifier(credential), DeviceCrypto.WrapPlanKey(credential, planKey),
            DeviceCrypto.SealLabel(planKey, credential.PlanId, credential.DeviceId, device.Label), device.Shared, now, now,
            DeviceLifetime.ExpiresAt(device.Shared, now));

    private LiteDbPlanSession Own(PlanSession session) => _database.Own<LiteDbPlanSession>(session);

    private static AccessLogDraft Draft(PlanSession s, AccessAction action, string? hint) =>
        new(s.PlanId.Value, action, s.Actor, s.Role, hint, s.SessionId);
}
