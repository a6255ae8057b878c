using EigenPlan.Core.Security;
using EigenPlan.Storage.Transfer;
using Npgsql;

namespace EigenPlan.Storage.PostgreSql;

/// <summary>
/// The columns of the e-mail and insight tables as <c>store copy</c> reads and writes them (in this order), next to
/// <see cref="Rows"/> for the plan tables.
/// </summary>
internal static class TransferRows
{
    public const string RecipientColumns = "recipient_id, plan_id, invitation_id, participant_id, address_nonce, address, since_utc, "
        + "pending_utc, urgent_utc, last_change_utc, last_sent_utc, due_utc, claimed_until";

    public static NotificationRecipientRow Recipient(NpgsqlDataReader r) => new(
        r.GetString(0), new PlanId(r.GetString(1)), r.GetString(2), r.GetString(3), new SealedBox(r.GetFieldValue<byte[]>(4), r.GetFieldValue<byte[]>(5)),
        r.Time(6), r.NullableTime(7), r.NullableTime(8), r.NullableTime(9), r.NullableTime(10), r.NullableTime(11), r.NullableTime(12));

    public static object?[] Values(NotificationRecipientRow n) =>
        [n.RecipientId, n.PlanId.Value, n.InvitationId, n.ParticipantId, n.Address.Nonce, n.Address.Ciphertext, n.SinceUtc,
         n.PendingSinceUtc, n.UrgentSinceUtc, n.LastChangeUtc, n.LastSentUtc, n.DueUtc, n.ClaimedUntilUtc];

    public const string NoticeColumns = PostgreSqlNotificationStore.NoticeColumns;

    public static object?[] Values(EvaluationNoticeRow n) =>
        [n.RecipientId, n.EvaluationId, n.PlanId, n.EvaluationDate, n.NotBeforeUtc, n.SentUtc, n.ClaimedUntilUtc];

    public const string InsightColumns = "municipality, week, metric, key, count";

    public static InsightCountRow Insight(NpgsqlDataReader r) => new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt64(4));

    public static object?[] Values(InsightCountRow i) => [i.Municipality, i.Week, i.Metric, i.Key, i.Count];
}
