using EigenPlan.Core.Notifications;

namespace EigenPlan.Core.Tests.Notifications;

/// <summary>Digest timing on a clock the test moves: one e-mail a day, red at once but at most one an hour.</summary>
public sealed class NotificationScheduleTests
{
    private static readonly DateTime T0 = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void NothingWaiting_IsNeverDue()
    {
        Assert.Null(NotificationSchedule.Empty.DueUtc);
        Assert.Null(NotificationSchedule.Empty.WithChange(false, T0).AfterSent(T0.AddMinutes(11), T0.AddMinutes(11)).DueUtc);
    }

    [Fact]
    public void FirstChange_IsDueAfterTheGatherDelay_AndABurstBecomesOneEmail()
    {
        var schedule = NotificationSchedule.Empty.WithChange(false, T0)
            .WithChange(false, T0.AddMinutes(3))
            .WithChange(false, T0.AddMinutes(8));

        Assert.Equal(T0 + NotificationSchedule.GatherDelay, schedule.DueUtc);

        var sent = schedule.AfterSent(T0.AddMinutes(10), T0.AddMinutes(10));
        Assert.Null(sent.DueUtc);
    }

    [Fact]
    public void AChangeAfterAnEmail_WaitsUntilADayAfterIt()
    {
        var sent = NotificationSchedule.Empty.WithChange(false, T0).AfterSent(T0.AddMinutes(10), T0.AddMinutes(10));

        var next = sent.WithChange(false, T0.AddHours(2));

        Assert.Equal(T0.AddMinutes(10) + NotificationSchedule.DigestGap, next.DueUtc);
    }

    [Fact]
    public void AChangeLongAfterTheLastEmail_OnlyWaitsTheGatherDelay()
    {
        var sent = NotificationSchedule.Empty.WithChange(false, T0).AfterSent(T0.AddMinutes(10), T0.AddMinutes(10));

        var next = sent.WithChange(false, T0.AddDays(3));

        Assert.Equal(T0.AddDays(3) + NotificationSchedule.GatherDelay, next.DueUtc);
    }

    [Fact]
    public void Red_IsDueAtOnce_EvenWithOtherChangesWaiting()
    {
        var schedule = NotificationSchedule.Empty.WithChange(false, T0).WithChange(true, T0.AddMinutes(2));

        Assert.Equal(T0.AddMinutes(2), schedule.DueUtc);
    }

    [Fact]
    public void Red_WithinAnHourOfTheLastEmail_WaitsUntilTheHourIsOver_NotADay()
    {
        var sent = NotificationSchedule.Empty.WithChange(true, T0).AfterSent(T0, T0);

        var again = sent.WithChange(true, T0.AddMinutes(20));

        Assert.Equal(T0 + NotificationSchedule.UrgentGap, again.DueUtc);
    }

    [Fact]
    public void OverADay_AtMostOneEmail_WithoutRed_HoweverManyChanges()
    {
        var sentTimes = Simulate(Enumerable.Range(0, 48).Select(i => (T0.AddMinutes(30 * i), false)));

        Assert.Single(sentTimes, t => t < T0.AddDays(1));
        Assert.All(sentTimes.Zip(sentTimes.Skip(1)), pair => Assert.True(pair.Second - pair.First >= NotificationSchedule.DigestGap));
    }

    [Fact]
    public void RedEveryTenMinutes_GivesAtMostOneEmailAnHour()
    {
        var sentTimes = Simulate(Enumerable.Range(0, 18).Select(i => (T0.AddMinutes(10 * i), true)));

        Assert.Equal(3, sentTimes.Count(t => t < T0.AddHours(3)));
        Assert.All(sentTimes.Zip(sentTimes.Skip(1)), pair => Assert.True(pair.Second - pair.First >= NotificationSchedule.UrgentGap));
    }

    [Fact]
    public void AChangeThatCameInWhileSending_WaitsForTheNextEmail()
    {
        var claimed = T0.AddMinutes(10);
        var schedule = NotificationSchedule.Empty.WithChange(false, T0).WithChange(false, claimed.AddSeconds(2));

        var sent = schedule.AfterSent(claimed, claimed.AddSeconds(5));

        Assert.Equal(claimed.AddSeconds(5) + NotificationSchedule.DigestGap, sent.DueUtc);
    }

    [Fact]
    public void AShorterGatherDelay_MovesOnlyTheFirstEmail_TheDailyGapStays()
    {
        var timing = NotificationTiming.Standard with { GatherDelay = TimeSpan.FromSeconds(1) };
        var schedule = NotificationSchedule.Empty.WithChange(false, T0);

        Assert.Equal(T0.AddSeconds(1), schedule.DueAt(timing));
        var next = schedule.AfterSent(T0.AddSeconds(1), T0.AddSeconds(1)).WithChange(false, T0.AddMinutes(5));
        Assert.Equal(T0.AddSeconds(1) + NotificationSchedule.DigestGap, next.DueAt(timing));
    }

    /// <summary>Changes at the given times; a sender that looks every minute. Returns when e-mails went out.</summary>
    private static List<DateTime> Simulate(IEnumerable<(DateTime At, bool Red)> changes)
    {
        var queue = new Queue<(DateTime At, bool Red)>(changes.OrderBy(c => c.At));
        var schedule = NotificationSchedule.Empty;
        var sent = new List<DateTime>();
        for (var now = T0; now < T0.AddDays(2); now = now.AddMinutes(1))
        {
            while (queue.Count > 0 && queue.Peek().At <= now)
            {
                schedule = schedule.WithChange(queue.Dequeue().Red, now);
            }
            if (schedule.DueUtc is { } due && due <= now)
            {
                schedule = schedule.AfterSent(now, now);
                sent.Add(now);
            }
        }
        return sent;
    }
}
