using EigenPlan.Core.Audit;
using EigenPlan.Core.Plans;
using EigenPlan.Core.SharedPlans;
using EigenPlan.Storage.Transfer;
using Npgsql;

namespace EigenPlan.Storage.PostgreSql;

/// <summary>
/// <see cref="ISharedPlanStore"/> on the same <see cref="PostgreSqlDatabase"/> as the <see cref="PostgreSqlPlanStore"/>, with
/// the same guarantees as the LiteDB provider. Every change locks the Eigen Plan's row first, so two people changing the
/// shared plan at once (also on two instances) both keep their change, and the access log stays one chain per plan.
/// Reads run in one snapshot, so a key copy and the content it opens are never from both sides of a key rotation.
/// Withdrawing an invitation rotates the shared-plan key (see <see cref="SharedPlanCrypto"/>).
/// </summary>
public sealed partial class PostgreSqlSharedPlanStore : ISharedPlanStore
{
    private readonly PostgreSqlDatabase _database;

    /// <param name="database">Shared with the <see cref="PostgreSqlPlanStore"/>; disposed by its owner, not here.</param>
    public PostgreSqlSharedPlanStore(PostgreSqlDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    public Task<bool> ExistsAsync(PlanSession owner, CancellationToken cancellationToken = default)
    {
        var id = OwnOwner(owner).PlanId;
        return _database.ReadAsync("look for the shared plan", id, c =>
            c.ScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM shared_plans WHERE plan_id = $1)", [id.Value], cancellationToken), cancellationToken);
    }

    public async Task<SharedPlanSession> CreateAsync(PlanSession owner, SharedPlan plan, CancellationToken cancellationToken = default)
    {
        var s = OwnOwner(owner);
        ArgumentNullException.ThrowIfNull(plan);
        plan.PlanId = s.PlanId.Value;
        var sharedKey = SharedPlanCrypto.NewSharedKey();
        var now = _database.UtcNow();
        var record = new SharedPlanRow(s.PlanId, SharedPlanCrypto.WrapSharedKey(s.PlanKey, sharedKey, s.PlanId),
            SharedPlanCrypto.Encrypt(sharedKey, SharedPlanJson.ToUtf8Json(plan), s.PlanId), now, now);
        var session = PostgreSqlSharedPlanSession.ForOwner(s, now);
        await _database.WriteAsync("create the shared plan", s.PlanId, async c =>
        {
            await PostgreSqlDatabase.RequireAccessAsync(c, await PostgreSqlDatabase.LockPlanAsync(c, s.PlanId, cancellationToken), s.PlanId, s.DeviceId,
                now, cancellationToken);
            if (await c.ExecuteAsync($"INSERT INTO shared_plans ({Rows.SharedPlanColumns}) VALUES ({Rows.Placeholders(7)}) ON CONFLICT (plan_id) DO NOTHING",
                    Rows.Values(record), cancellationToken) == 0)
            {
                throw new InvalidOperationException($"Plan {s.PlanId} already has a shared plan.");
            }
            await _database.Log.AppendAsync(c, SharedDraft(session, AccessAction.Created, SharedPlanLogHints.SharedPlan), now, cancellationToken);
        }, cancellationToken);
        return session;
    }

    public Task<SharedPlanSession?> OpenAsOwnerAsync(PlanSession owner, CancellationToken cancellationToken = default)
    {
        var s = OwnOwner(owner);
        return _database.WriteAsync("open the shared plan", s.PlanId, async Task<SharedPlanSession?> (c) =>
        {
            var now = _database.UtcNow();
            if (await PostgreSqlDatabase.LockPlanAsync(c, s.PlanId, cancellationToken) is not { } plan)
            {
                return null;
            }
            await PostgreSqlDatabase.RequireAccessAsync(c, plan, s.PlanId, s.DeviceId, now, cancellationToken);
            if (await FindAsync(c, s.PlanId, cancellationToken) is not { } record
                || SharedPlanCrypto.UnwrapSharedKey(s.PlanKey, record.WrappedKey, s.PlanId) is null)
            {
                return null;
            }
            var session = PostgreSqlSharedPlanSession.ForOwner(s, now);
            await _database.Log.AppendAsync(c, SharedDraft(session, AccessAction.Opened, SharedPlanLogHints.SharedPlan), now, cancellationToken);
            return session;
        }, cancellationToken);
    }

    public async Task<InvitationOpenResult> OpenWithInvitationAsync(string token, CancellationToken cancellationToken = default)
    {
        if (!InvitationToken.TryParse(token, out var parsed))
        {
            return new InvitationOpenResult.Unknown();
        }
        var hash = parsed!.ComputeHash();
        var found = await _database.ReadAsync("open the shared plan with a link", null, c => FindInvitationByHashAsync(c, hash, cancellationToken), cancellationToken);
        if (found is null)
        {
            return new InvitationOpenResult.Unknown();
        }
        return await _database.WriteAsync("open the shared plan with a link", found.PlanId, async c =>
        {
            // Read again under the plan's lock: it may have been withdrawn, extended or deleted meanwhile.
            if (await PostgreSqlDatabase.LockPlanAsync(c, found.PlanId, cancellationToken) is null
                || await FindInvitationByHashAsync(c, hash, cancellationToken) is not { } invitation)
            {
                return new InvitationOpenResult.Unknown();
            }
            return await OpenWithInvitationAsync(c, parsed, invitation, cancellationToken);
        }, cancellationToken);
    }

    public Task<SharedPlan?> LoadAsync(SharedPlanSession session, CancellationToken cancellationToken = default)
    {
        var s = OwnShared(session);
        return _database.ReadSnapshotAsync("load the shared plan", s.PlanId, async c =>
            await CurrentKeyAsync(c, s, _database.UtcNow(), cancellationToken) is ({ } key, { } record) ? Decrypt(s, key, record) : null,
            cancellationToken);
    }

    public Task<SharedPlanEditResult> UpdateAsync(SharedPlanSession session, Func<SharedPlanEditor, SharedPlanEditResult> edit,
        CancellationToken cancellationToken = default)
    {
        var s = OwnShared(session);
        ArgumentNullException.ThrowIfNull(edit);
        return _database.WriteAsync("save the shared plan", s.PlanId, async c =>
        {
            var now = _database.UtcNow();
            await PostgreSqlDatabase.LockPlanAsync(c, s.PlanId, cancellationToken);
            if (await CurrentKeyAsync(c, s, now, cancellationToken) is not ({ } key, { } record))
            {
                return SharedPlanEditResult.Withdrawn;
            }
            var plan = Decrypt(s, key, record);
            var result = edit(new SharedPlanEditor(plan, s.Actor, now));
            if (result.Succeeded)
            {
                var box = SharedPlanCrypto.Encrypt(key, SharedPlanJson.ToUtf8Json(plan), s.PlanId);
                await c.ExecuteAsync("UPDATE shared_plans SET nonce = $2, ciphertext = $3, updated_utc = $4 WHERE plan_id = $1",
                    [s.PlanId.Value, box.Nonce, box.Ciphertext, now], cancellationToken);
                await _database.Log.AppendSavedAsync(c, SharedDraft(s, AccessAction.Saved, Hint(s)), now, _database.Options.SaveLogInterval, cancellationToken);
            }
            return result;
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<Invitation>> ListInvitationsAsync(SharedPlanSession owner, CancellationToken cancellationToken = default)
    {
        var s = OwnShared(owner);
        s.Role.Demand(SharedPlanRight.Invite);
        var rows = await _database.ReadAsync("list invitations", s.PlanId, c => InvitationsOfAsync(c, s.PlanId, cancellationToken), cancellationToken);
        return rows.Select(i => i.ToInvitation()).OrderByDescending(i => i.CreatedUtc).ThenBy(i => i.Id, StringComparer.Ordinal).ToList();
    }

    public Task DeleteAsync(SharedPlanSession owner, CancellationToken cancellationToken = default)
    {
        var s = OwnShared(owner);
        s.Role.Demand(SharedPlanRight.Delete);
        return _database.WriteAsync("delete the shared plan", s.PlanId, async c =>
        {
            // A deleted Eigen Plan took its shared plan with it; its log is a tombstone that nothing may follow.
            if (await PostgreSqlDatabase.LockPlanAsync(c, s.PlanId, cancellationToken) is null)
            {
                return;
            }
            await c.ExecuteAsync("DELETE FROM evaluation_notices WHERE plan_id = $1", [s.PlanId.Value], cancellationToken);
            await c.ExecuteAsync("DELETE FROM notification_recipients WHERE plan_id = $1", [s.PlanId.Value], cancellationToken);
            await c.ExecuteAsync("DELETE FROM invitations WHERE plan_id = $1", [s.PlanId.Value], cancellationToken);
            await c.ExecuteAsync("DELETE FROM shared_plans WHERE plan_id = $1", [s.PlanId.Value], cancellationToken);
            await _database.Log.AppendAsync(c, SharedDraft(s, AccessAction.Deleted, SharedPlanLogHints.SharedPlan), _database.UtcNow(), cancellationToken);
        }, cancellationToken);
    }

    public Task RecordAsync(SharedPlanSession session, AccessAction action, CancellationToken cancellationToken = default)
    {
        var s = OwnShared(session);
        AccessLogWords.RequireRecordableFromOutside(action);
        return _database.WriteAsync("record an access", s.PlanId, async c =>
        {
            var now = _database.UtcNow();
            await PostgreSqlDatabase.LockPlanAsync(c, s.PlanId, cancellationToken);
            if (await CurrentKeyAsync(c, s, now, cancellationToken) is ({ }, { }))
            {
                await _database.Log.AppendAsync(c, SharedDraft(s, action, Hint(s)), now, cancellationToken);
            }
        }, cancellationToken);
    }

    public Task<IReadOnlyList<AccessLogEntry>> ReadAccessLogAsync(SharedPlanSession owner, DateTime? fromUtc = null, DateTime? toUtc = null,
        CancellationToken cancellationToken = default)
    {
        var s = OwnShared(owner);
        s.Role.Demand(SharedPlanRight.ViewAccessLog);
        return _database.ReadAccessLogAsync(s.PlanId, fromUtc, toUtc, cancellationToken);
    }

    /// <summary>Callers hold the plan's lock.</summary>
    private async Task<InvitationOpenResult> OpenWithInvitationAsync(NpgsqlConnection c, InvitationToken token, InvitationRow invitation,
        CancellationToken cancellationToken)
    {
        if (await FindAsync(c, invitation.PlanId, cancellationToken) is not { } record)
        {
            return new InvitationOpenResult.Unknown();
        }
        var now = _database.UtcNow();
        var state = invitation.ToInvitation().StateAt(now);
        var kek = state == InvitationState.Active && invitation.InviteeKek is { } box
            ? SharedPlanCrypto.UnwrapKekForInvitee(token, box, invitation.PlanId, invitation.Id)
            : null;
        var sharedKey = kek is not null && invitation.SharedKey is { } wrapped
            ? SharedPlanCrypto.UnwrapSharedKeyForInvitation(kek, wrapped, invitation.PlanId, invitation.Binding)
            : null;
        if (kek is null || sharedKey is null || SharedPlanCrypto.Decrypt(sharedKey, record.Content, invitation.PlanId) is null)
        {
            var hint = state switch
            {
                InvitationState.Withdrawn => SharedPlanLogHints.WithdrawnLink,
                InvitationState.Expired => SharedPlanLogHints.ExpiredLink,
                _ => SharedPlanLogHints.WrongLink,
            };
            await _database.Log.AppendAsync(c, new AccessLogDraft(invitation.PlanId.Value, AccessAction.OpenFailed, AccessLogWords.FailedLinkActor,
                ToAccessRole(invitation.Role.ToRole()), hint, null, invitation.Id), now, cancellationToken);
            return state switch
            {
                InvitationState.Withdrawn => new InvitationOpenResult.Withdrawn(),
                InvitationState.Expired => new InvitationOpenResult.Expired(),
                _ => new InvitationOpenResult.Unknown(),
            };
        }
        var session = PostgreSqlSharedPlanSession.ForInvitee(_database, invitation, now, kek);
        await c.ExecuteAsync("UPDATE invitations SET last_used_utc = $2 WHERE id = $1", [invitation.Id, now], cancellationToken);
        await _database.Log.AppendAsync(c, SharedDraft(session, AccessAction.Opened, SharedPlanLogHints.ViaInvitation), now, cancellationToken);
        return new InvitationOpenResult.Opened(session, invitation.ExpiresUtc);
    }

    /// <summary>
    /// The shared-plan key as it is now, with the shared plan, when the session may still use it: the plan exists and, for
    /// the owner, the device still works; for an invited person, the invitation is active. Nulls otherwise.
    /// </summary>
    private static async Task<(byte[]? Key, SharedPlanRow? Record)> CurrentKeyAsync(NpgsqlConnection c, PostgreSqlSharedPlanSession s, DateTime now,
        CancellationToken cancellationToken)
    {
        if (await PostgreSqlDatabase.FindPlanAsync(c, s.PlanId, cancellationToken) is null || await FindAsync(c, s.PlanId, cancellationToken) is not { } record)
        {
            return (null, null);
        }
        if (s.PlanKey is { } planKey)
        {
            return await PostgreSqlDatabase.DeviceWorksAsync(c, s.PlanId, s.OwnerDeviceId, now, cancellationToken)
                && SharedPlanCrypto.UnwrapSharedKey(planKey, record.WrappedKey, s.PlanId) is { } ownerKey
                ? (ownerKey, record) : (null, null);
        }
        var invitation = await FindInvitationAsync(c, s.InvitationId, cancellationToken);
        return invitation is { SharedKey: { } wrapped } && invitation.PlanId == s.PlanId && s.Kek is { } kek
            && invitation.ToInvitation().StateAt(now) == InvitationState.Active
            && SharedPlanCrypto.UnwrapSharedKeyForInvitation(kek, wrapped, s.PlanId, invitation.Binding) is { } key
            ? (key, record) : (null, null);
    }

    private static Task<SharedPlanRow?> FindAsync(NpgsqlConnection c, Core.Security.PlanId id, CancellationToken cancellationToken) =>
        c.FirstOrDefaultAsync($"SELECT {Rows.SharedPlanColumns} FROM shared_plans WHERE plan_id = $1", [id.Value], Rows.SharedPlan, cancellationToken);

    internal static Task<InvitationRow?> FindInvitationAsync(NpgsqlConnection c, string? id, CancellationToken cancellationToken) =>
        c.FirstOrDefaultAsync($"SELECT {Rows.InvitationColumns} FROM invitations WHERE id = $1", [id ?? ""], Rows.Invitation, cancellationToken);

    private static Task<InvitationRow?> FindInvitationByHashAsync(NpgsqlConnection c, string tokenHash, CancellationToken cancellationToken) =>
        c.FirstOrDefaultAsync($"SELECT {Rows.InvitationColumns} FROM invitations WHERE token_hash = $1", [tokenHash], Rows.Invitation, cancellationToken);

    private static Task<List<InvitationRow>> InvitationsOfAsync(NpgsqlConnection c, Core.Security.PlanId id, CancellationToken cancellationToken) =>
        c.ListAsync($"SELECT {Rows.InvitationColumns} FROM invitations WHERE plan_id = $1", [id.Value], Rows.Invitation, cancellationToken);

    private static SharedPlan Decrypt(PostgreSqlSharedPlanSession s, byte[] key, SharedPlanRow record) =>
        SharedPlanJson.Parse(SharedPlanCrypto.Decrypt(key, record.Content, s.PlanId)
            ?? throw new InvalidDataException($"Shared plan {s.PlanId} could not be decrypted: the stored bytes were changed."));

    /// <summary>The owner's Eigen Plan session, opened by the plan store on this same database.</summary>
    private PostgreSqlPlanSession OwnOwner(PlanSession session)
    {
        var s = _database.Own<PostgreSqlPlanSession>(session);
        return s.Role == AccessRole.Owner ? s : throw new SharedPlanAccessDeniedException(SharedPlanRole.None, SharedPlanRight.View);
    }

    private PostgreSqlSharedPlanSession OwnShared(SharedPlanSession session) => _database.Own<PostgreSqlSharedPlanSession>(session);

    private static string Hint(SharedPlanSession s) =>
        s.Role == SharedPlanRole.Owner ? SharedPlanLogHints.SharedPlan : SharedPlanLogHints.ViaInvitation;

    private static AccessLogDraft SharedDraft(SharedPlanSession s, AccessAction action, string hint) =>
        new(s.PlanId.Value, action, s.Role == SharedPlanRole.Owner ? AccessLogWords.OwnerActor : AccessLogWords.InviteeActor, ToAccessRole(s.Role), hint,
            s.SessionId, s.InvitationId);

    private static AccessRole ToAccessRole(SharedPlanRole role) => role switch
    {
        SharedPlanRole.Owner => AccessRole.Owner,
        SharedPlanRole.Contributor => AccessRole.Contributor,
        SharedPlanRole.Reader => AccessRole.Reader,
        _ => AccessRole.Unknown,
    };
}
