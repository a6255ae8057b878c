using EigenPlan.Core.Notifications;
using EigenPlan.Core.SharedPlans;
using LiteDB;

namespace EigenPlan.Storage;

/// <summary>
/// <see cref="INotificationStore"/> on the same <see cref="LiteDbDatabase"/> as the plan stores and under its write lock.
/// One instance on one file: the claim (<c>claimedUntilTicks</c>) still guards a sender that crashed mid-send, so its
/// e-mails come free again after the claim runs out. Rows go with the invitation (withdrawn), the shared plan and the plan;
/// evaluation notices (<c>evaluation_notices</c>) go with their recipient.
/// </summary>
public sealed partial class LiteDbNotificationStore : INotificationStore
{
    private readonly LiteDbDatabase _database;
    private readonly NotificationTiming _timing;

    /// <param name="database">The file, shared with the plan stores.</param>
    /// <param name="timing">The digest's waits; <see cref="NotificationTiming.Standard"/> when null.</param>
    public LiteDbNotificationStore(LiteDbDatabase database, NotificationTiming? timing = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _timing = timing ?? NotificationTiming.Standard;
    }

    private ILiteCollection<BsonDocument> Recipients => _database.Shared.Recipients;

    private NotificationKey Key => _database.NotificationKey;

    public Task<NotificationSubscription?> FindAsync(SharedPlanSession invitee, CancellationToken cancellationToken = default)
    {
        var s = _database.Own<LiteDbSharedPlanSession>(invitee);
        return Task.FromResult(_database.Read("read the e-mail setting", s.PlanId, () =>
            ByInvitation(s.InvitationId) is { } row && row.PlanId == s.PlanId
                && Key.OpenAddress(row.Address, row.RecipientId, row.InvitationId) is { } address
                ? new NotificationSubscription(address, row.SinceUtc)
                : null));
    }

    public Task SubscribeAsync(SharedPlanSession invitee, string address, CancellationToken cancellationToken = default)
    {
        var s = RequireInvitee(invitee);
        var clean = NotificationAddress.Check(address, out var problem) ?? throw new ArgumentException(problem, nameof(address));
        _database.Write("turn e-mail on", s.PlanId, () =>
        {
            var now = _database.UtcNow();
            if (_database.Shared.FindInvitation(s.InvitationId) is not { } invitation || invitation.PlanId != s.PlanId
                || invitation.ToInvitation().StateAt(now) != InvitationState.Active)
            {
                throw new SharedPlanAccessDeniedException(s.Role, SharedPlanRight.View);
            }
            var old = ByInvitation(s.InvitationId);
            var waiting = old is null ? [] : NoticesOf(old.RecipientId);
            if (old is not null)
            {
                _database.Shared.DeleteRecipient(old.RecipientId);
            }
            var id = NotificationKey.NewRecipientId();
            var row = new NotificationRecord(id, s.PlanId, invitation.Id, invitation.ParticipantId,
                Key.SealAddress(clean, id, invitation.Id), now, old?.Schedule ?? NotificationSchedule.Empty, null);
            Recipients.Insert(row.ToDocument(_timing));
            // A new address keeps the evaluation notices that were waiting for the old one.
            foreach (var notice in waiting)
            {
                Notices.Insert((notice with { RecipientId = id, ClaimedUntilUtc = null }).ToDocument());
            }
        });
        return Task.CompletedTask;
    }

    public Task<bool> UnsubscribeAsync(SharedPlanSession invitee, CancellationToken cancellationToken = default)
    {
        var s = _database.Own<LiteDbSharedPlanSession>(invitee);
        return Task.FromResult(_database.Write("turn e-mail off", s.PlanId, () =>
            ByInvitation(s.InvitationId) is { } row && row.PlanId == s.PlanId && _database.Shared.DeleteRecipient(row.RecipientId)));
    }

