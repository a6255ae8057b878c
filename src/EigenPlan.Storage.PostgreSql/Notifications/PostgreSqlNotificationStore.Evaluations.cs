using EigenPlan.Core.Notifications;
using EigenPlan.Core.SharedPlans;
using EigenPlan.Storage.Transfer;
using Npgsql;

namespace EigenPlan.Storage.PostgreSql;

// Evaluation notices: kept per recipient and evaluation, claimed like the digests (FOR UPDATE SKIP LOCKED), sent once.
public sealed partial class PostgreSqlNotificationStore
{
    internal const string NoticeColumns = "recipient_id, evaluation_id, plan_id, evaluation_date, not_before_utc, sent_utc, claimed_until";

    public Task ScheduleEvaluationNoticesAsync(string planId, IReadOnlyList<EvaluationNotice> notices, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notices);
        return _database.WriteAsync("plan evaluation e-mails", null, async c =>
        {
            // The recipients' rows locked first, as NotifyAsync does, so a claim or a change of address waits for this.
            var recipients = await c.ListAsync("SELECT recipient_id, participant_id FROM notification_recipients WHERE plan_id = $1 FOR UPDATE",
                [planId], r => (r.GetString(0), r.GetString(1)), cancellationToken);
            var wanted = EvaluationNoticePlan.Wanted(planId, notices, recipients);
            var existing = await c.ListAsync($"SELECT {NoticeColumns} FROM evaluation_notices WHERE plan_id = $1 FOR UPDATE", [planId], ReadNotice,
                cancellationToken);
            foreach (var notice in existing)
            {
                var id = EvaluationNoticePlan.IdOf(notice.RecipientId, notice.EvaluationId);
                if (!wanted.TryGetValue(id, out var want))
                {
                    await c.ExecuteAsync("DELETE FROM evaluation_notices WHERE recipient_id = $1 AND evaluation_id = $2",
                        [notice.RecipientId, notice.EvaluationId], cancellationToken);
                }
                else if (want.EvaluationDate == notice.EvaluationDate)
                {
                    // Same moment: keep it as it is (also when it was sent already).
                    wanted.Remove(id);
                }
            }
            foreach (var n in wanted.Values)
            {
                await c.ExecuteAsync($"INSERT INTO evaluation_notices ({NoticeColumns}) VALUES ($1, $2, $3, $4, $5, NULL, NULL) "
                    + "ON CONFLICT (recipient_id, evaluation_id) DO UPDATE SET evaluation_date = excluded.evaluation_date, "
                    + "not_before_utc = excluded.not_before_utc, sent_utc = NULL, claimed_until = NULL",
                    [n.RecipientId, n.EvaluationId, n.PlanId, n.EvaluationDate, n.NotBeforeUtc], cancellationToken);
            }
        }, cancellationToken);
    }

    /// <summary>Adds the evaluation notices whose time has come to <paramref name="due"/>, up to <paramref name="max"/> in all.</summary>
    private async Task ClaimDueNoticesAsync(NpgsqlConnection c, List<DueNotification> due, int max, TimeSpan claimFor, DateTime now,
        CancellationToken cancellationToken)
    {
        // A moment that is over has no use for a notice any more (also one the sender could not send in time).
        await c.ExecuteAsync("DELETE FROM evaluation_notices WHERE evaluation_date < $1", [EvaluationNoticePlan.StaleBefore(now)], cancellationToken);
        if (due.Count >= max)
        {
            return;
        }
        var notices = await c.ListAsync(
            $"SELECT {NoticeColumns} FROM evaluation_notices WHERE sent_utc IS NULL AND not_before_utc <= $1 "
            + "AND (claimed_until IS NULL OR claimed_until <= $1) ORDER BY not_before_utc LIMIT $2 FOR UPDATE SKIP LOCKED",
            [now, max - due.Count], ReadNotice, cancellationToken);
        foreach (var notice in notices)
        {
            var row = await c.FirstOrDefaultAsync($"SELECT {Columns} FROM notification_recipients WHERE recipient_id = $1", [notice.RecipientId], Read,
                cancellationToken);
            var invitation = row is null ? null : await PostgreSqlSharedPlanStore.FindInvitationAsync(c, row.InvitationId, cancellationToken);
            var address = row is null ? null : Key.OpenAddress(row.Address, row.RecipientId, row.InvitationId);
            if (row is null || invitation is null || invitation.ToInvitation().StateAt(now) != InvitationState.Active || address is null)
            {
                // Nobody to send it to any more: the notice goes, and with a dead invitation the address goes too.
                await c.ExecuteAsync("DELETE FROM evaluation_notices WHERE recipient_id = $1 AND evaluation_id = $2",
                    [notice.RecipientId, notice.EvaluationId], cancellationToken);
                await DeleteRecipientAsync(c, notice.RecipientId, cancellationToken);
                continue;
            }
            await c.ExecuteAsync("UPDATE evaluation_notices SET claimed_until = $3 WHERE recipient_id = $1 AND evaluation_id = $2",
                [notice.RecipientId, notice.EvaluationId, now + claimFor], cancellationToken);
            due.Add(new DueNotification(row.RecipientId, row.InvitationId, address, Key.UnsubscribeToken(row.RecipientId), now)
            {
                EvaluationId = notice.EvaluationId,
                EvaluationDate = notice.EvaluationDate,
            });
        }
    }

    /// <summary>Sent: it does not go again — unless the moment moved meanwhile, then the new notice waits for its own time.</summary>
    private Task<int> NoticeSentAsync(NpgsqlConnection c, DueNotification sent, CancellationToken cancellationToken) =>
        c.ExecuteAsync("UPDATE evaluation_notices SET sent_utc = $4, claimed_until = NULL WHERE recipient_id = $1 AND evaluation_id = $2 "
            + "AND evaluation_date = $3", [sent.RecipientId, sent.EvaluationId, sent.EvaluationDate, _database.UtcNow()], cancellationToken);

    /// <summary>Deletes one opt-in (its address) with the evaluation notices that wait for it. False when there was none.</summary>
    private static async Task<bool> DeleteRecipientAsync(NpgsqlConnection c, string recipientId, CancellationToken cancellationToken)
    {
        await c.ExecuteAsync("DELETE FROM evaluation_notices WHERE recipient_id = $1", [recipientId], cancellationToken);
        return await c.ExecuteAsync("DELETE FROM notification_recipients WHERE recipient_id = $1", [recipientId], cancellationToken) > 0;
    }

    internal static EvaluationNoticeRow ReadNotice(NpgsqlDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetFieldValue<DateOnly>(3), r.Time(4), r.NullableTime(5), r.NullableTime(6));
}
