using System.Text;
using EigenPlan.Core.Audit;
using EigenPlan.Core.Plans;
using EigenPlan.Core.SharedPlans;

namespace EigenPlan.Storage.Tests.Conformance;

// The shared plan: owner and invited people, roles, and the log entries they leave.
public abstract partial class PlanStoreConformance
{
    /// <summary>An Eigen Plan with a shared plan: two goals, a sister and a wijkteam member.</summary>
    protected async Task<(PlanCreated Created, SharedPlanSession Owner, SharedPlan Plan)> NewSharedPlanAsync()
    {
        var created = await CreateAsync();
        var plan = StoreSamples.SharedPlan(created, Clock.UtcNow);
        var owner = await Shared.CreateAsync(created.Session, plan);
        return (created, owner, plan);
    }

    protected async Task<SharedPlanSession> OpenLinkAsync(InvitationCreated invitation) =>
        Assert.IsType<InvitationOpenResult.Opened>(await Shared.OpenWithInvitationAsync(invitation.Token.Value)).Session;

    [Fact]
    public async Task SharedPlan_Create_ThenOwnerOpens_SeesPlan_AndSecondCreateIsRefused()
    {
        var (created, _, _) = await NewSharedPlanAsync();

        var owner = await Shared.OpenAsOwnerAsync(created.Session);

        Assert.NotNull(owner);
        Assert.Equal(SharedPlanRole.Owner, owner.Role);
        var loaded = await Shared.LoadAsync(owner);
        Assert.Equal(["Rondkomen zonder zorgen", "Een woning zonder trap"], loaded!.Goals.Select(g => g.Text));
        Assert.True(await Shared.ExistsAsync(created.Session));
        await Assert.ThrowsAsync<InvalidOperationException>(() => Shared.CreateAsync(created.Session, loaded));
    }

    [Fact]
    public async Task SharedPlan_None_OwnerOpenGivesNull()
    {
        var created = await CreateAsync();

        Assert.Null(await Shared.OpenAsOwnerAsync(created.Session));
        Assert.False(await Shared.ExistsAsync(created.Session));
    }

    [Fact]
    public async Task SharedPlan_Contributor_OpensWithLink_ChangesStatus_OwnerSeesItWithHistory()
    {
        var (_, owner, plan) = await NewSharedPlanAsync();
        var invitation = await Shared.InviteAsync(owner, StoreSamples.Participant(plan, "Fatima"), InvitationRole.Contribute, null);

        var sister = await OpenLinkAsync(invitation);
        var goalId = plan.Goals[0].Id;
        var result = await Shared.UpdateAsync(sister, e => e.SetStatus(goalId, GoalStatus.Orange, "Brief van de bank ligt er nog."));

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal((SharedPlanRole.Contributor, invitation.Invitation.Id), (sister.Role, sister.InvitationId));
        var seen = (await Shared.LoadAsync(owner))!.Goals[0];
        Assert.Equal(GoalStatus.Orange, seen.Status);
        Assert.Equal(("Fatima", GoalStatus.None, GoalStatus.Orange), (seen.History[0].ActorName, seen.History[0].From, seen.History[0].To));
    }

    [Fact]
    public async Task SharedPlan_Reader_CannotChangeAnything_PlanStaysTheSame()
    {
        var (_, owner, plan) = await NewSharedPlanAsync();
        var invitation = await Shared.InviteAsync(owner, StoreSamples.Participant(plan, "Kees"), InvitationRole.Read, null);
        var reader = await OpenLinkAsync(invitation);

        var result = await Shared.UpdateAsync(reader, e => e.PostMessage(plan.Goals[0].Id, "Hallo"));

        Assert.Equal(SharedPlanEditError.NotAllowed, result.Error);
        Assert.Empty((await Shared.LoadAsync(owner))!.Goals[0].Messages);
        await Assert.ThrowsAsync<SharedPlanAccessDeniedException>(() => Shared.InviteAsync(reader, StoreSamples.Participant(plan, "Fatima"), InvitationRole.Contribute, null));
        await Assert.ThrowsAsync<SharedPlanAccessDeniedException>(() => Shared.ExtendInvitationAsync(reader, invitation.Invitation.Id, Clock.UtcNow.AddDays(200)));
        await Assert.ThrowsAsync<SharedPlanAccessDeniedException>(() => Shared.DeleteAsync(reader));
        await Assert.ThrowsAsync<SharedPlanAccessDeniedException>(() => Shared.ReadAccessLogAsync(reader, null, null));
    }

