using EigenPlan.Core.Audit;
using EigenPlan.Core.Plans;
using EigenPlan.Core.Security;
using EigenPlan.Core.SharedPlans;
using LiteDB;

namespace EigenPlan.Storage;

/// <summary>
/// The shared plan on the same LiteDB file and under the same write lock as the Eigen Plan, so the access log stays one
/// chain. See <see cref="ISharedPlanStore"/>; implemented explicitly so its methods do not overload the Eigen Plan's.
/// </summary>
public sealed partial class LiteDbPlanStore : ISharedPlanStore
{
    private const string InviteeActor = "uitgenodigd";
    private const string FailedLinkActor = "iemand met een link die niet werkt";
    private ILiteCollection<BsonDocument>? _sharedPlans;
    private ILiteCollection<BsonDocument>? _invitations;

    private ILiteCollection<BsonDocument> SharedPlans => _sharedPlans ??= _db.GetCollection(SharedPlanRecord.CollectionName);

    private ILiteCollection<BsonDocument> Invitations
    {
        get
        {
            if (_invitations is null)
            {
                var collection = _db.GetCollection(InvitationRecord.CollectionName);
                collection.EnsureIndex("planId");
                collection.EnsureIndex("tokenHash", unique: true);
                _invitations = collection;
            }
            return _invitations;
        }
    }

    Task<bool> ISharedPlanStore.ExistsAsync(PlanSession owner, CancellationToken cancellationToken) =>
        Task.FromResult(FindShared(OwnOwner(owner).PlanId) is not null);

    Task<SharedPlanSession> ISharedPlanStore.CreateAsync(PlanSession owner, SharedPlan plan, CancellationToken cancellationToken)
    {
        var s = OwnOwner(owner);
        ArgumentNullException.ThrowIfNull(plan);
        plan.PlanId = s.PlanId.Value;
        var sharedKey = SharedPlanCrypto.NewSharedKey();
        var now = UtcNow();
        var record = new SharedPlanRecord(s.PlanId, SharedPlanCrypto.WrapSharedKey(s.PlanKey, sharedKey, s.PlanId),
            SharedPlanCrypto.Encrypt(sharedKey, SharedPlanJson.ToUtf8Json(plan), s.PlanId), now, now);
        var session = new LiteDbSharedPlanSession(this, s.PlanId, SharedPlanRole.Owner, null, null, now, sharedKey);
        lock (_write)
        {
            _ = Find(s.PlanId) ?? throw new PlanNotFoundException(s.PlanId);
            if (FindShared(s.PlanId) is not null)
            {
                throw new InvalidOperationException($"Plan {s.PlanId} already has a shared plan.");
            }
            SharedPlans.Insert(record.ToDocument());
            _log.Append(SharedDraft(session, AccessAction.Created, SharedPlanLogHints.SharedPlan), now);
        }
        return Task.FromResult<SharedPlanSession>(session);
    }

    Task<SharedPlanSession?> ISharedPlanStore.OpenAsOwnerAsync(PlanSession owner, CancellationToken cancellationToken)
    {
        var s = OwnOwner(owner);
        lock (_write)
        {
            if (Find(s.PlanId) is null || FindShared(s.PlanId) is not { } record
                || SharedPlanCrypto.UnwrapSharedKey(s.PlanKey, record.WrappedKey, s.PlanId) is not { } sharedKey)
            {
                return Task.FromResult<SharedPlanSession?>(null);
            }
            var now = UtcNow();
            var session = new LiteDbSharedPlanSession(this, s.PlanId, SharedPlanRole.Owner, null, null, now, sharedKey);
            _log.Append(SharedDraft(session, AccessAction.Opened, SharedPlanLogHints.SharedPlan), now);
            return Task.FromResult<SharedPlanSession?>(session);
        }
    }

