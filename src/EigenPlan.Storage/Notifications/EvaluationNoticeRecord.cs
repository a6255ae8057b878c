using EigenPlan.Storage.Transfer;
using LiteDB;

namespace EigenPlan.Storage;

/// <summary>
/// The <c>evaluation_notices</c> collection: one document per <see cref="EvaluationNoticeRow"/> — ids, the evaluation's
/// day and times only. <c>notBeforeTicks</c> is when it may go; <c>sentTicks</c> keeps a sent notice from going again
/// while its date stays; <c>claimedUntilTicks</c> keeps it from being sent twice.
/// </summary>
internal static class EvaluationNoticeRecord
{
    public const string CollectionName = "evaluation_notices";

    public static string IdOf(string recipientId, string evaluationId) => EvaluationNoticePlan.IdOf(recipientId, evaluationId);

    public static BsonDocument ToDocument(this EvaluationNoticeRow n) => new()
    {
        ["_id"] = IdOf(n.RecipientId, n.EvaluationId),
        ["recipientId"] = n.RecipientId,
        ["evaluationId"] = n.EvaluationId,
        ["planId"] = n.PlanId,
        ["evaluationDay"] = n.EvaluationDate.DayNumber,
        ["notBeforeTicks"] = n.NotBeforeUtc.Ticks,
        ["sentTicks"] = Ticks(n.SentUtc),
        ["claimedUntilTicks"] = Ticks(n.ClaimedUntilUtc),
    };

    public static EvaluationNoticeRow FromDocument(BsonDocument d) => new(
        d["recipientId"].AsString,
        d["evaluationId"].AsString,
        d["planId"].AsString,
        DateOnly.FromDayNumber(d["evaluationDay"].AsInt32),
        new DateTime(d["notBeforeTicks"].AsInt64, DateTimeKind.Utc),
        Time(d["sentTicks"]),
        Time(d["claimedUntilTicks"]));

    private static BsonValue Ticks(DateTime? time) => time is { } t ? new BsonValue(t.Ticks) : BsonValue.Null;

    private static DateTime? Time(BsonValue value) => value.IsInt64 ? new DateTime(value.AsInt64, DateTimeKind.Utc) : null;
}