    [Fact]
    public async Task SharedPlan_OnlyOwnerInvites_ContributorCannotInviteOrWithdraw()
    {
        var (_, owner, plan) = await NewSharedPlanAsync();
        var invitation = await Shared.InviteAsync(owner, StoreSamples.Participant(plan, "Fatima"), InvitationRole.Contribute, null);
        var sister = await OpenLinkAsync(invitation);

        await Assert.ThrowsAsync<SharedPlanAccessDeniedException>(() => Shared.InviteAsync(sister, StoreSamples.Participant(plan, "Kees"), InvitationRole.Read, null));
        await Assert.ThrowsAsync<SharedPlanAccessDeniedException>(() => Shared.WithdrawAsync(sister, invitation.Invitation.Id));
        await Assert.ThrowsAsync<ArgumentException>(() => Shared.InviteAsync(owner, plan.Owner!.Id, InvitationRole.Read, null));
        await Assert.ThrowsAsync<ArgumentException>(() => Shared.InviteAsync(owner, "forged", InvitationRole.Read, null));
    }

    [Fact]
    public async Task Invitation_WithoutAChosenEnd_Expires90DaysLater()
    {
        var (_, owner, plan) = await NewSharedPlanAsync();

        var invitation = await Shared.InviteAsync(owner, StoreSamples.Participant(plan, "Kees"), InvitationRole.Read, null);

        Assert.Equal(Clock.UtcNow.AddDays(90), invitation.Invitation.ExpiresUtc);
        Clock.Advance(TimeSpan.FromDays(89));
        await OpenLinkAsync(invitation);
        Clock.Advance(TimeSpan.FromDays(1));
        Assert.IsType<InvitationOpenResult.Expired>(await Shared.OpenWithInvitationAsync(invitation.Token.Value));
    }

    [Fact]
    public async Task Invitation_Opened_SaysWhenItEnds_AlsoAfterTheOwnerExtendsIt()
    {
        var (_, owner, plan) = await NewSharedPlanAsync();
        var until = Clock.UtcNow.AddDays(200).AddSeconds(1);
        var invitation = await Shared.InviteAsync(owner, StoreSamples.Participant(plan, "Kees"), InvitationRole.Read, until);

        var opened = Assert.IsType<InvitationOpenResult.Opened>(await Shared.OpenWithInvitationAsync(invitation.Token.Value));
        Assert.True(await Shared.ExtendInvitationAsync(owner, invitation.Invitation.Id, until.AddDays(30)));
        var reopened = Assert.IsType<InvitationOpenResult.Opened>(await Shared.OpenWithInvitationAsync(invitation.Token.Value));

        // Longer than the 90-day default on purpose: the browser keeps the invitation exactly as long as it works.
        Assert.Equal(until, opened.ExpiresUtc);
        Assert.Equal(DateTimeKind.Utc, opened.ExpiresUtc!.Value.Kind);
        Assert.Equal(until.AddDays(30), reopened.ExpiresUtc);
    }

    [Fact]
    public async Task Invitation_ExpiredLink_IsRefused_AndLogged()
    {
        var (_, owner, plan) = await NewSharedPlanAsync();
        var invitation = await Shared.InviteAsync(owner, StoreSamples.Participant(plan, "Kees"), InvitationRole.Read, Clock.UtcNow.AddDays(7));
        var reader = await OpenLinkAsync(invitation);

        Clock.Advance(TimeSpan.FromDays(7));

        Assert.IsType<InvitationOpenResult.Expired>(await Shared.OpenWithInvitationAsync(invitation.Token.Value));
        Assert.Null(await Shared.LoadAsync(reader));
        Assert.Equal(SharedPlanLogHints.ExpiredLink, (await Shared.ReadAccessLogAsync(owner, null, null))[^1].ClientHint);
    }

