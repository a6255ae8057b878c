using EigenPlan.Core.Notifications;
using EigenPlan.Core.Security;
using EigenPlan.Core.SharedPlans;
using Npgsql;

namespace EigenPlan.Storage.PostgreSql;

/// <summary>
/// <see cref="INotificationStore"/> in <c>notification_recipients</c>, for any number of instances: a sender claims due
/// rows with <c>FOR UPDATE SKIP LOCKED</c> and sets <c>claimed_until</c> in the same transaction, so two instances never
/// take the same row, and a row whose sender died comes free when the claim runs out. Rows go with the invitation
/// (withdrawn), the shared plan and the plan; evaluation notices (<c>evaluation_notices</c>) go with their recipient.
/// </summary>
public sealed partial class PostgreSqlNotificationStore : INotificationStore
{
    private const string Columns = "recipient_id, plan_id, invitation_id, participant_id, address_nonce, address, since_utc, "
        + "pending_utc, urgent_utc, last_change_utc, last_sent_utc, claimed_until";

    private readonly PostgreSqlDatabase _database;
    private readonly NotificationTiming _timing;

    /// <param name="database">The database, shared with the plan stores.</param>
    /// <param name="timing">The digest's waits; <see cref="NotificationTiming.Standard"/> when null.</param>
    public PostgreSqlNotificationStore(PostgreSqlDatabase database, NotificationTiming? timing = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _timing = timing ?? NotificationTiming.Standard;
    }

    private NotificationKey Key => _database.NotificationKey;

    public Task<NotificationSubscription?> FindAsync(SharedPlanSession invitee, CancellationToken cancellationToken = default)
    {
        var s = _database.Own<PostgreSqlSharedPlanSession>(invitee);
        return _database.ReadAsync("read the e-mail setting", s.PlanId, async c =>
            await ByInvitationAsync(c, s.InvitationId, false, cancellationToken) is { } row && row.PlanId == s.PlanId.Value
                && Key.OpenAddress(row.Address, row.RecipientId, row.InvitationId) is { } address
                ? new NotificationSubscription(address, row.SinceUtc)
                : null, cancellationToken);
    }

    public Task SubscribeAsync(SharedPlanSession invitee, string address, CancellationToken cancellationToken = default)
    {
        var s = _database.Own<PostgreSqlSharedPlanSession>(invitee);
        if (s.InvitationId is null || s.Role == SharedPlanRole.Owner)
        {
            throw new SharedPlanAccessDeniedException(s.Role, SharedPlanRight.View);
        }
        var clean = NotificationAddress.Check(address, out var problem) ?? throw new ArgumentException(problem, nameof(address));
        return _database.WriteAsync("turn e-mail on", s.PlanId, async c =>
        {
            // The plan's lock first, as every write does: a withdrawal waits, or this waits for it.
            await PostgreSqlDatabase.LockPlanAsync(c, s.PlanId, cancellationToken);
            var now = _database.UtcNow();
            if (await PostgreSqlSharedPlanStore.FindInvitationAsync(c, s.InvitationId, cancellationToken) is not { } invitation
                || invitation.PlanId != s.PlanId || invitation.ToInvitation().StateAt(now) != InvitationState.Active)
            {
                throw new SharedPlanAccessDeniedException(s.Role, SharedPlanRight.View);
            }
            var old = await ByInvitationAsync(c, invitation.Id, true, cancellationToken);
            await c.ExecuteAsync("DELETE FROM notification_recipients WHERE invitation_id = $1", [invitation.Id], cancellationToken);
            var id = NotificationKey.NewRecipientId();
            // A new address keeps the evaluation notices that were waiting for the old one.
            await c.ExecuteAsync("UPDATE evaluation_notices SET recipient_id = $2, claimed_until = NULL WHERE recipient_id = $1",
                [old?.RecipientId ?? "", id], cancellationToken);
            var row = new Row(id, s.PlanId.Value, invitation.Id, invitation.ParticipantId, Key.SealAddress(clean, id, invitation.Id), now,
                old?.Schedule ?? NotificationSchedule.Empty, null);
            await c.ExecuteAsync($"INSERT INTO notification_recipients ({Columns}, due_utc) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
                [row.RecipientId, row.PlanId, row.InvitationId, row.ParticipantId, row.Address.Nonce, row.Address.Ciphertext, row.SinceUtc,
                    row.Schedule.PendingSinceUtc, row.Schedule.UrgentSinceUtc, row.Schedule.LastChangeUtc, row.Schedule.LastSentUtc, null,
                    row.Schedule.DueAt(_timing)], cancellationToken);
        }, cancellationToken);
    }

    public Task<bool> UnsubscribeAsync(SharedPlanSession invitee, CancellationToken cancellationToken = default)
    {
        var s = _database.Own<PostgreSqlSharedPlanSession>(invitee);
        return _database.WriteAsync("turn e-mail off", s.PlanId, async c =>
        {
            await c.ExecuteAsync("DELETE FROM evaluation_notices WHERE recipient_id IN "
                + "(SELECT recipient_id FROM notification_recipients WHERE invitation_id = $1 AND plan_id = $2)",
                [s.InvitationId ?? "", s.PlanId.Value], cancellationToken);
            return await c.ExecuteAsync("DELETE FROM notification_recipients WHERE invitation_id = $1 AND plan_id = $2",
                [s.InvitationId ?? "", s.PlanId.Value], cancellationToken) > 0;
        }, cancellationToken);
    }

    public Task<bool> UnsubscribeAsync(string token, CancellationToken cancellationToken = default) =>
        Key.RecipientOf(token) is { } id
            ? _database.WriteAsync("turn e-mail off by link", null, async c => await DeleteRecipientAsync(c, id, cancellationToken), cancellationToken)
            : Task.FromResult(false);

