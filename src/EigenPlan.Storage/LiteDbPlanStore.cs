using EigenPlan.Core.Audit;
using EigenPlan.Core.Plans;
using EigenPlan.Core.Security;
using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EigenPlan.Storage;

/// <summary>
/// <see cref="IPlanStore"/> on one LiteDB file. One shared <see cref="LiteDatabase"/> (thread-safe); a single write
/// lock makes each read-modify-write (a save, a log append, a delete) atomic, so concurrent saves of one plan end with
/// the last one, never with a mix. Slow key derivation runs outside the lock. Logs ids only.
/// </summary>
public sealed partial class LiteDbPlanStore : IPlanStore, IDisposable
{
    private const string OwnerActor = "eigenaar";
    private readonly LiteDatabase _db;
    private readonly ILiteCollection<BsonDocument> _plans;
    private readonly AccessLogCollection _log;
    private readonly StorageOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly OpenAttemptLimiter _limiter;
    private readonly Lock _write = new();

    /// <param name="options">Settings; <see cref="StorageOptions.DatabasePath"/> must already be absolute or relative to the current directory.</param>
    /// <param name="time">Clock for rate limits and log times; the system clock when null.</param>
    /// <param name="logger">Ids only; nothing when null.</param>
    public LiteDbPlanStore(StorageOptions options, TimeProvider? time = null, ILogger<LiteDbPlanStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }
        _options = options;
        _time = time ?? TimeProvider.System;
        _logger = logger ?? NullLogger<LiteDbPlanStore>.Instance;
        _limiter = new OpenAttemptLimiter(_time, options.MaxFailedOpens, options.FailureWindow);
        var path = Path.GetFullPath(options.DatabasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        _db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });
        _plans = _db.GetCollection(PlanRecord.CollectionName);
        _log = new AccessLogCollection(_db);
    }

    public async Task<PlanCreated> CreateAsync(PlanContent content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var plaintext = PlanContentCodec.Encode(content, _time.GetUtcNow());
        for (var attempt = 0; attempt < 20; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var code = NewCodeWithFreeId();
            var salt = PlanCrypto.NewSalt();
            var iterations = _options.KdfIterations;
            var deviceKey = await Task.Run(() => PlanCrypto.DeriveDeviceKey(code, salt, iterations), cancellationToken);
            var planKey = PlanCrypto.NewPlanKey();
            var now = UtcNow();
            var record = new PlanRecord(code.PlanId, salt, iterations, deviceKey.ComputeVerifier(),
                PlanCrypto.WrapPlanKey(deviceKey, planKey, code.PlanId), PlanCrypto.EncryptContent(planKey, plaintext, code.PlanId),
                PlanCrypto.WrapCode(deviceKey, code, code.PlanId), now, now);
            var session = new LiteDbPlanSession(this, code.PlanId, planKey, deviceKey, AccessRole.Owner, OwnerActor, now);
            lock (_write)
            {
                // Another create may have taken the id while the key was being derived.
                if (_plans.FindById(code.PlanId.Value) is not null)
                {
                    continue;
                }
                _plans.Insert(record.ToDocument());
                _log.Append(Draft(session, AccessAction.Created, "nieuw plan"), now);
            }
            StoreLog.Created(_logger, code.PlanId.Value);
            return new PlanCreated(code.PlanId, code, deviceKey, session);
        }
        throw new InvalidOperationException("Could not find a free plan id.");
    }

    /// <inheritdoc/>
    /// <remarks>For the owner, <see cref="PlanContent.PersonalCode"/> is filled from the code sealed under the owner key.</remarks>
    public Task<PlanContent> LoadAsync(PlanSession session, CancellationToken cancellationToken = default)
    {
        var s = Own(session);
        cancellationToken.ThrowIfCancellationRequested();
        var record = Find(s.PlanId) ?? throw new PlanNotFoundException(s.PlanId);
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
        var box = PlanCrypto.EncryptContent(s.PlanKey, PlanContentCodec.Encode(content, _time.GetUtcNow()), s.PlanId);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_write)
        {
            var record = Find(s.PlanId) ?? throw new PlanNotFoundException(s.PlanId);
            var now = UtcNow();
            _plans.Update((record with { Content = box, UpdatedUtc = now }).ToDocument());
            _log.AppendSaved(Draft(s, AccessAction.Saved, null), now, _options.SaveLogInterval);
        }
        return Task.CompletedTask;
    }

    public Task DeleteAsync(PlanSession session, CancellationToken cancellationToken = default)
    {
        var s = Own(session);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_write)
        {
            if (Find(s.PlanId) is null)
            {
                return Task.CompletedTask;
            }
            var now = UtcNow();
            _db.BeginTrans();
            try
            {
                _plans.Update(PlanRecord.Tombstone(s.PlanId, now));
                _log.ReplaceWithTombstone(Draft(s, AccessAction.Deleted, null), now);
                // The shared plan and every invitation's key copy go with it (SharedPlans/LiteDbPlanStore.SharedPlans.cs).
                DeleteSharedPlanData(s.PlanId);
                _db.Commit();
            }
            catch
            {
                _db.Rollback();
                throw;
            }
            // Move the change out of the write-ahead log into the data file now.
            _db.Checkpoint();
        }
        StoreLog.Deleted(_logger, s.PlanId.Value);
        return Task.CompletedTask;
    }

    public Task RecordAsync(PlanSession session, AccessAction action, CancellationToken cancellationToken = default)
    {
        var s = Own(session);
        if (action is not (AccessAction.Exported or AccessAction.Printed))
        {
            throw new ArgumentException("Only Exported and Printed are recorded from outside; the store records the rest itself.", nameof(action));
        }
        lock (_write)
        {
            _ = Find(s.PlanId) ?? throw new PlanNotFoundException(s.PlanId);
            _log.Append(Draft(s, action, null), UtcNow());
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AccessLogEntry>> ReadAccessLogAsync(PlanSession session, DateTime? fromUtc = null, DateTime? toUtc = null,
        CancellationToken cancellationToken = default)
    {
        var s = Own(session);
        var from = fromUtc?.ToUniversalTime() ?? DateTime.MinValue;
        var to = toUtc?.ToUniversalTime() ?? DateTime.MaxValue;
        IReadOnlyList<AccessLogEntry> entries = _log.ForPlan(s.PlanId.Value).Where(e => e.TimeUtc >= from && e.TimeUtc <= to).ToList();
        return Task.FromResult(entries);
    }

    public Task<ChainVerification> VerifyAccessLogAsync(PlanSession session, CancellationToken cancellationToken = default) =>
        Task.FromResult(AccessLogChain.Verify(_log.ForPlan(Own(session).PlanId.Value)));

    public void Dispose() => _db.Dispose();

    private PlanRecord? Find(PlanId id) => PlanRecord.FromDocument(_plans.FindById(id.Value));

    /// <summary>A code whose public part is in use by no plan, live or deleted (tombstones keep ids from coming back).</summary>
    private PersonalCode NewCodeWithFreeId()
    {
        for (var i = 0; i < 1000; i++)
        {
            var code = PersonalCode.Generate();
            if (_plans.FindById(code.PlanId.Value) is null)
            {
                return code;
            }
        }
        throw new InvalidOperationException("The plan id space is nearly full.");
    }

    private LiteDbPlanSession Own(PlanSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session is LiteDbPlanSession s && ReferenceEquals(s.Store, this)
            ? s
            : throw new ArgumentException("This session was not opened by this store.", nameof(session));
    }

    private DateTime UtcNow() => _time.GetUtcNow().UtcDateTime;

    private static AccessLogDraft Draft(PlanSession s, AccessAction action, string? hint) =>
        new(s.PlanId.Value, action, s.Actor, s.Role, hint, s.SessionId);
}