    [Fact]
    public async Task Invitation_Extended_WorksUntilTheNewDate_EvenAfterItHadExpired()
    {
        var (_, owner, plan) = await NewSharedPlanAsync();
        var invitation = await Shared.InviteAsync(owner, StoreSamples.Participant(plan, "Kees"), InvitationRole.Read, Clock.UtcNow.AddDays(7));
        var reader = await OpenLinkAsync(invitation);
        Clock.Advance(TimeSpan.FromDays(8));
        Assert.Null(await Shared.LoadAsync(reader));

        Assert.True(await Shared.ExtendInvitationAsync(owner, invitation.Invitation.Id, Clock.UtcNow.AddDays(30)));

        Assert.NotNull(await Shared.LoadAsync(reader));
        await OpenLinkAsync(invitation);
        Assert.Equal(Clock.UtcNow.AddDays(30), (await Shared.ListInvitationsAsync(owner)).Single().ExpiresUtc);
        Assert.Contains(AccessAction.InvitationExtended, (await Shared.ReadAccessLogAsync(owner, null, null)).Select(e => e.Action));
        Clock.Advance(TimeSpan.FromDays(30));
        Assert.IsType<InvitationOpenResult.Expired>(await Shared.OpenWithInvitationAsync(invitation.Token.Value));
    }

    [Fact]
    public async Task Invitation_ExtendWithdrawnOrIntoThePast_IsRefused()
    {
        var (_, owner, plan) = await NewSharedPlanAsync();
        var invitation = await Shared.InviteAsync(owner, StoreSamples.Participant(plan, "Kees"), InvitationRole.Read, null);

        await Assert.ThrowsAsync<ArgumentException>(() => Shared.ExtendInvitationAsync(owner, invitation.Invitation.Id, Clock.UtcNow.AddDays(-1)));
        await Shared.WithdrawAsync(owner, invitation.Invitation.Id);
        Assert.False(await Shared.ExtendInvitationAsync(owner, invitation.Invitation.Id, Clock.UtcNow.AddDays(30)));
        Assert.False(await Shared.ExtendInvitationAsync(owner, "onbekend", Clock.UtcNow.AddDays(30)));
        Assert.IsType<InvitationOpenResult.Withdrawn>(await Shared.OpenWithInvitationAsync(invitation.Token.Value));
    }

    [Fact]
    public async Task Withdrawn_LinkIsRefused_OpenSessionLosesAccess_AndAttemptIsLogged()
    {
        var (_, owner, plan) = await NewSharedPlanAsync();
        var invitation = await Shared.InviteAsync(owner, StoreSamples.Participant(plan, "Fatima"), InvitationRole.Contribute, null);
        var sister = await OpenLinkAsync(invitation);

        Assert.True(await Shared.WithdrawAsync(owner, invitation.Invitation.Id));

        Assert.IsType<InvitationOpenResult.Withdrawn>(await Shared.OpenWithInvitationAsync(invitation.Token.Value));
        Assert.Null(await Shared.LoadAsync(sister));
        Assert.Equal(SharedPlanEditError.AccessWithdrawn, (await Shared.UpdateAsync(sister, e => e.PostMessage(plan.Goals[0].Id, "Hoi"))).Error);
        var failed = (await Shared.ReadAccessLogAsync(owner, null, null))[^1];
        Assert.Equal((AccessAction.OpenFailed, AccessRole.Contributor, invitation.Invitation.Id, SharedPlanLogHints.WithdrawnLink),
            (failed.Action, failed.Role, failed.InvitationId, failed.ClientHint));
        Assert.Equal(InvitationState.Withdrawn, (await Shared.ListInvitationsAsync(owner)).Single().StateAt(DateTime.UtcNow));
        Assert.False(await Shared.WithdrawAsync(owner, invitation.Invitation.Id));
    }

