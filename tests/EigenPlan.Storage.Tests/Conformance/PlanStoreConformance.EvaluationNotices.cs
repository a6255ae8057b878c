using EigenPlan.Core.Notifications;
using EigenPlan.Core.SharedPlans;

namespace EigenPlan.Storage.Tests.Conformance;

// Evaluation notices: queued with a not-before time, replaced when the moment moves, dropped when it goes; on every provider.
public abstract partial class PlanStoreConformance
{
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(5);

    private DateOnly Today => DateOnly.FromDateTime(Clock.UtcNow);

    /// <summary>The notice a plan wants for one person: the moment in <paramref name="days"/> days, due <paramref name="dueIn"/> from now.</summary>
    private EvaluationNotice Notice(string participantId, int days, TimeSpan dueIn, string evaluationId = "eval1") =>
        new(evaluationId, participantId, Today.AddDays(days), Clock.UtcNow + dueIn);

    [Fact]
    public async Task EvaluationNotice_WaitsForItsTime_ThenGoesOnce_AndStaysSentWhileTheDateStays()
    {
        var (_, plan, _, invitation) = await SisterWithEmailAsync();
        var notice = Notice(StoreSamples.Participant(plan, "Fatima"), days: 10, dueIn: TimeSpan.FromDays(7));

        await Notifications.ScheduleEvaluationNoticesAsync(plan.PlanId, [notice]);
        Clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        Assert.Empty(await Notifications.ClaimDueAsync(10, ClaimFor));
        Clock.Advance(TimeSpan.FromMinutes(1));
        var due = Assert.Single(await Notifications.ClaimDueAsync(10, ClaimFor));

        Assert.True(due.IsEvaluationNotice);
        Assert.Equal(("fatima@voorbeeld.nl", invitation.Invitation.Id, "eval1", notice.Date),
            (due.Address, due.InvitationId, due.EvaluationId, due.EvaluationDate));
        Assert.Empty(await Notifications.ClaimDueAsync(10, ClaimFor));
        await Notifications.MarkSentAsync(due);
        // The next edit of the plan asks for the same notice again: it was sent, so it does not go twice.
        await Notifications.ScheduleEvaluationNoticesAsync(plan.PlanId, [notice with { NotBeforeUtc = Clock.UtcNow }]);
        Clock.Advance(TimeSpan.FromHours(1));
        Assert.Empty(await Notifications.ClaimDueAsync(10, ClaimFor));
    }

    [Fact]
    public async Task EvaluationNotice_IsNotADigest_TheDigestStillComesOnItsOwn()
    {
        var (_, plan, _, _) = await SisterWithEmailAsync();
        var sisterId = StoreSamples.Participant(plan, "Fatima");
        await Notifications.ScheduleEvaluationNoticesAsync(plan.PlanId, [Notice(sisterId, days: 1, dueIn: TimeSpan.Zero)]);
        await Notifications.NotifyAsync(plan.PlanId, sisterId, NotificationKind.Message, false);
        Clock.Advance(TimeSpan.FromSeconds(2));

        var due = await Notifications.ClaimDueAsync(10, ClaimFor);

        Assert.Equal(2, due.Count);
        Assert.Single(due, d => d.IsEvaluationNotice);
    }

    [Fact]
    public async Task EvaluationNotice_MovedMoment_ReplacesTheNotice_EvenOneAlreadySent()
    {
        var (_, plan, _, _) = await SisterWithEmailAsync();
        var sisterId = StoreSamples.Participant(plan, "Fatima");
        await Notifications.ScheduleEvaluationNoticesAsync(plan.PlanId, [Notice(sisterId, days: 2, dueIn: TimeSpan.Zero)]);
        await Notifications.MarkSentAsync(Assert.Single(await Notifications.ClaimDueAsync(10, ClaimFor)));

        var moved = Notice(sisterId, days: 20, dueIn: TimeSpan.FromDays(17));
        await Notifications.ScheduleEvaluationNoticesAsync(plan.PlanId, [moved]);

        Assert.Empty(await Notifications.ClaimDueAsync(10, ClaimFor));
        Clock.Advance(TimeSpan.FromDays(17));
        Assert.Equal(moved.Date, Assert.Single(await Notifications.ClaimDueAsync(10, ClaimFor)).EvaluationDate);
    }

    [Fact]
    public async Task EvaluationNotice_MovedWhileBeingSent_TheOldSendDoesNotCoverTheNewDate()
    {
        var (_, plan, _, _) = await SisterWithEmailAsync();
        var sisterId = StoreSamples.Participant(plan, "Fatima");
        await Notifications.ScheduleEvaluationNoticesAsync(plan.PlanId, [Notice(sisterId, days: 2, dueIn: TimeSpan.Zero)]);
        var inFlight = Assert.Single(await Notifications.ClaimDueAsync(10, ClaimFor));

        await Notifications.ScheduleEvaluationNoticesAsync(plan.PlanId, [Notice(sisterId, days: 1, dueIn: TimeSpan.Zero)]);
        await Notifications.MarkSentAsync(inFlight);

        Assert.Equal(Today.AddDays(1), Assert.Single(await Notifications.ClaimDueAsync(10, ClaimFor)).EvaluationDate);
    }

