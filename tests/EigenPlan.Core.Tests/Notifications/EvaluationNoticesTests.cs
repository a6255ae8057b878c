using EigenPlan.Core.Notifications;
using EigenPlan.Core.SharedPlans;
using EigenPlan.Core.Tests.SharedPlans;

namespace EigenPlan.Core.Tests.Notifications;

/// <summary>
/// The "samen terugkijken komt eraan" notice: for everyone who joins a moment still to come, three days before at 09:00
/// local time or at once when nearer; nothing for a cancelled or written-down moment; the e-mail says only how soon.
/// </summary>
public sealed class EvaluationNoticesTests
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
    private static readonly Uri Site = new("https://eigenplan.gemeente.nl/");

    [Fact]
    public void NotBefore_IsThreeDaysAheadAtNineInTheMorning_LocalTime_SummerAndWinter()
    {
        var now = new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);

        // Winter: 09:00 in Amsterdam is 08:00 UTC; summer: 07:00 UTC.
        Assert.Equal(new DateTime(2026, 3, 9, 8, 0, 0, DateTimeKind.Utc), EvaluationNotices.NotBeforeUtc(new DateOnly(2026, 3, 12), now, Amsterdam));
        Assert.Equal(new DateTime(2026, 6, 9, 7, 0, 0, DateTimeKind.Utc), EvaluationNotices.NotBeforeUtc(new DateOnly(2026, 6, 12), now, Amsterdam));
    }

    [Fact]
    public void NotBefore_IsNow_WhenTheMomentIsNearerThanThreeDays()
    {
        var now = new DateTime(2026, 3, 10, 15, 30, 0, DateTimeKind.Utc);

        Assert.Equal(now, EvaluationNotices.NotBeforeUtc(new DateOnly(2026, 3, 12), now, Amsterdam));
        Assert.Equal(now, EvaluationNotices.NotBeforeUtc(new DateOnly(2026, 3, 10), now, Amsterdam));
    }

    [Fact]
    public void For_EveryoneWhoJoinsAMomentStillToCome_AlsoWhoPlannedIt_NotTheCancelledOrWrittenDownOnes()
    {
        var plan = SharedPlanSamples.Plan();
        var owner = plan.Owner!.Id;
        var sister = SharedPlanSamples.Sister(plan).Id;
        var kees = plan.Participants.Single(p => p.Name == "Kees").Id;
        var editor = SharedPlanSamples.Editor(plan, SharedPlanRole.Owner);
        Assert.True(editor.PlanEvaluation(new DateOnly(2026, 3, 12), [owner, sister], out var coming).Succeeded);
        Assert.True(editor.PlanEvaluation(new DateOnly(2026, 3, 20), [kees], out var cancelled).Succeeded);
        Assert.True(editor.PlanEvaluation(new DateOnly(2026, 3, 1), [kees], out var today).Succeeded);
        Assert.True(editor.CancelEvaluation(cancelled!).Succeeded);
        Assert.True(editor.RecordEvaluation(today!, "Goed gesprek.", null, null, []).Succeeded);

        var notices = EvaluationNotices.For(plan, SharedPlanSamples.Now, Amsterdam);

        Assert.Equal<string>([owner, sister], notices.Select(n => n.ParticipantId));
        Assert.All(notices, n => Assert.Equal(coming, n.EvaluationId));
        Assert.All(notices, n => Assert.Equal((new DateOnly(2026, 3, 12), new DateTime(2026, 3, 9, 8, 0, 0, DateTimeKind.Utc)), (n.Date, n.NotBeforeUtc)));
    }

    [Fact]
    public void For_AMomentWhoseDayHasPassed_WantsNothing()
    {
        var plan = SharedPlanSamples.Plan();
        Assert.True(SharedPlanSamples.Editor(plan, SharedPlanRole.Owner)
            .PlanEvaluation(new DateOnly(2026, 3, 5), [SharedPlanSamples.Sister(plan).Id], out _).Succeeded);

        Assert.Single(EvaluationNotices.For(plan, new DateTime(2026, 3, 5, 20, 0, 0, DateTimeKind.Utc), Amsterdam));
        Assert.Empty(EvaluationNotices.For(plan, new DateTime(2026, 3, 5, 23, 30, 0, DateTimeKind.Utc), Amsterdam));
    }

    [Fact]
    public void Facts_KnowWhichMomentsAreOpen()
    {
        var plan = SharedPlanSamples.Plan();
        var editor = SharedPlanSamples.Editor(plan, SharedPlanRole.Owner);
        Assert.True(editor.PlanEvaluation(new DateOnly(2026, 3, 1), [SharedPlanSamples.Sister(plan).Id], out var id).Succeeded);
        Assert.Equal<string>([id!], SharedPlanFacts.Of(plan).OpenEvaluations);

        Assert.True(editor.RecordEvaluation(id!, "Goed gesprek.", null, null, []).Succeeded);

        Assert.Empty(SharedPlanFacts.Of(plan).OpenEvaluations);
    }

    [Theory]
    [InlineData(3, "Over 3 dagen kijken jullie samen terug.")]
    [InlineData(2, "Over 2 dagen kijken jullie samen terug.")]
    [InlineData(1, "Morgen kijken jullie samen terug.")]
    [InlineData(0, "Vandaag kijken jullie samen terug.")]
    public void TheNotice_SaysOnlyHowSoon(int daysLeft, string line)
    {
        var key = NotificationKey.DeriveFrom(Audit.AuditKey.Generate());

        var message = NotificationMessage.ComposeEvaluationComing(Site, "0123456789abcdef", key.UnsubscribeToken(NotificationKey.NewRecipientId()), daysLeft);

        Assert.Equal("Binnenkort kijken jullie samen terug", message.Subject);
        Assert.Contains(line, message.Body.Split("\r\n"));
        Assert.Equal("https://eigenplan.gemeente.nl/samen/uitnodiging/0123456789abcdef", message.PlanLink.AbsoluteUri);
        Assert.Contains(message.PlanLink.AbsoluteUri, message.Body, StringComparison.Ordinal);
        Assert.Contains(message.UnsubscribeLink.AbsoluteUri, message.Body, StringComparison.Ordinal);
        Assert.Contains("Wil je geen e-mails meer?", message.Body, StringComparison.Ordinal);
        Assert.Contains("Waarom krijg je deze e-mail?", message.Body, StringComparison.Ordinal);
        // No date, no weekday, no month: only how soon.
        // (The links are left out of this check: the unsubscribe token is random base64url and may hold "12-3".)
        var words = message.Body.Replace(message.PlanLink.AbsoluteUri, "", StringComparison.Ordinal)
            .Replace(message.UnsubscribeLink.AbsoluteUri, "", StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d{1,2}[-/]\d{1,2}|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|maart", words);
    }

    [Fact]
    public void TheNotice_IsTheSameForEveryPlan_ApartFromItsLinks()
    {
        var key = NotificationKey.DeriveFrom(Audit.AuditKey.Generate());
        var a = NotificationMessage.ComposeEvaluationComing(Site, "0123456789abcdef", key.UnsubscribeToken(NotificationKey.NewRecipientId()), 3);
        var b = NotificationMessage.ComposeEvaluationComing(Site, "fedcba9876543210", key.UnsubscribeToken(NotificationKey.NewRecipientId()), 3);

        Assert.Equal(Without(a), Without(b));
        Assert.NotEqual(Without(a), Without(NotificationMessage.Compose(Site, "0123456789abcdef", key.UnsubscribeToken(NotificationKey.NewRecipientId()))));
    }

    [Theory]
    [InlineData(12, 9, 3)]
    [InlineData(12, 12, 0)]
    [InlineData(12, 14, 0)]
    public void DaysLeft_NeverBelowZero(int day, int today, int expected) =>
        Assert.Equal(expected, EvaluationNotices.DaysLeft(new DateOnly(2026, 3, day), new DateOnly(2026, 3, today)));

    private static string Without(NotificationMessage m) =>
        m.Body.Replace(m.PlanLink.AbsoluteUri, "", StringComparison.Ordinal).Replace(m.UnsubscribeLink.AbsoluteUri, "", StringComparison.Ordinal);
}