    [Fact]
    public async Task Withdraw_RotatesTheKey_TheOtherInviteesOpenSessionsAndLinksAndTheOwnerKeepWorking()
    {
        var (created, owner, plan) = await NewSharedPlanAsync();
        var fatima = await Shared.InviteAsync(owner, StoreSamples.Participant(plan, "Fatima"), InvitationRole.Contribute, null);
        var kees = await Shared.InviteAsync(owner, StoreSamples.Participant(plan, "Kees"), InvitationRole.Read, null);
        var keesSession = await OpenLinkAsync(kees);

        await Shared.WithdrawAsync(owner, fatima.Invitation.Id);
        await Shared.UpdateAsync(owner, e => e.PostMessage(plan.Goals[0].Id, "Na het intrekken"));

        Assert.Equal("Na het intrekken", (await Shared.LoadAsync(keesSession))!.Goals[0].Messages[^1].Text);
        Assert.Equal("Na het intrekken", (await Shared.LoadAsync(await OpenLinkAsync(kees)))!.Goals[0].Messages[^1].Text);
        Assert.Equal("Na het intrekken", (await Shared.LoadAsync((await Shared.OpenAsOwnerAsync(created.Session))!))!.Goals[0].Messages[^1].Text);
        // A second withdrawal rotates again; Kees still works.
        var another = await Shared.InviteAsync(owner, StoreSamples.Participant(plan, "Fatima"), InvitationRole.Read, null);
        await Shared.WithdrawAsync(owner, another.Invitation.Id);
        Assert.NotNull(await Shared.LoadAsync(keesSession));
    }

