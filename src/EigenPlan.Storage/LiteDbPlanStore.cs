using EigenPlan.Core.Audit;
using EigenPlan.Core.Plans;
using EigenPlan.Core.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EigenPlan.Storage;

/// <summary>
/// <see cref="IPlanStore"/> on a <see cref="LiteDbDatabase"/>. Each read-modify-write (a save, a log append, a delete)
/// runs under the database's write lock, so concurrent saves of one plan end with the last one, never with a mix. Slow
/// key derivation runs outside the lock. LiteDB and disk failures surface as <see cref="StoreUnavailableException"/>.
/// Logs ids only.
/// </summary>
public sealed partial class LiteDbPlanStore : IPlanStore
{
    private const string OwnerActor = LiteDbPlanSession.OwnerActor;
    private readonly LiteDbDatabase _database;
    private readonly ILogger _logger;
    private readonly OpenAttemptLimiter _limiter;

    /// <param name="database">The file, shared with the <see cref="LiteDbSharedPlanStore"/>; disposed by its owner, not here.</param>
    /// <param name="logger">Ids only; nothing when null.</param>
    public LiteDbPlanStore(LiteDbDatabase database, ILogger<LiteDbPlanStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _logger = logger ?? NullLogger<LiteDbPlanStore>.Instance;
        _limiter = new OpenAttemptLimiter(database.Time, database.Options.MaxFailedOpens, database.Options.FailureWindow);
    }

    private StorageOptions Options => _database.Options;

    public async Task<PlanCreated> CreateAsync(PlanContent content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var plaintext = PlanContentCodec.Encode(content, _database.Time.GetUtcNow());
        for (var attempt = 0; attempt < 20; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var code = _database.Read("find a free plan id", null, NewCodeWithFreeId);
            var salt = PlanCrypto.NewSalt();
            var iterations = Options.KdfIterations;
            var deviceKey = await Task.Run(() => PlanCrypto.DeriveDeviceKey(code, salt, iterations), cancellationToken);
            var planKey = PlanCrypto.NewPlanKey();
            var now = _database.UtcNow();
            var record = new PlanRecord(code.PlanId, salt, iterations, deviceKey.ComputeVerifier(),
                PlanCrypto.WrapPlanKey(deviceKey, planKey, code.PlanId), PlanCrypto.EncryptContent(planKey, plaintext, code.PlanId),
                PlanCrypto.WrapCode(deviceKey, code, code.PlanId), now, now);
            var session = new LiteDbPlanSession(_database, code.PlanId, planKey, deviceKey, AccessRole.Owner, OwnerActor, now);
            var inserted = _database.Write("create", code.PlanId, () =>
            {
                // Another create may have taken the id while the key was being derived.
                if (_database.Plans.FindById(code.PlanId.Value) is not null)
                {
                    return false;
                }
                _database.Plans.Insert(record.ToDocument());
                _database.Log.Append(Draft(session, AccessAction.Created, "nieuw plan"), now);
                return true;
            });
            if (inserted)
            {
                StoreLog.Created(_logger, code.PlanId.Value);
                return new PlanCreated(code.PlanId, code, deviceKey, session);
            }
        }
        throw new InvalidOperationException("Could not find a free plan id.");
    }

    /// <inheritdoc/>
    /// <remarks>For the owner, <see cref="PlanContent.PersonalCode"/> is filled from the code sealed under the owner key.</remarks>
    public Task<PlanContent> LoadAsync(PlanSession session, CancellationToken cancellationToken = default)
    {
        var s = Own(session);
        cancellationToken.ThrowIfCancellationRequested();
        var record = Find("load", s.PlanId) ?? throw new PlanNotFoundException(s.PlanId);
        var plaintext = PlanCrypto.DecryptContent(s.PlanKey, record.Content, s.PlanId)
            ?? throw new InvalidDataException($"Plan {s.PlanId} could not be decrypted: the stored bytes were changed.");
        var content = PlanContentCodec.Decode(plaintext);
        content.PersonalCode = s.Owner is { } owner && record.Code is { } box ? PlanCrypto.UnwrapCode(owner, box, s.PlanId)?.ToString() : null;
        return Task.FromResult(content);
    }

    /// <inheritdoc/>
    /// <remarks><see cref="PlanContent.PersonalCode"/> is not part of the saved content (the code is kept apart, see <see cref="LoadAsync"/>).</remarks>
    public Task SaveAsync(PlanSession session, PlanContent content, CancellationToken cancellationToken = default)
    {
        var s = Own(session);
        ArgumentNullException.ThrowIfNull(content);
        var box = PlanCrypto.EncryptContent(s.PlanKey, PlanContentCodec.Encode(content, _database.Time.GetUtcNow()), s.PlanId);
        cancellationToken.ThrowIfCancellationRequested();
        _database.Write("save", s.PlanId, () =>
        {
            var record = _database.FindPlan(s.PlanId) ?? throw new PlanNotFoundException(s.PlanId);
            var now = _database.UtcNow();
            _database.Plans.Update((record with { Content = box, UpdatedUtc = now }).ToDocument());
            _database.Log.AppendSaved(Draft(s, AccessAction.Saved, null), now, Options.SaveLogInterval);
        });
        return Task.CompletedTask;
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
            _database.InTransaction(() =>
            {
                _database.Plans.Update(PlanRecord.Tombstone(s.PlanId, now));
                _database.Log.ReplaceWithTombstone(Draft(s, AccessAction.Deleted, null), now);
                // The shared plan and every invitation's key copy go with it, in the same transaction.
                _database.DeletePlanDependents(s.PlanId);
            });
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
        AccessLogCollection.RequireRecordableFromOutside(action);
        _database.Write("record an access", s.PlanId, () =>
        {
            _ = _database.FindPlan(s.PlanId) ?? throw new PlanNotFoundException(s.PlanId);
            _database.Log.Append(Draft(s, action, null), _database.UtcNow());
        });
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AccessLogEntry>> ReadAccessLogAsync(PlanSession session, DateTime? fromUtc = null, DateTime? toUtc = null,
        CancellationToken cancellationToken = default) =>
        Task.FromResult(_database.ReadAccessLog(Own(session).PlanId, fromUtc, toUtc));

    public Task<ChainVerification> VerifyAccessLogAsync(PlanSession session, CancellationToken cancellationToken = default) =>
        Task.FromResult(AccessLogChain.Verify(_database.ReadAccessLog(Own(session).PlanId)));

    private PlanRecord? Find(string what, PlanId id) => _database.Read(what, id, () => _database.FindPlan(id));

    /// <summary>A code whose public part is in use by no plan, live or deleted (tombstones keep ids from coming back).</summary>
    private PersonalCode NewCodeWithFreeId()
    {
        for (var i = 0; i < 1000; i++)
        {
            var code = PersonalCode.Generate();
            if (_database.Plans.FindById(code.PlanId.Value) is null)
            {
                return code;
            }
        }
        throw new InvalidOperationException("The plan id space is nearly full.");
    }

    private LiteDbPlanSession Own(PlanSession session) => _database.Own<LiteDbPlanSession>(session);

    private static AccessLogDraft Draft(PlanSession s, AccessAction action, string? hint) =>
        new(s.PlanId.Value, action, s.Actor, s.Role, hint, s.SessionId);
}
