using EigenPlan.Core.Audit;
using EigenPlan.Core.Plans;
using EigenPlan.Core.Security;
using EigenPlan.Storage.Transfer;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EigenPlan.Storage.PostgreSql;

/// <summary>
/// <see cref="IPlanStore"/> (contract v2) on PostgreSQL, with the same encryption and guarantees as the LiteDB provider.
/// A save is <c>UPDATE … WHERE version = expected</c>: stored only when the plan is still at the version the caller
/// expects, so two devices (also on two instances) never overwrite each other. Every other write locks the plan's row
/// first, so writes to one plan queue; slow key derivation runs outside any transaction. Npgsql failures surface as
/// <see cref="StoreUnavailableException"/>. Logs ids only.
/// </summary>
public sealed partial class PostgreSqlPlanStore : IPlanStore
{
    private readonly PostgreSqlDatabase _database;
    private readonly ILogger _logger;

    /// <param name="database">Shared with the <see cref="PostgreSqlSharedPlanStore"/>; disposed by its owner, not here.</param>
    /// <param name="logger">Ids only; nothing when null.</param>
    public PostgreSqlPlanStore(PostgreSqlDatabase database, ILogger<PostgreSqlPlanStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _logger = logger ?? NullLogger<PostgreSqlPlanStore>.Instance;
    }

    private PostgreSqlStorageOptions Options => _database.Options;

