using EigenPlan.Core.Notifications;
using EigenPlan.Storage.Transfer;

namespace EigenPlan.Storage;

/// <summary>
/// What both providers do the same with evaluation notices: turn the plan's wanted notices (per participant) into rows
/// per recipient — only people who asked for e-mail — and decide when a notice is stale.
/// </summary>
public static class EvaluationNoticePlan
{
    /// <summary>A row's key: one notice per recipient and evaluation.</summary>
    public static string IdOf(string recipientId, string evaluationId) => $"{recipientId}|{evaluationId}";

    /// <summary>The rows <paramref name="notices"/> ask for, by <see cref="IdOf"/>, for the plan's <paramref name="recipients"/>.</summary>
    public static Dictionary<string, EvaluationNoticeRow> Wanted(string planId, IEnumerable<EvaluationNotice> notices,
        IEnumerable<(string RecipientId, string ParticipantId)> recipients)
    {
        ArgumentNullException.ThrowIfNull(notices);
        ArgumentNullException.ThrowIfNull(recipients);
        var byParticipant = recipients.ToLookup(r => r.ParticipantId, r => r.RecipientId, StringComparer.Ordinal);
        var wanted = new Dictionary<string, EvaluationNoticeRow>(StringComparer.Ordinal);
        foreach (var notice in notices)
        {
            foreach (var recipientId in byParticipant[notice.ParticipantId])
            {
                wanted[IdOf(recipientId, notice.EvaluationId)] =
                    new EvaluationNoticeRow(recipientId, notice.EvaluationId, planId, notice.Date, notice.NotBeforeUtc, null, null);
            }
        }
        return wanted;
    }

    /// <summary>Notices of moments before this date are deleted unsent: the day is over (a day's slack for time zones).</summary>
    public static DateOnly StaleBefore(DateTime nowUtc) => DateOnly.FromDateTime(nowUtc).AddDays(-1);
}
