using EigenPlan.Core.Notifications;
using EigenPlan.Core.Security;
using LiteDB;

namespace EigenPlan.Storage;

/// <summary>
/// One row of <c>notification_recipients</c>: a person who asked for e-mail, per invitation. Ids, the sealed address
/// and times only — never what changed. <c>dueTicks</c> is <see cref="NotificationSchedule.DueAt"/> stored so the
/// sender can look for due rows by index; <c>claimedUntilTicks</c> keeps a row from being sent twice.
/// </summary>
internal sealed record NotificationRecord(
    string RecipientId,
    PlanId PlanId,
    string InvitationId,
    string ParticipantId,
    SealedBox Address,
    DateTime SinceUtc,
    NotificationSchedule Schedule,
    DateTime? ClaimedUntilUtc)
{
    public const string CollectionName = "notification_recipients";

    public BsonDocument ToDocument(NotificationTiming timing) => new()
    {
        ["_id"] = RecipientId,
        ["planId"] = PlanId.Value,
        ["invitationId"] = InvitationId,
        ["participantId"] = ParticipantId,
        ["addressNonce"] = Address.Nonce,
        ["address"] = Address.Ciphertext,
        ["sinceTicks"] = SinceUtc.Ticks,
        ["pendingTicks"] = Ticks(Schedule.PendingSinceUtc),
        ["urgentTicks"] = Ticks(Schedule.UrgentSinceUtc),
        ["lastChangeTicks"] = Ticks(Schedule.LastChangeUtc),
        ["lastSentTicks"] = Ticks(Schedule.LastSentUtc),
        ["dueTicks"] = Ticks(Schedule.DueAt(timing)),
        ["claimedUntilTicks"] = Ticks(ClaimedUntilUtc),
    };

    public static NotificationRecord? FromDocument(BsonDocument? d) => d is null
        ? null
        : new NotificationRecord(
            d["_id"].AsString,
            new PlanId(d["planId"].AsString),
            d["invitationId"].AsString,
            d["participantId"].AsString,
            new SealedBox(d["addressNonce"].AsBinary, d["address"].AsBinary),
            new DateTime(d["sinceTicks"].AsInt64, DateTimeKind.Utc),
            new NotificationSchedule(Time(d["pendingTicks"]), Time(d["urgentTicks"]), Time(d["lastChangeTicks"]), Time(d["lastSentTicks"])),
            Time(d["claimedUntilTicks"]));

    private static BsonValue Ticks(DateTime? time) => time is { } t ? new BsonValue(t.Ticks) : BsonValue.Null;

    private static DateTime? Time(BsonValue value) => value.IsInt64 ? new DateTime(value.AsInt64, DateTimeKind.Utc) : null;
}
