using EigenPlan.Core.SharedPlans;

namespace EigenPlan.Core.Notifications;

/// <summary>
/// One "samen terugkijken komt eraan" e-mail that waits for its time: for <see cref="ParticipantId"/>, about the
/// evaluation <see cref="EvaluationId"/> on <see cref="Date"/>, not sent before <see cref="NotBeforeUtc"/>. Ids and a
/// date only: the e-mail says how many days are left, nothing else about the plan.
/// </summary>
public sealed record EvaluationNotice(string EvaluationId, string ParticipantId, DateOnly Date, DateTime NotBeforeUtc);

/// <summary>
/// Which evaluation notices a shared plan wants right now, and when each may go:
/// <list type="bullet">
/// <item>one per person who joins an evaluation that is still to come (not written down, not in the past) — also the
/// person who planned it: it is a reminder of a date, not news of a change;</item>
/// <item>at <see cref="SendAt"/> (local time) <see cref="DaysAhead"/> days before the date, or at once when the date is
/// nearer than that.</item>
/// </list>
/// The store keeps exactly this list per plan (<see cref="INotificationSink.ScheduleEvaluationNoticesAsync"/>): a notice
/// whose evaluation was cancelled, written down or moved goes, a moved one comes back with its new time. Only people who
/// asked for e-mail are kept; the rest are not found, as with every notification.
/// </summary>
public static class EvaluationNotices
{
    /// <summary>How many days before the evaluation the e-mail goes.</summary>
    public const int DaysAhead = 3;

    /// <summary>The time of day the e-mail goes: in the morning, not in the middle of the night.</summary>
    public static readonly TimeOnly SendAt = new(9, 0);

    /// <summary>The notices <paramref name="plan"/> wants at <paramref name="nowUtc"/>, with dates read in <paramref name="zone"/>.</summary>
    public static IReadOnlyList<EvaluationNotice> For(SharedPlan plan, DateTime nowUtc, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(zone);
        var today = Today(nowUtc, zone);
        return EvaluationSchedule.Upcoming(plan, today)
            .SelectMany(e => e.ParticipantIds.Distinct(StringComparer.Ordinal)
                .Where(id => plan.FindParticipant(id) is not null)
                .Select(id => new EvaluationNotice(e.Id, id, e.Date, NotBeforeUtc(e.Date, nowUtc, zone))))
            .ToList();
    }

    /// <summary><see cref="DaysAhead"/> days before <paramref name="date"/> at <see cref="SendAt"/> in <paramref name="zone"/>; <paramref name="nowUtc"/> when that has passed.</summary>
    public static DateTime NotBeforeUtc(DateOnly date, DateTime nowUtc, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.AddDays(-DaysAhead).ToDateTime(SendAt, DateTimeKind.Unspecified);
        // A time skipped by the clock change (there is none at 09:00 in Europe, but zones differ) moves an hour on.
        if (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }
        var utc = TimeZoneInfo.ConvertTimeToUtc(local, zone);
        return utc > nowUtc ? utc : nowUtc;
    }

    /// <summary>Days from <paramref name="today"/> to <paramref name="date"/>; never below zero.</summary>
    public static int DaysLeft(DateOnly date, DateOnly today) => Math.Max(0, date.DayNumber - today.DayNumber);

    /// <summary>The date in <paramref name="zone"/> at <paramref name="nowUtc"/>.</summary>
    public static DateOnly Today(DateTime nowUtc, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc), zone));
    }
}
