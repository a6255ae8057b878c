using EigenPlan.Core.Notifications;
using EigenPlan.Core.SharedPlans;
using EigenPlan.Storage.Transfer;
using LiteDB;

namespace EigenPlan.Storage;

// Evaluation notices: kept per recipient and evaluation, sent once when their not-before time has come.
public sealed partial class LiteDbNotificationStore
{
    private ILiteCollection<BsonDocument> Notices => _database.Shared.Notices;

    public Task ScheduleEvaluationNoticesAsync(string planId, IReadOnlyList<EvaluationNotice> notices, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notices);
        _database.Write("plan evaluation e-mails", null, () =>
        {
            var recipients = Recipients.Find(Query.EQ("planId", planId)).Select(d => NotificationRecord.FromDocument(d)!).ToList();
            var wanted = EvaluationNoticePlan.Wanted(planId, notices, recipients.Select(r => (r.RecipientId, r.ParticipantId)));
            foreach (var existing in Notices.Find(Query.EQ("planId", planId)).Select(EvaluationNoticeRecord.FromDocument).ToList())
            {
                var id = EvaluationNoticeRecord.IdOf(existing.RecipientId, existing.EvaluationId);
                if (!wanted.TryGetValue(id, out var want))
                {
                    Notices.Delete(id);
                }
                else if (want.EvaluationDate == existing.EvaluationDate)
                {
                    // Same moment: keep it as it is (also when it was sent already).
                    wanted.Remove(id);
                }
            }
            foreach (var notice in wanted.Values)
            {
                Notices.Upsert(notice.ToDocument());
            }
        });
        return Task.CompletedTask;
    }

    /// <summary>Adds the evaluation notices whose time has come to <paramref name="due"/>, up to <paramref name="max"/> in all.</summary>
    private void ClaimDueNotices(List<DueNotification> due, int max, TimeSpan claimFor, DateTime now)
    {
        // A moment that is over has no use for a notice any more (also one the sender could not send in time).
        Notices.DeleteMany(Query.LT("evaluationDay", EvaluationNoticePlan.StaleBefore(now).DayNumber));
        foreach (var notice in Notices.Find(Query.Between("notBeforeTicks", 0L, now.Ticks)).Select(EvaluationNoticeRecord.FromDocument).ToList())
        {
            if (due.Count >= max)
            {
                break;
            }
            if (notice.SentUtc is not null || notice.ClaimedUntilUtc > now)
            {
                continue;
            }
            var id = EvaluationNoticeRecord.IdOf(notice.RecipientId, notice.EvaluationId);
            var row = NotificationRecord.FromDocument(Recipients.FindById(notice.RecipientId));
            var invitation = row is null ? null : _database.Shared.FindInvitation(row.InvitationId);
            var address = row is null ? null : Key.OpenAddress(row.Address, row.RecipientId, row.InvitationId);
            if (row is null || invitation is null || invitation.ToInvitation().StateAt(now) != InvitationState.Active || address is null)
            {
                // Nobody to send it to any more: the notice goes, and with a dead invitation the address goes too.
                Notices.Delete(id);
                if (row is not null)
                {
                    _database.Shared.DeleteRecipient(row.RecipientId);
                }
                continue;
            }
            Notices.Update((notice with { ClaimedUntilUtc = now + claimFor }).ToDocument());
            due.Add(new DueNotification(row.RecipientId, row.InvitationId, address, Key.UnsubscribeToken(row.RecipientId), now)
            {
                EvaluationId = notice.EvaluationId,
                EvaluationDate = notice.EvaluationDate,
            });
        }
    }

    /// <summary>Sent: it does not go again — unless the moment moved meanwhile, then the new notice waits for its own time.</summary>
    private void NoticeSent(DueNotification sent)
    {
        if (Notices.FindById(EvaluationNoticeRecord.IdOf(sent.RecipientId, sent.EvaluationId!)) is { } document
            && EvaluationNoticeRecord.FromDocument(document) is var notice && notice.EvaluationDate == sent.EvaluationDate)
        {
            Notices.Update((notice with { SentUtc = _database.UtcNow(), ClaimedUntilUtc = null }).ToDocument());
        }
    }

    private void NoticeFailed(DueNotification failed, TimeSpan retryAfter)
    {
        if (Notices.FindById(EvaluationNoticeRecord.IdOf(failed.RecipientId, failed.EvaluationId!)) is { } document)
        {
            Notices.Update((EvaluationNoticeRecord.FromDocument(document) with { ClaimedUntilUtc = _database.UtcNow() + retryAfter }).ToDocument());
        }
    }

    private List<EvaluationNoticeRow> NoticesOf(string recipientId) =>
        Notices.Find(Query.EQ("recipientId", recipientId)).Select(EvaluationNoticeRecord.FromDocument).ToList();
}
