using EigenPlan.Core.Notifications;
using EigenPlan.Core.SharedPlans;

namespace EigenPlan.Storage.Tests.Conformance;

// E-mail opt-ins: the queue a sender claims from, on every provider.
public abstract partial class PlanStoreConformance
{
    protected INotificationStore Notifications => Stores.Notifications;

    private async Task<(SharedPlanSession Owner, SharedPlan Plan, SharedPlanSession Sister, InvitationCreated Invitation)> SisterWithEmailAsync()
    {
        var (_, owner, plan) = await NewSharedPlanAsync();
        var invitation = await Shared.InviteAsync(owner, StoreSamples.Participant(plan, "Fatima"), InvitationRole.Contribute, null);
        var sister = await OpenLinkAsync(invitation);
        await Notifications.SubscribeAsync(sister, "fatima@voorbeeld.nl");
        return (owner, plan, sister, invitation);
    }

    [Fact]
    public async Task Notifications_Subscribe_ThenFind_GivesTheAddress_OwnerCannotSubscribe()
    {
        var (owner, _, sister, _) = await SisterWithEmailAsync();

        var found = await Notifications.FindAsync(sister);

        Assert.Equal("fatima@voorbeeld.nl", found?.Address);
        await Assert.ThrowsAsync<SharedPlanAccessDeniedException>(() => Notifications.SubscribeAsync(owner, "eigenaar@voorbeeld.nl"));
        await Assert.ThrowsAsync<ArgumentException>(() => Notifications.SubscribeAsync(sister, "geen adres"));
    }

    [Fact]
    public async Task Notifications_NothingHappened_NothingIsDue()
    {
        await SisterWithEmailAsync();
        Clock.Advance(TimeSpan.FromDays(2));

        Assert.Empty(await Notifications.ClaimDueAsync(10, TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public async Task Notifications_AChange_IsDueAfterTheGatherDelay_ClaimedOnce_ThenSentOnce()
    {
        var (_, plan, _, invitation) = await SisterWithEmailAsync();
        var sisterId = StoreSamples.Participant(plan, "Fatima");

        await Notifications.NotifyAsync(plan.PlanId, sisterId, NotificationKind.ActionAssigned, false);
        await Notifications.NotifyAsync(plan.PlanId, sisterId, NotificationKind.Message, false);
        Assert.Empty(await Notifications.ClaimDueAsync(10, TimeSpan.FromMinutes(5)));
        Clock.Advance(TimeSpan.FromSeconds(2));
        var due = Assert.Single(await Notifications.ClaimDueAsync(10, TimeSpan.FromMinutes(5)));

        Assert.Equal(("fatima@voorbeeld.nl", invitation.Invitation.Id), (due.Address, due.InvitationId));
        Assert.Empty(await Notifications.ClaimDueAsync(10, TimeSpan.FromMinutes(5)));
        await Notifications.MarkSentAsync(due);
        Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Empty(await Notifications.ClaimDueAsync(10, TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public async Task Notifications_AfterAnEmail_TheNextWaitsADay_UnlessSomethingTurnsRed()
    {
        var (_, plan, _, _) = await SisterWithEmailAsync();
        var sisterId = StoreSamples.Participant(plan, "Fatima");
        await Notifications.NotifyAsync(plan.PlanId, sisterId, NotificationKind.Message, false);
        Clock.Advance(TimeSpan.FromSeconds(2));
        await Notifications.MarkSentAsync(Assert.Single(await Notifications.ClaimDueAsync(10, TimeSpan.FromMinutes(5))));

        Clock.Advance(TimeSpan.FromHours(2));
        await Notifications.NotifyAsync(plan.PlanId, sisterId, NotificationKind.Message, false);
        Clock.Advance(TimeSpan.FromHours(2));
        Assert.Empty(await Notifications.ClaimDueAsync(10, TimeSpan.FromMinutes(5)));
        await Notifications.NotifyAsync(plan.PlanId, sisterId, NotificationKind.TurnedRed, true);

        Assert.Single(await Notifications.ClaimDueAsync(10, TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public async Task Notifications_AFailedSend_IsReleased_AndTriedAgainLater()
    {
        var (_, plan, _, _) = await SisterWithEmailAsync();
        await Notifications.NotifyAsync(plan.PlanId, StoreSamples.Participant(plan, "Fatima"), NotificationKind.Message, false);
        Clock.Advance(TimeSpan.FromSeconds(2));
        var due = Assert.Single(await Notifications.ClaimDueAsync(10, TimeSpan.FromMinutes(5)));

        await Notifications.ReleaseAsync(due, TimeSpan.FromMinutes(1));

        Assert.Empty(await Notifications.ClaimDueAsync(10, TimeSpan.FromMinutes(5)));
        Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Single(await Notifications.ClaimDueAsync(10, TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public async Task Notifications_UnsubscribeByTheEmailsToken_WorksOnce_ForgedTokensDoNothing()
    {
        var (_, plan, sister, _) = await SisterWithEmailAsync();
        await Notifications.NotifyAsync(plan.PlanId, StoreSamples.Participant(plan, "Fatima"), NotificationKind.Message, false);
        Clock.Advance(TimeSpan.FromSeconds(2));
        var due = Assert.Single(await Notifications.ClaimDueAsync(10, TimeSpan.FromMinutes(5)));
        var forged = due.UnsubscribeToken[..^2] + (due.UnsubscribeToken[^2..] == "AA" ? "AB" : "AA");

        Assert.False(await Notifications.UnsubscribeAsync(forged));
        Assert.True(await Notifications.UnsubscribeAsync(due.UnsubscribeToken));

        Assert.Null(await Notifications.FindAsync(sister));
        Assert.False(await Notifications.UnsubscribeAsync(due.UnsubscribeToken));
    }

    [Fact]
    public async Task Notifications_WithdrawingTheInvitation_DeletesTheAddress()
    {
        var (owner, plan, _, invitation) = await SisterWithEmailAsync();

        await Shared.WithdrawAsync(owner, invitation.Invitation.Id);
        await Notifications.NotifyAsync(plan.PlanId, StoreSamples.Participant(plan, "Fatima"), NotificationKind.TurnedRed, true);

        Assert.Empty(await Notifications.ClaimDueAsync(10, TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public async Task Notifications_DeletingTheSharedPlan_DeletesTheAddress()
    {
        var (owner, plan, _, _) = await SisterWithEmailAsync();

        await Shared.DeleteAsync(owner);
        await Notifications.NotifyAsync(plan.PlanId, StoreSamples.Participant(plan, "Fatima"), NotificationKind.TurnedRed, true);

        Assert.Empty(await Notifications.ClaimDueAsync(10, TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public async Task Notifications_SurviveARestart()
    {
        var (_, plan, _, _) = await SisterWithEmailAsync();
        await Notifications.NotifyAsync(plan.PlanId, StoreSamples.Participant(plan, "Fatima"), NotificationKind.Message, false);

        Stores.Restart();
        Clock.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal("fatima@voorbeeld.nl", Assert.Single(await Notifications.ClaimDueAsync(10, TimeSpan.FromMinutes(5))).Address);
    }
}