    Task<InvitationOpenResult> ISharedPlanStore.OpenWithInvitationAsync(string token, CancellationToken cancellationToken)
    {
        if (!InvitationToken.TryParse(token, out var parsed))
        {
            return Task.FromResult<InvitationOpenResult>(new InvitationOpenResult.Unknown());
        }
        lock (_write)
        {
            var invitation = InvitationRecord.FromDocument(Invitations.FindOne(Query.EQ("tokenHash", parsed!.ComputeHash())));
            if (invitation is null || Find(invitation.PlanId) is null || FindShared(invitation.PlanId) is not { } record)
            {
                return Task.FromResult<InvitationOpenResult>(new InvitationOpenResult.Unknown());
            }
            var now = UtcNow();
            var state = invitation.ToInvitation().StateAt(now);
            var sharedKey = state == InvitationState.Active && invitation.WrappedKey is { } box
                ? SharedPlanCrypto.UnwrapForInvitation(parsed, box, invitation.PlanId, invitation.Binding)
                : null;
            if (sharedKey is null || SharedPlanCrypto.Decrypt(sharedKey, record.Content, invitation.PlanId) is null)
            {
                var hint = state switch
                {
                    InvitationState.Withdrawn => SharedPlanLogHints.WithdrawnLink,
                    InvitationState.Expired => SharedPlanLogHints.ExpiredLink,
                    _ => SharedPlanLogHints.WrongLink,
                };
                _log.Append(new AccessLogDraft(invitation.PlanId.Value, AccessAction.OpenFailed, FailedLinkActor, ToAccessRole(invitation.Role.ToRole()),
                    hint, null, invitation.Id), now);
                return Task.FromResult<InvitationOpenResult>(state switch
                {
                    InvitationState.Withdrawn => new InvitationOpenResult.Withdrawn(),
                    InvitationState.Expired => new InvitationOpenResult.Expired(),
                    _ => new InvitationOpenResult.Unknown(),
                });
            }
            var session = new LiteDbSharedPlanSession(this, invitation.PlanId, invitation.Role.ToRole(), invitation.ParticipantId, invitation.Id, now, sharedKey);
            Invitations.Update((invitation with { LastUsedUtc = now }).ToDocument());
            _log.Append(SharedDraft(session, AccessAction.Opened, SharedPlanLogHints.ViaInvitation), now);
            return Task.FromResult<InvitationOpenResult>(new InvitationOpenResult.Opened(session));
        }
    }

    Task<SharedPlan?> ISharedPlanStore.LoadAsync(SharedPlanSession session, CancellationToken cancellationToken)
    {
        var s = OwnShared(session);
        lock (_write)
        {
            return Task.FromResult(StillValid(s, UtcNow()) && FindShared(s.PlanId) is { } record ? Decrypt(s, record) : null);
        }
    }

    Task<SharedPlanEditResult> ISharedPlanStore.UpdateAsync(SharedPlanSession session, Func<SharedPlanEditor, SharedPlanEditResult> edit,
        CancellationToken cancellationToken)
    {
        var s = OwnShared(session);
        ArgumentNullException.ThrowIfNull(edit);
        lock (_write)
        {
            var now = UtcNow();
            if (!StillValid(s, now) || FindShared(s.PlanId) is not { } record)
            {
                return Task.FromResult(SharedPlanEditResult.Withdrawn);
            }
            var plan = Decrypt(s, record);
            var result = edit(new SharedPlanEditor(plan, s.Actor, now));
            if (result.Succeeded)
            {
                var box = SharedPlanCrypto.Encrypt(s.SharedKey, SharedPlanJson.ToUtf8Json(plan), s.PlanId);
                SharedPlans.Update((record with { Content = box, UpdatedUtc = now }).ToDocument());
                _log.AppendSaved(SharedDraft(s, AccessAction.Saved, Hint(s)), now, _options.SaveLogInterval);
            }
            return Task.FromResult(result);
        }
    }

    Task<InvitationCreated> ISharedPlanStore.InviteAsync(SharedPlanSession owner, string participantId, InvitationRole role, DateTime? expiresUtc,
        CancellationToken cancellationToken)
    {
        var s = OwnShared(owner);
        s.Role.Demand(SharedPlanRight.Invite);
        if (!Enum.IsDefined(role))
        {
            throw new ArgumentOutOfRangeException(nameof(role));
        }
        lock (_write)
        {
            var now = UtcNow();
            var plan = FindShared(s.PlanId) is { } record ? Decrypt(s, record) : throw new PlanNotFoundException(s.PlanId);
            if (plan.FindParticipant(participantId) is not { Kind: not ParticipantKind.Resident })
            {
                throw new ArgumentException("Invite a participant of this plan other than its owner.", nameof(participantId));
            }
            var expires = expiresUtc?.ToUniversalTime();
            if (expires <= now)
            {
                throw new ArgumentException("An invitation must expire in the future.", nameof(expiresUtc));
            }
            var token = InvitationToken.Generate();
            var id = Guid.NewGuid().ToString("N")[..16];
            var invitation = new InvitationRecord(id, s.PlanId, token.ComputeHash(), participantId, role, now, expires, null, null, null);
            invitation = invitation with { WrappedKey = SharedPlanCrypto.WrapForInvitation(token, s.SharedKey, s.PlanId, invitation.Binding) };
            Invitations.Insert(invitation.ToDocument());
            _log.Append(SharedDraft(s, AccessAction.Invited, SharedPlanLogHints.SharedPlan) with { InvitationId = id }, now);
            return Task.FromResult(new InvitationCreated(invitation.ToInvitation(), token));
        }
    }