    public async Task<PlanCreated> CreateAsync(PlanContent content, NewDevice device, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(device);
        var plaintext = PlanContentCodec.Encode(content, _database.Time.GetUtcNow());
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var id = await _database.ReadAsync("find a free plan id", null, c => FreeIdAsync(c, cancellationToken), cancellationToken);
            var code = PersonalCode.Generate(id);
            var salt = PlanCrypto.NewSalt();
            var iterations = Options.KdfIterations;
            var codeKey = await Task.Run(() => PlanCrypto.DeriveCodeKey(code, salt, iterations), cancellationToken);
            var planKey = PlanCrypto.NewPlanKey();
            var now = _database.UtcNow();
            var plan = new PlanRow(id, salt, iterations, codeKey.ComputeVerifier(), PlanCrypto.WrapPlanKey(codeKey, planKey, id),
                PlanCrypto.EncryptContent(planKey, plaintext, id), Version: 1, now, now);
            var credential = DeviceCredential.New(id);
            var session = new PostgreSqlPlanSession(_database, id, credential.DeviceId, planKey, now);
            var inserted = await _database.WriteAsync("create", id, async c =>
            {
                // Another create (perhaps on another instance) may have taken the id while the key was being derived.
                if (await c.ExecuteAsync($"INSERT INTO plans ({Rows.PlanColumns}) VALUES ({Rows.Placeholders(11)}) ON CONFLICT (id) DO NOTHING",
                        Rows.Values(plan), cancellationToken) == 0)
                {
                    return false;
                }
                await InsertDeviceAsync(c, NewDeviceRow(credential, planKey, device, now), cancellationToken);
                await _database.Log.AppendAsync(c, Draft(session, AccessAction.Created, AccessLogWords.NewPlan), now, cancellationToken);
                return true;
            }, cancellationToken);
            if (inserted)
            {
                PostgreSqlStoreLog.Created(_logger, id.Value);
                return new PlanCreated(id, code, credential, session);
            }
        }
        throw new InvalidOperationException("Could not find a free plan id.");
    }

    public Task<StoredPlan> LoadAsync(PlanSession session, CancellationToken cancellationToken = default)
    {
        var s = Own(session);
        return _database.ReadAsync("load", s.PlanId, async c =>
        {
            var plan = await RequireAccessAsync(c, s, await PostgreSqlDatabase.FindPlanAsync(c, s.PlanId, cancellationToken), cancellationToken);
            return new StoredPlan(Decrypt(s, plan), plan.Version);
        }, cancellationToken);
    }

    public Task<SaveResult> SaveAsync(PlanSession session, PlanContent content, long expectedVersion, CancellationToken cancellationToken = default)
    {
        var s = Own(session);
        ArgumentNullException.ThrowIfNull(content);
        var box = PlanCrypto.EncryptContent(s.PlanKey, PlanContentCodec.Encode(content, _database.Time.GetUtcNow()), s.PlanId);
        return _database.WriteAsync("save", s.PlanId, async Task<SaveResult> (c) =>
        {
            var now = _database.UtcNow();
            // The optimistic check and the plan's row lock in one statement; a concurrent save on any instance waits here
            // and then finds the version moved on.
            var saved = await c.ScalarAsync<long?>(
                "UPDATE plans SET nonce = $1, ciphertext = $2, version = version + 1, updated_utc = $3 "
                + "WHERE id = $4 AND version = $5 AND deleted_utc IS NULL RETURNING version",
                [box.Nonce, box.Ciphertext, now, s.PlanId.Value, expectedVersion], cancellationToken);
            if (saved is not { } version)
            {
                var current = await RequireAccessAsync(c, s, await PostgreSqlDatabase.FindPlanAsync(c, s.PlanId, cancellationToken), cancellationToken);
                return new SaveResult.Conflict(Decrypt(s, current), current.Version);
            }
            // Checked after the row lock, in a statement of its own: a device closed just before is seen closed.
            if (!await PostgreSqlDatabase.DeviceWorksAsync(c, s.PlanId, s.DeviceId, now, cancellationToken))
            {
                throw new DeviceClosedException(s.PlanId, s.DeviceId);
            }
            await _database.Log.AppendSavedAsync(c, Draft(s, AccessAction.Saved, null), now, Options.SaveLogInterval, cancellationToken);
            return new SaveResult.Saved(version);
        }, cancellationToken);
    }

    public async Task DeleteAsync(PlanSession session, CancellationToken cancellationToken = default)
    {
        var s = Own(session);
        var deleted = await _database.WriteAsync("delete", s.PlanId, async c =>
        {
            var now = _database.UtcNow();
            if (await PostgreSqlDatabase.LockPlanAsync(c, s.PlanId, cancellationToken) is not { } plan)
            {
                return false;
            }
            await RequireAccessAsync(c, s, plan, cancellationToken);
            await c.ExecuteAsync(
                "UPDATE plans SET salt = NULL, iterations = NULL, verifier = NULL, key_nonce = NULL, wrapped_key = NULL, nonce = NULL, "
                + "ciphertext = NULL, version = NULL, created_utc = NULL, updated_utc = NULL, deleted_utc = $2 WHERE id = $1",
                [s.PlanId.Value, now], cancellationToken);
            await _database.Log.ReplaceWithTombstoneAsync(c, Draft(s, AccessAction.Deleted, null), now, cancellationToken);
            // The devices, the shared plan and every invitation's key copies go with it, in the same transaction.
            await PostgreSqlDatabase.DeletePlanDependentsAsync(c, s.PlanId, cancellationToken);
            return true;
        }, cancellationToken);
        if (deleted)
        {
            PostgreSqlStoreLog.Deleted(_logger, s.PlanId.Value);
        }
    }

    public Task RecordAsync(PlanSession session, AccessAction action, CancellationToken cancellationToken = default)
    {
        var s = Own(session);
        AccessLogWords.RequireRecordableFromOutside(action);
        return _database.WriteAsync("record an access", s.PlanId, async c =>
        {
            var now = _database.UtcNow();
            await RequireAccessAsync(c, s, await PostgreSqlDatabase.LockPlanAsync(c, s.PlanId, cancellationToken), cancellationToken);
            await _database.Log.AppendAsync(c, Draft(s, action, null), now, cancellationToken);
        }, cancellationToken);
    }

    /// <inheritdoc/>
    /// <remarks>A deleted plan's log (its tombstone) can still be read with the session that deleted it.</remarks>
    public async Task<IReadOnlyList<AccessLogEntry>> ReadAccessLogAsync(PlanSession session, DateTime? fromUtc = null, DateTime? toUtc = null,
        CancellationToken cancellationToken = default)
    {
        var s = await RequireAccessUnlessDeletedAsync(session, cancellationToken);
        return await _database.ReadAccessLogAsync(s.PlanId, fromUtc, toUtc, cancellationToken);
    }

    public async Task<ChainVerification> VerifyAccessLogAsync(PlanSession session, CancellationToken cancellationToken = default)
    {
        var s = await RequireAccessUnlessDeletedAsync(session, cancellationToken);
        return await _database.VerifyAccessLogAsync(s.PlanId, cancellationToken);
    }

    private async Task<PostgreSqlPlanSession> RequireAccessUnlessDeletedAsync(PlanSession session, CancellationToken cancellationToken)
    {
        var s = Own(session);
        await _database.ReadAsync("check access", s.PlanId, async c =>
            await PostgreSqlDatabase.FindPlanAsync(c, s.PlanId, cancellationToken) is { } plan ? await RequireAccessAsync(c, s, plan, cancellationToken) : null,
            cancellationToken);
        return s;
    }

    private Task<PlanRow> RequireAccessAsync(Npgsql.NpgsqlConnection c, PostgreSqlPlanSession s, PlanRow? plan, CancellationToken cancellationToken) =>
        PostgreSqlDatabase.RequireAccessAsync(c, plan, s.PlanId, s.DeviceId, _database.UtcNow(), cancellationToken);

    /// <summary>A random id in use by no plan, live or deleted (tombstones keep ids from coming back).</summary>
    private static async Task<PlanId> FreeIdAsync(Npgsql.NpgsqlConnection c, CancellationToken cancellationToken)
    {
        for (var i = 0; i < 1000; i++)
        {
            var id = PlanId.Generate();
            if (!await c.ScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM plans WHERE id = $1)", [id.Value], cancellationToken))
            {
                return id;
            }
        }
        throw new InvalidOperationException("The plan id space is nearly full.");
    }

    private static PlanContent Decrypt(PostgreSqlPlanSession s, PlanRow plan) =>
        PlanContentCodec.Decode(PlanCrypto.DecryptContent(s.PlanKey, plan.Content, s.PlanId)
            ?? throw new InvalidDataException($"Plan {s.PlanId} could not be decrypted: the stored bytes were changed."));

    private static DeviceRow NewDeviceRow(DeviceCredential credential, byte[] planKey, NewDevice device, DateTime now) =>
        new(credential.DeviceId, credential.PlanId, DeviceCrypto.ComputeVerifier(credential), DeviceCrypto.WrapPlanKey(credential, planKey),
            DeviceCrypto.SealLabel(planKey, credential.PlanId, credential.DeviceId, device.Label), device.Shared, now, now,
            DeviceLifetime.ExpiresAt(device.Shared, now));

    private static Task<int> InsertDeviceAsync(Npgsql.NpgsqlConnection c, DeviceRow device, CancellationToken cancellationToken) =>
        c.ExecuteAsync($"INSERT INTO devices ({Rows.DeviceColumns}) VALUES ({Rows.Placeholders(11)})", Rows.Values(device), cancellationToken);

    private PostgreSqlPlanSession Own(PlanSession session) => _database.Own<PostgreSqlPlanSession>(session);

    private static AccessLogDraft Draft(PlanSession s, AccessAction action, string? hint) =>
        new(s.PlanId.Value, action, s.Actor, s.Role, hint, s.SessionId);
}