    public Task NotifyAsync(string planId, string participantId, NotificationKind kind, bool turnedRed, CancellationToken cancellationToken = default) =>
        _database.WriteAsync("note a change for e-mail", null, async c =>
        {
            var now = _database.UtcNow();
            var rows = await c.ListAsync($"SELECT {Columns} FROM notification_recipients WHERE plan_id = $1 AND participant_id = $2 FOR UPDATE",
                [planId, participantId], Read, cancellationToken);
            foreach (var row in rows)
            {
                await SaveScheduleAsync(c, row.RecipientId, row.Schedule.WithChange(turnedRed, now), row.ClaimedUntilUtc, cancellationToken);
            }
        }, cancellationToken);

    public Task<IReadOnlyList<DueNotification>> ClaimDueAsync(int max, TimeSpan claimFor, CancellationToken cancellationToken = default) =>
        _database.WriteAsync("claim due e-mails", null, async c =>
        {
            var now = _database.UtcNow();
            // SKIP LOCKED: a row another instance is claiming right now is left to it; its claimed_until then keeps it out.
            var rows = await c.ListAsync(
                $"SELECT {Columns} FROM notification_recipients WHERE due_utc <= $1 AND (claimed_until IS NULL OR claimed_until <= $1) "
                + "ORDER BY due_utc LIMIT $2 FOR UPDATE SKIP LOCKED", [now, max], Read, cancellationToken);
            var due = new List<DueNotification>();
            foreach (var row in rows)
            {
                var invitation = await PostgreSqlSharedPlanStore.FindInvitationAsync(c, row.InvitationId, cancellationToken);
                var address = Key.OpenAddress(row.Address, row.RecipientId, row.InvitationId);
                if (invitation is null || invitation.ToInvitation().StateAt(now) != InvitationState.Active || address is null)
                {
                    // Withdrawn, expired or tampered with: the address has no use any more, so it goes.
                    await DeleteRecipientAsync(c, row.RecipientId, cancellationToken);
                    continue;
                }
                await c.ExecuteAsync("UPDATE notification_recipients SET claimed_until = $2 WHERE recipient_id = $1",
                    [row.RecipientId, now + claimFor], cancellationToken);
                due.Add(new DueNotification(row.RecipientId, row.InvitationId, address, Key.UnsubscribeToken(row.RecipientId), now));
            }
            await ClaimDueNoticesAsync(c, due, max, claimFor, now, cancellationToken);
            return (IReadOnlyList<DueNotification>)due;
        }, cancellationToken);

    public Task MarkSentAsync(DueNotification sent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sent);
        return _database.WriteAsync("note a sent e-mail", null, async c =>
        {
            if (sent.IsEvaluationNotice)
            {
                await NoticeSentAsync(c, sent, cancellationToken);
            }
            else if (await c.FirstOrDefaultAsync($"SELECT {Columns} FROM notification_recipients WHERE recipient_id = $1 FOR UPDATE",
                    [sent.RecipientId], Read, cancellationToken) is { } row)
            {
                await SaveScheduleAsync(c, row.RecipientId, row.Schedule.AfterSent(sent.ClaimedUtc, _database.UtcNow()), null, cancellationToken);
            }
        }, cancellationToken);
    }

    public Task ReleaseAsync(DueNotification failed, TimeSpan retryAfter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(failed);
        return _database.WriteAsync("note a failed e-mail", null, async c => failed.IsEvaluationNotice
            ? await c.ExecuteAsync("UPDATE evaluation_notices SET claimed_until = $3 WHERE recipient_id = $1 AND evaluation_id = $2",
                [failed.RecipientId, failed.EvaluationId, _database.UtcNow() + retryAfter], cancellationToken)
            : await c.ExecuteAsync("UPDATE notification_recipients SET claimed_until = $2 WHERE recipient_id = $1",
                [failed.RecipientId, _database.UtcNow() + retryAfter], cancellationToken), cancellationToken);
    }

    private Task<int> SaveScheduleAsync(NpgsqlConnection c, string recipientId, NotificationSchedule schedule, DateTime? claimedUntil,
        CancellationToken cancellationToken) =>
        c.ExecuteAsync("UPDATE notification_recipients SET pending_utc = $2, urgent_utc = $3, last_change_utc = $4, last_sent_utc = $5, "
            + "due_utc = $6, claimed_until = $7 WHERE recipient_id = $1",
            [recipientId, schedule.PendingSinceUtc, schedule.UrgentSinceUtc, schedule.LastChangeUtc, schedule.LastSentUtc,
                schedule.DueAt(_timing), claimedUntil], cancellationToken);

    private static Task<Row?> ByInvitationAsync(NpgsqlConnection c, string? invitationId, bool forUpdate, CancellationToken cancellationToken) =>
        c.FirstOrDefaultAsync($"SELECT {Columns} FROM notification_recipients WHERE invitation_id = $1{(forUpdate ? " FOR UPDATE" : "")}",
            [invitationId ?? ""], Read, cancellationToken);

    private static Row Read(NpgsqlDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), new SealedBox(r.GetFieldValue<byte[]>(4), r.GetFieldValue<byte[]>(5)),
        r.Time(6), new NotificationSchedule(r.NullableTime(7), r.NullableTime(8), r.NullableTime(9), r.NullableTime(10)), r.NullableTime(11));

    private sealed record Row(string RecipientId, string PlanId, string InvitationId, string ParticipantId, SealedBox Address, DateTime SinceUtc,
        NotificationSchedule Schedule, DateTime? ClaimedUntilUtc);
}