    Task<bool> ISharedPlanStore.WithdrawAsync(SharedPlanSession owner, string invitationId, CancellationToken cancellationToken)
    {
        var s = OwnShared(owner);
        s.Role.Demand(SharedPlanRight.Withdraw);
        lock (_write)
        {
            var invitation = InvitationRecord.FromDocument(Invitations.FindById(invitationId ?? ""));
            if (invitation is null || invitation.PlanId != s.PlanId || invitation.WithdrawnUtc is not null)
            {
                return Task.FromResult(false);
            }
            var now = UtcNow();
            Invitations.Update((invitation with { WithdrawnUtc = now, WrappedKey = null }).ToDocument());
            _log.Append(SharedDraft(s, AccessAction.InvitationWithdrawn, SharedPlanLogHints.SharedPlan) with { InvitationId = invitation.Id }, now);
            // Move the removal of the key copy out of the write-ahead log into the data file now.
            _db.Checkpoint();
            return Task.FromResult(true);
        }
    }

    Task<IReadOnlyList<Invitation>> ISharedPlanStore.ListInvitationsAsync(SharedPlanSession owner, CancellationToken cancellationToken)
    {
        var s = OwnShared(owner);
        s.Role.Demand(SharedPlanRight.Invite);
        IReadOnlyList<Invitation> list = Invitations.Find(Query.EQ("planId", s.PlanId.Value))
            .Select(d => InvitationRecord.FromDocument(d)!.ToInvitation())
            .OrderByDescending(i => i.CreatedUtc).ThenBy(i => i.Id, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(list);
    }

    Task ISharedPlanStore.DeleteAsync(SharedPlanSession owner, CancellationToken cancellationToken)
    {
        var s = OwnShared(owner);
        s.Role.Demand(SharedPlanRight.Delete);
        lock (_write)
        {
            DeleteSharedPlanData(s.PlanId);
            _log.Append(SharedDraft(s, AccessAction.Deleted, SharedPlanLogHints.SharedPlan), UtcNow());
            _db.Checkpoint();
        }
        return Task.CompletedTask;
    }

    Task ISharedPlanStore.RecordAsync(SharedPlanSession session, AccessAction action, CancellationToken cancellationToken)
    {
        var s = OwnShared(session);
        if (action is not (AccessAction.Exported or AccessAction.Printed))
        {
            throw new ArgumentException("Only Exported and Printed are recorded from outside.", nameof(action));
        }
        lock (_write)
        {
            if (StillValid(s, UtcNow()))
            {
                _log.Append(SharedDraft(s, action, Hint(s)), UtcNow());
            }
        }
        return Task.CompletedTask;
    }

    Task<IReadOnlyList<AccessLogEntry>> ISharedPlanStore.ReadAccessLogAsync(SharedPlanSession owner, DateTime? fromUtc, DateTime? toUtc,
        CancellationToken cancellationToken)
    {
        var s = OwnShared(owner);
        s.Role.Demand(SharedPlanRight.ViewAccessLog);
        var from = fromUtc?.ToUniversalTime() ?? DateTime.MinValue;
        var to = toUtc?.ToUniversalTime() ?? DateTime.MaxValue;
        IReadOnlyList<AccessLogEntry> entries = _log.ForPlan(s.PlanId.Value).Where(e => e.TimeUtc >= from && e.TimeUtc <= to).ToList();
        return Task.FromResult(entries);
    }

    /// <summary>Removes the shared plan and all its invitations (with their key copies). Callers hold the write lock.</summary>
    internal void DeleteSharedPlanData(PlanId id)
    {
        SharedPlans.Delete(id.Value);
        Invitations.DeleteMany(Query.EQ("planId", id.Value));
    }

    private SharedPlanRecord? FindShared(PlanId id) => SharedPlanRecord.FromDocument(SharedPlans.FindById(id.Value));

    /// <summary>The plan still exists and, for an invited person, the invitation still works. Callers hold the write lock.</summary>
    private bool StillValid(LiteDbSharedPlanSession s, DateTime now)
    {
        if (Find(s.PlanId) is null)
        {
            return false;
        }
        if (s.Role == SharedPlanRole.Owner)
        {
            return true;
        }
        var invitation = InvitationRecord.FromDocument(Invitations.FindById(s.InvitationId ?? ""));
        return invitation is { WrappedKey: not null } && invitation.PlanId == s.PlanId
            && invitation.ToInvitation().StateAt(now) == InvitationState.Active;
    }

    private static SharedPlan Decrypt(LiteDbSharedPlanSession s, SharedPlanRecord record) =>
        SharedPlanJson.Parse(SharedPlanCrypto.Decrypt(s.SharedKey, record.Content, s.PlanId)
            ?? throw new InvalidDataException($"Shared plan {s.PlanId} could not be decrypted: the stored bytes were changed."));

    private LiteDbPlanSession OwnOwner(PlanSession session)
    {
        var s = Own(session);
        return s is { Role: AccessRole.Owner, Owner: not null }
            ? s
            : throw new SharedPlanAccessDeniedException(SharedPlanRole.None, SharedPlanRight.View);
    }

    private LiteDbSharedPlanSession OwnShared(SharedPlanSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session is LiteDbSharedPlanSession s && ReferenceEquals(s.Store, this)
            ? s
            : throw new ArgumentException("This session was not opened by this store.", nameof(session));
    }

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
