using EigenPlan.Core.Audit;
using EigenPlan.Core.Plans;
using EigenPlan.Core.SharedPlans;

namespace EigenPlan.Storage;

/// <summary>
/// <see cref="ISharedPlanStore"/> on the same <see cref="LiteDbDatabase"/> as the <see cref="LiteDbPlanStore"/> and under
/// its write lock, so the access log stays one chain per plan. The owner proves ownership with a session the plan store
/// opened on that same database (on a device that still works). Withdrawing an invitation rotates the shared-plan key
/// (see <see cref="SharedPlanCrypto"/>). LiteDB and disk failures surface as <see cref="StoreUnavailableException"/>.
/// </summary>
public sealed partial class LiteDbSharedPlanStore : ISharedPlanStore
{
    private const string OwnerActor = LiteDbPlanSession.OwnerActor;
    private const string InviteeActor = AccessLogWords.InviteeActor;
    private const string FailedLinkActor = AccessLogWords.FailedLinkActor;
    private readonly LiteDbDatabase _database;

    /// <param name="database">The file, shared with the <see cref="LiteDbPlanStore"/>; disposed by its owner, not here.</param>
    public LiteDbSharedPlanStore(LiteDbDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    private SharedPlanCollections Shared => _database.Shared;

    public Task<bool> ExistsAsync(PlanSession owner, CancellationToken cancellationToken = default)
    {
        var id = OwnOwner(owner).PlanId;
        return Task.FromResult(_database.Read("look for the shared plan", id, () => Shared.FindPlan(id) is not null));
    }

    public Task<SharedPlanSession> CreateAsync(PlanSession owner, SharedPlan plan, CancellationToken cancellationToken = default)
    {
        var s = OwnOwner(owner);
        ArgumentNullException.ThrowIfNull(plan);
        plan.PlanId = s.PlanId.Value;
        var sharedKey = SharedPlanCrypto.NewSharedKey();
        var now = _database.UtcNow();
        var record = new SharedPlanRecord(s.PlanId, SharedPlanCrypto.WrapSharedKey(s.PlanKey, sharedKey, s.PlanId),
            SharedPlanCrypto.Encrypt(sharedKey, SharedPlanJson.ToUtf8Json(plan), s.PlanId), now, now);
        var session = LiteDbSharedPlanSession.ForOwner(s, now);
        _database.Write("create the shared plan", s.PlanId, () =>
        {
            _database.RequireAccess(s, now);
            if (Shared.FindPlan(s.PlanId) is not null)
            {
                throw new InvalidOperationException($"Plan {s.PlanId} already has a shared plan.");
            }
            Shared.Plans.Insert(record.ToDocument());
            _database.Log.Append(SharedDraft(session, AccessAction.Created, SharedPlanLogHints.SharedPlan), now);
        });
        return Task.FromResult<SharedPlanSession>(session);
    }

    public Task<SharedPlanSession?> OpenAsOwnerAsync(PlanSession owner, CancellationToken cancellationToken = default)
    {
        var s = OwnOwner(owner);
        return Task.FromResult(_database.Write("open the shared plan", s.PlanId, SharedPlanSession? () =>
        {
            var now = _database.UtcNow();
            if (_database.FindPlan(s.PlanId) is null)
            {
                return null;
            }
            _database.RequireAccess(s, now);
            if (Shared.FindPlan(s.PlanId) is not { } record || SharedPlanCrypto.UnwrapSharedKey(s.PlanKey, record.WrappedKey, s.PlanId) is null)
            {
                return null;
            }
            var session = LiteDbSharedPlanSession.ForOwner(s, now);
            _database.Log.Append(SharedDraft(session, AccessAction.Opened, SharedPlanLogHints.SharedPlan), now);
            return session;
        }));
    }

    public Task<InvitationOpenResult> OpenWithInvitationAsync(string token, CancellationToken cancellationToken = default)
    {
        if (!InvitationToken.TryParse(token, out var parsed))
        {
            return Task.FromResult<InvitationOpenResult>(new InvitationOpenResult.Unknown());
        }
        return Task.FromResult(_database.Write("open the shared plan with a link", null, () => OpenWithInvitation(parsed!)));
    }

    public Task<SharedPlan?> LoadAsync(SharedPlanSession session, CancellationToken cancellationToken = default)
    {
        var s = OwnShared(session);
        return Task.FromResult(_database.Write("load the shared plan", s.PlanId, () =>
            CurrentKey(s, _database.UtcNow()) is { } key && Shared.FindPlan(s.PlanId) is { } record ? Decrypt(s, key, record) : null));
    }

    public Task<SharedPlanEditResult> UpdateAsync(SharedPlanSession session, Func<SharedPlanEditor, SharedPlanEditResult> edit,
        CancellationToken cancellationToken = default)
    {
        var s = OwnShared(session);
        ArgumentNullException.ThrowIfNull(edit);
        return Task.FromResult(_database.Write("save the shared plan", s.PlanId, () =>
        {
            var now = _database.UtcNow();
            if (CurrentKey(s, now) is not { } key || Shared.FindPlan(s.PlanId) is not { } record)
            {
                return SharedPlanEditResult.Withdrawn;
            }
            var plan = Decrypt(s, key, record);
            var result = edit(new SharedPlanEditor(plan, s.Actor, now));
            if (result.Succeeded)
            {
                var box = SharedPlanCrypto.Encrypt(key, SharedPlanJson.ToUtf8Json(plan), s.PlanId);
                Shared.Plans.Update((record with { Content = box, UpdatedUtc = now }).ToDocument());
                _database.Log.AppendSaved(SharedDraft(s, AccessAction.Saved, Hint(s)), now, _database.Options.SaveLogInterval);
            }
            return result;
        }));
    }

    public Task<IReadOnlyList<Invitation>> ListInvitationsAsync(SharedPlanSession owner, CancellationToken cancellationToken = default)
    {
        var s = OwnShared(owner);
        s.Role.Demand(SharedPlanRight.Invite);
        IReadOnlyList<Invitation> list = _database.Read("list invitations", s.PlanId, () => Shared.InvitationsOf(s.PlanId))
            .Select(i => i.ToInvitation())
            .OrderByDescending(i => i.CreatedUtc).ThenBy(i => i.Id, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(list);
    }

    public Task DeleteAsync(SharedPlanSession owner, CancellationToken cancellationToken = default)
    {
        var s = OwnShared(owner);
        s.Role.Demand(SharedPlanRight.Delete);
        _database.Write("delete the shared plan", s.PlanId, () =>
        {
            Shared.DeleteForPlan(s.PlanId);
            _database.Log.Append(SharedDraft(s, AccessAction.Deleted, SharedPlanLogHints.SharedPlan), _database.UtcNow());
        });
        return Task.CompletedTask;
    }

    public Task RecordAsync(SharedPlanSession session, AccessAction action, CancellationToken cancellationToken = default)
    {
        var s = OwnShared(session);
        AccessLogWords.RequireRecordableFromOutside(action);
        _database.Write("record an access", s.PlanId, () =>
        {
            if (CurrentKey(s, _database.UtcNow()) is not null)
            {
                _database.Log.Append(SharedDraft(s, action, Hint(s)), _database.UtcNow());
            }
        });
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AccessLogEntry>> ReadAccessLogAsync(SharedPlanSession owner, DateTime? fromUtc = null, DateTime? toUtc = null,
        CancellationToken cancellationToken = default)
    {
        var s = OwnShared(owner);
        s.Role.Demand(SharedPlanRight.ViewAccessLog);
        return Task.FromResult(_database.ReadAccessLog(s.PlanId, fromUtc, toUtc));
    }

    /// <summary>Callers hold the write lock.</summary>
    private InvitationOpenResult OpenWithInvitation(InvitationToken token)
    {
        var invitation = Shared.FindInvitationByTokenHash(token.ComputeHash());
        if (invitation is null || _database.FindPlan(invitation.PlanId) is null || Shared.FindPlan(invitation.PlanId) is not { } record)
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
            _database.Log.Append(new AccessLogDraft(invitation.PlanId.Value, AccessAction.OpenFailed, FailedLinkActor, ToAccessRole(invitation.Role.ToRole()),
                hint, null, invitation.Id), now);
            return state switch
            {
                InvitationState.Withdrawn => new InvitationOpenResult.Withdrawn(),
                InvitationState.Expired => new InvitationOpenResult.Expired(),
                _ => new InvitationOpenResult.Unknown(),
            };
        }
        var session = LiteDbSharedPlanSession.ForInvitee(_database, invitation, now, kek);
        Shared.Invitations.Update((invitation with { LastUsedUtc = now }).ToDocument());
        _database.Log.Append(SharedDraft(session, AccessAction.Opened, SharedPlanLogHints.ViaInvitation), now);
        return new InvitationOpenResult.Opened(session, invitation.ExpiresUtc);
    }

    /// <summary>
    /// The shared-plan key as it is now, when the session may still use it: the plan exists and, for the owner, the
    /// device still works; for an invited person, the invitation is active. Null otherwise. Callers hold the write lock.
    /// </summary>
    private byte[]? CurrentKey(LiteDbSharedPlanSession s, DateTime now)
    {
        if (_database.FindPlan(s.PlanId) is null || Shared.FindPlan(s.PlanId) is not { } record)
        {
            return null;
        }
        if (s.PlanKey is { } planKey)
        {
            var device = _database.Devices.Find(s.OwnerDeviceId ?? "");
            return device is not null && device.PlanId == s.PlanId && device.ExpiresUtc > now
                ? SharedPlanCrypto.UnwrapSharedKey(planKey, record.WrappedKey, s.PlanId)
                : null;
        }
        var invitation = Shared.FindInvitation(s.InvitationId);
        return invitation is { SharedKey: { } wrapped } && invitation.PlanId == s.PlanId && s.Kek is { } kek
            && invitation.ToInvitation().StateAt(now) == InvitationState.Active
            ? SharedPlanCrypto.UnwrapSharedKeyForInvitation(kek, wrapped, s.PlanId, invitation.Binding)
            : null;
    }

    private static SharedPlan Decrypt(LiteDbSharedPlanSession s, byte[] key, SharedPlanRecord record) =>
        SharedPlanJson.Parse(SharedPlanCrypto.Decrypt(key, record.Content, s.PlanId)
            ?? throw new InvalidDataException($"Shared plan {s.PlanId} could not be decrypted: the stored bytes were changed."));

    /// <summary>The owner's Eigen Plan session, opened by the plan store on this same database.</summary>
    private LiteDbPlanSession OwnOwner(PlanSession session)
    {
        var s = _database.Own<LiteDbPlanSession>(session);
        return s.Role == AccessRole.Owner ? s : throw new SharedPlanAccessDeniedException(SharedPlanRole.None, SharedPlanRight.View);
    }

    private LiteDbSharedPlanSession OwnShared(SharedPlanSession session) => _database.Own<LiteDbSharedPlanSession>(session);

    private static string Hint(SharedPlanSession s) =>
        s.Role == SharedPlanRole.Owner ? SharedPlanLogHints.SharedPlan : SharedPlanLogHints.ViaInvitation;

    private static AccessLogDraft SharedDraft(SharedPlanSession s, AccessAction action, string hint) =>
        new(s.PlanId.Value, action, s.Role == SharedPlanRole.Owner ? OwnerActor : InviteeActor, ToAccessRole(s.Role), hint, s.SessionId, s.InvitationId);

    private static AccessRole ToAccessRole(SharedPlanRole role) => role switch
    {
        SharedPlanRole.Owner => AccessRole.Owner,
        SharedPlanRole.Contributor => AccessRole.Contributor,
        SharedPlanRole.Reader => AccessRole.Reader,
        _ => AccessRole.Unknown,
    };
}