    [Theory]
    [InlineData("")]
    [InlineData("dit-is-geen-token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task SharedPlan_ForgedToken_IsRefused(string token)
    {
        await NewSharedPlanAsync();

        Assert.IsType<InvitationOpenResult.Unknown>(await Shared.OpenWithInvitationAsync(token));
    }

    [Fact]
    public async Task SharedPlan_EveryAccess_IsInTheKeyedLog_WithRoleAndInvitation()
    {
        var (created, owner, plan) = await NewSharedPlanAsync();
        var invitation = await Shared.InviteAsync(owner, StoreSamples.Participant(plan, "Fatima"), InvitationRole.Contribute, null);
        var sister = await OpenLinkAsync(invitation);
        await Shared.UpdateAsync(sister, e => e.PostMessage(plan.Goals[0].Id, "Ik bel de bank."));
        await Shared.RecordAsync(sister, AccessAction.Printed);
        await Shared.WithdrawAsync(owner, invitation.Invitation.Id);
        await Shared.OpenWithInvitationAsync(invitation.Token.Value);

        var log = await Shared.ReadAccessLogAsync(owner, null, null);

        Assert.Equal(
        [
            (AccessAction.Created, AccessRole.Owner, null, "nieuw plan"),
            (AccessAction.Created, AccessRole.Owner, null, SharedPlanLogHints.SharedPlan),
            (AccessAction.Invited, AccessRole.Owner, invitation.Invitation.Id, SharedPlanLogHints.SharedPlan),
            (AccessAction.Opened, AccessRole.Contributor, invitation.Invitation.Id, SharedPlanLogHints.ViaInvitation),
            (AccessAction.Saved, AccessRole.Contributor, invitation.Invitation.Id, SharedPlanLogHints.ViaInvitation),
            (AccessAction.Printed, AccessRole.Contributor, invitation.Invitation.Id, SharedPlanLogHints.ViaInvitation),
            (AccessAction.InvitationWithdrawn, AccessRole.Owner, invitation.Invitation.Id, SharedPlanLogHints.SharedPlan),
            (AccessAction.OpenFailed, AccessRole.Contributor, invitation.Invitation.Id, SharedPlanLogHints.WithdrawnLink),
        ], log.Select(e => (e.Action, e.Role, e.InvitationId, e.ClientHint)));
        Assert.True((await Plans.VerifyAccessLogAsync(created.Session)).IsValid);
        Assert.All(log, e => Assert.DoesNotContain("Fatima", e.Actor, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SharedPlan_DeletingTheEigenPlan_DeletesSharedPlanAndLinks()
    {
        var (created, owner, plan) = await NewSharedPlanAsync();
        var invitation = await Shared.InviteAsync(owner, StoreSamples.Participant(plan, "Fatima"), InvitationRole.Contribute, null);

        await Plans.DeleteAsync(created.Session);

        Assert.IsType<InvitationOpenResult.Unknown>(await Shared.OpenWithInvitationAsync(invitation.Token.Value));
        Assert.Null(await Shared.LoadAsync(owner));
    }

    [Fact]
    public async Task SharedPlan_DeletingIt_KeepsTheEigenPlan_AndLinksStopWorking()
    {
        var (created, owner, plan) = await NewSharedPlanAsync();
        var invitation = await Shared.InviteAsync(owner, StoreSamples.Participant(plan, "Fatima"), InvitationRole.Contribute, null);

        await Shared.DeleteAsync(owner);

        Assert.False(await Shared.ExistsAsync(created.Session));
        Assert.IsType<InvitationOpenResult.Unknown>(await Shared.OpenWithInvitationAsync(invitation.Token.Value));
        Assert.Contains("Zonnebloemveld", Answer(await Plans.LoadAsync(created.Session)), StringComparison.Ordinal);
        // A live plan's log with a Deleted entry for the shared plan still verifies from its beginning.
        Assert.True((await Plans.VerifyAccessLogAsync(created.Session)).IsValid);
    }

    [Fact]
    public async Task SharedPlan_DeletingOnePlan_LeavesAnotherPlansSharedPlan()
    {
        var (deleted, _, _) = await NewSharedPlanAsync();
        var (kept, _, _) = await NewSharedPlanAsync();

        await Plans.DeleteAsync(deleted.Session);

        Assert.NotNull(await Shared.OpenAsOwnerAsync(kept.Session));
    }

    [Fact]
    public async Task SharedPlan_OwnerSessionEnds_WhenTheOwnersDeviceIsClosed()
    {
        var (created, owner, _) = await NewSharedPlanAsync();
        var (phone, _) = await OpenSecondDeviceAsync(created);

        await Plans.RevokeDeviceAsync(phone, created.Session.DeviceId);

        Assert.Null(await Shared.LoadAsync(owner));
        await Assert.ThrowsAsync<DeviceClosedException>(() => Shared.OpenAsOwnerAsync(created.Session));
        Assert.NotNull(await Shared.OpenAsOwnerAsync(phone));
    }

    [Fact]
    public async Task SharedPlan_Invitee_NeverHoldsTheEigenPlanKey_SharedTopicsOnlyWhatOwnerChose()
    {
        var (_, owner, plan) = await NewSharedPlanAsync();
        await Shared.UpdateAsync(owner, e => e.ShareTopics([new SharedTopic { TopicKey = "woonruimte.wonen", TopicTitle = "Wonen" }]));
        var invitation = await Shared.InviteAsync(owner, StoreSamples.Participant(plan, "Kees"), InvitationRole.Read, null);

        var reader = await OpenLinkAsync(invitation);
        var seen = (await Shared.LoadAsync(reader))!;

        Assert.Equal(["woonruimte.wonen"], seen.SharedTopics.Select(t => t.TopicKey));
        Assert.DoesNotContain("Zonnebloemveld", Encoding.UTF8.GetString(SharedPlanJson.ToUtf8Json(seen)), StringComparison.Ordinal);
        // A shared-plan session is no Eigen Plan session: the private store refuses it outright.
        Assert.IsNotAssignableFrom<PlanSession>(reader);
    }
}