    public Task<bool> UnsubscribeAsync(string token, CancellationToken cancellationToken = default) =>
        Task.FromResult(Key.RecipientOf(token) is { } id
            && _database.Write("turn e-mail off by link", null, () => _database.Shared.DeleteRecipient(id)));

    public Task NotifyAsync(string planId, string participantId, NotificationKind kind, bool turnedRed, CancellationToken cancellationToken = default)
    {
        _database.Write("note a change for e-mail", null, () =>
        {
            var now = _database.UtcNow();
            foreach (var row in Recipients.Find(Query.And(Query.EQ("planId", planId), Query.EQ("participantId", participantId)))
                .Select(d => NotificationRecord.FromDocument(d)!).ToList())
            {
                Recipients.Update((row with { Schedule = row.Schedule.WithChange(turnedRed, now) }).ToDocument(_timing));
            }
        });
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<DueNotification>> ClaimDueAsync(int max, TimeSpan claimFor, CancellationToken cancellationToken = default) =>
        Task.FromResult(_database.Write("claim due e-mails", null, () =>
        {
            var now = _database.UtcNow();
            var due = new List<DueNotification>();
            foreach (var row in Recipients.Find(Query.Between("dueTicks", 0L, now.Ticks)).Select(d => NotificationRecord.FromDocument(d)!).ToList())
            {
                if (due.Count >= max)
                {
                    break;
                }
                if (row.ClaimedUntilUtc > now)
                {
                    continue;
                }
                var invitation = _database.Shared.FindInvitation(row.InvitationId);
                var address = Key.OpenAddress(row.Address, row.RecipientId, row.InvitationId);
                if (invitation is null || invitation.ToInvitation().StateAt(now) != InvitationState.Active || address is null)
                {
                    // Withdrawn, expired or tampered with: the address has no use any more, so it goes.
                    _database.Shared.DeleteRecipient(row.RecipientId);
                    continue;
                }
                Recipients.Update((row with { ClaimedUntilUtc = now + claimFor }).ToDocument(_timing));
                due.Add(new DueNotification(row.RecipientId, row.InvitationId, address, Key.UnsubscribeToken(row.RecipientId), now));
            }
            ClaimDueNotices(due, max, claimFor, now);
            return (IReadOnlyList<DueNotification>)due;
        }));

    public Task MarkSentAsync(DueNotification sent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sent);
        _database.Write("note a sent e-mail", null, () =>
        {
            if (sent.IsEvaluationNotice)
            {
                NoticeSent(sent);
            }
            else if (NotificationRecord.FromDocument(Recipients.FindById(sent.RecipientId)) is { } row)
            {
                var schedule = row.Schedule.AfterSent(sent.ClaimedUtc, _database.UtcNow());
                Recipients.Update((row with { Schedule = schedule, ClaimedUntilUtc = null }).ToDocument(_timing));
            }
        });
        return Task.CompletedTask;
    }

    public Task ReleaseAsync(DueNotification failed, TimeSpan retryAfter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(failed);
        _database.Write("note a failed e-mail", null, () =>
        {
            if (failed.IsEvaluationNotice)
            {
                NoticeFailed(failed, retryAfter);
            }
            else if (NotificationRecord.FromDocument(Recipients.FindById(failed.RecipientId)) is { } row)
            {
                Recipients.Update((row with { ClaimedUntilUtc = _database.UtcNow() + retryAfter }).ToDocument(_timing));
            }
        });
        return Task.CompletedTask;
    }

    private NotificationRecord? ByInvitation(string? invitationId) =>
        invitationId is null ? null : NotificationRecord.FromDocument(Recipients.FindOne(Query.EQ("invitationId", invitationId)));

    private LiteDbSharedPlanSession RequireInvitee(SharedPlanSession session)
    {
        var s = _database.Own<LiteDbSharedPlanSession>(session);
        return s.InvitationId is not null && s.Role != SharedPlanRole.Owner
            ? s
            : throw new SharedPlanAccessDeniedException(s.Role, SharedPlanRight.View);
    }
}