    [Fact]
    public async Task EvaluationNotice_CancelledOrWrittenDown_IsDropped()
    {
        var (_, plan, _, _) = await SisterWithEmailAsync();
        var sisterId = StoreSamples.Participant(plan, "Fatima");
        await Notifications.ScheduleEvaluationNoticesAsync(plan.PlanId,
            [Notice(sisterId, days: 5, dueIn: TimeSpan.FromDays(2)), Notice(sisterId, days: 6, dueIn: TimeSpan.FromDays(3), "eval2")]);

        // The first moment went (cancelled, or written down): the plan now wants only the second.
        await Notifications.ScheduleEvaluationNoticesAsync(plan.PlanId, [Notice(sisterId, days: 6, dueIn: TimeSpan.FromDays(3), "eval2")]);
        Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal("eval2", Assert.Single(await Notifications.ClaimDueAsync(10, ClaimFor)).EvaluationId);

        await Notifications.ScheduleEvaluationNoticesAsync(plan.PlanId, []);
        Clock.Advance(ClaimFor + TimeSpan.FromMinutes(1));
        Assert.Empty(await Notifications.ClaimDueAsync(10, ClaimFor));
    }

    [Fact]
    public async Task EvaluationNotice_OnlyForPeopleWhoAskedForEmail()
    {
        var (owner, plan, _, _) = await SisterWithEmailAsync();
        var kees = StoreSamples.Participant(plan, "Kees");
        // Kees is invited too, but never asked for e-mail; the owner cannot.
        await Shared.InviteAsync(owner, kees, InvitationRole.Read, null);

        await Notifications.ScheduleEvaluationNoticesAsync(plan.PlanId,
            [Notice(kees, days: 1, dueIn: TimeSpan.Zero), Notice(plan.Owner!.Id, days: 1, dueIn: TimeSpan.Zero),
             Notice(StoreSamples.Participant(plan, "Fatima"), days: 1, dueIn: TimeSpan.Zero)]);

        Assert.Equal("fatima@voorbeeld.nl", Assert.Single(await Notifications.ClaimDueAsync(10, ClaimFor)).Address);
    }

    [Fact]
    public async Task EvaluationNotice_FollowsANewAddress_AndGoesWithUnsubscribing()
    {
        var (_, plan, sister, _) = await SisterWithEmailAsync();
        await Notifications.ScheduleEvaluationNoticesAsync(plan.PlanId, [Notice(StoreSamples.Participant(plan, "Fatima"), days: 5, dueIn: TimeSpan.FromDays(2))]);

        await Notifications.SubscribeAsync(sister, "fatima.nieuw@voorbeeld.nl");
        Clock.Advance(TimeSpan.FromDays(2));
        var due = Assert.Single(await Notifications.ClaimDueAsync(10, ClaimFor));
        Assert.Equal("fatima.nieuw@voorbeeld.nl", due.Address);
        await Notifications.ReleaseAsync(due, TimeSpan.FromMinutes(1));

        Assert.True(await Notifications.UnsubscribeAsync(due.UnsubscribeToken));
        Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Empty(await Notifications.ClaimDueAsync(10, ClaimFor));
    }

    [Fact]
    public async Task EvaluationNotice_GoesWithTheInvitation_AndWithTheSharedPlan()
    {
        var (owner, plan, _, invitation) = await SisterWithEmailAsync();
        var sisterId = StoreSamples.Participant(plan, "Fatima");
        await Notifications.ScheduleEvaluationNoticesAsync(plan.PlanId, [Notice(sisterId, days: 1, dueIn: TimeSpan.Zero)]);

        await Shared.WithdrawAsync(owner, invitation.Invitation.Id);

        Assert.Empty(await Notifications.ClaimDueAsync(10, ClaimFor));
        await Shared.DeleteAsync(owner);
        Assert.Empty(await Notifications.ClaimDueAsync(10, ClaimFor));
    }

    [Fact]
    public async Task EvaluationNotice_AFailedSend_IsTriedAgainLater_AndAPassedMomentIsNotSentAtAll()
    {
        var (_, plan, _, _) = await SisterWithEmailAsync();
        var sisterId = StoreSamples.Participant(plan, "Fatima");
        await Notifications.ScheduleEvaluationNoticesAsync(plan.PlanId,
            [Notice(sisterId, days: 1, dueIn: TimeSpan.Zero), Notice(sisterId, days: 30, dueIn: TimeSpan.Zero, "eval2")]);
        var first = await Notifications.ClaimDueAsync(10, ClaimFor);
        Assert.Equal(2, first.Count);

        foreach (var failed in first)
        {
            await Notifications.ReleaseAsync(failed, TimeSpan.FromMinutes(1));
        }
        Assert.Empty(await Notifications.ClaimDueAsync(10, ClaimFor));
        // The sender was away until the first moment was over: only the second still goes.
        Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal("eval2", Assert.Single(await Notifications.ClaimDueAsync(10, ClaimFor)).EvaluationId);
    }

    [Fact]
    public async Task EvaluationNotice_SurvivesARestart()
    {
        var (_, plan, _, _) = await SisterWithEmailAsync();
        await Notifications.ScheduleEvaluationNoticesAsync(plan.PlanId, [Notice(StoreSamples.Participant(plan, "Fatima"), days: 4, dueIn: TimeSpan.FromDays(1))]);

        Stores.Restart();
        Clock.Advance(TimeSpan.FromDays(1));

        Assert.True(Assert.Single(await Notifications.ClaimDueAsync(10, ClaimFor)).IsEvaluationNotice);
    }
}
