using System.Text;
using EigenPlan.Core.Audit;
using EigenPlan.Core.Plans;
using EigenPlan.Core.SharedPlans;
using LiteDB;

namespace EigenPlan.Storage.Tests.SharedPlans;

public sealed class SharedPlanStoreTests : IDisposable
{
    private readonly TempStore _temp = new();

    private LiteDbSharedPlanStore Shared => _temp.Shared;

    public void Dispose() => _temp.Dispose();

    /// <summary>An Eigen Plan with a shared plan: two goals, a sister and a wijkteam member.</summary>
    private async Task<(PlanCreated Created, SharedPlanSession Owner, SharedPlan Plan)> NewSharedPlanAsync()
    {
        var created = await _temp.Store.CreateAsync(TempStore.Plan());
        var plan = _temp.SharedPlan(created);
        var owner = await Shared.CreateAsync(created.Session, plan);
        return (created, owner, plan);
    }

    private static string Id(SharedPlan plan, string name) => plan.Participants.Single(p => p.Name == name).Id;

    private async Task<SharedPlanSession> OpenAsync(string token) =>
        Assert.IsType<InvitationOpenResult.Opened>(await Shared.OpenWithInvitationAsync(token)).Session;

    [Fact]
    public async Task Create_ThenOwnerOpens_SeesPlan_AndSecondCreateIsRefused()
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
    public async Task NoSharedPlan_OwnerOpenGivesNull()
    {
        var created = await _temp.Store.CreateAsync(TempStore.Plan());

        Assert.Null(await Shared.OpenAsOwnerAsync(created.Session));
        Assert.False(await Shared.ExistsAsync(created.Session));
    }

    [Fact]
    public async Task Contributor_OpensWithLink_ChangesStatus_OwnerSeesItWithHistory()
    {
        var (_, owner, plan) = await NewSharedPlanAsync();
        var invitation = await Shared.InviteAsync(owner, Id(plan, "Fatima"), InvitationRole.Contribute, null);

        var sister = await OpenAsync(invitation.Token.Value);
        var goalId = plan.Goals[0].Id;
        var result = await Shared.UpdateAsync(sister, e => e.SetStatus(goalId, GoalStatus.Orange, "Brief van de bank ligt er nog."));

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal((SharedPlanRole.Contributor, invitation.Invitation.Id), (sister.Role, sister.InvitationId));
        var seen = (await Shared.LoadAsync(owner))!.Goals[0];
        Assert.Equal(GoalStatus.Orange, seen.Status);
        Assert.Equal(("Fatima", GoalStatus.None, GoalStatus.Orange), (seen.History[0].ActorName, seen.History[0].From, seen.History[0].To));
    }

    [Fact]
    public async Task Reader_CannotChangeAnything_PlanStaysTheSame()
    {
        var (_, owner, plan) = await NewSharedPlanAsync();
        var invitation = await Shared.InviteAsync(owner, Id(plan, "Kees"), InvitationRole.Read, null);
        var reader = await OpenAsync(invitation.Token.Value);

        var result = await Shared.UpdateAsync(reader, e => e.PostMessage(plan.Goals[0].Id, "Hallo"));

        Assert.Equal(SharedPlanEditError.NotAllowed, result.Error);
        Assert.Empty((await Shared.LoadAsync(owner))!.Goals[0].Messages);
        await Assert.ThrowsAsync<SharedPlanAccessDeniedException>(() => Shared.InviteAsync(reader, Id(plan, "Fatima"), InvitationRole.Contribute, null));
        await Assert.ThrowsAsync<SharedPlanAccessDeniedException>(() => Shared.DeleteAsync(reader));
        await Assert.ThrowsAsync<SharedPlanAccessDeniedException>(() => Shared.ReadAccessLogAsync(reader, null, null));
    }

    [Fact]
    public async Task OnlyOwnerInvites_ContributorCannotInviteOrWithdraw()
    {
        var (_, owner, plan) = await NewSharedPlanAsync();
        var invitation = await Shared.InviteAsync(owner, Id(plan, "Fatima"), InvitationRole.Contribute, null);
        var sister = await OpenAsync(invitation.Token.Value);

        await Assert.ThrowsAsync<SharedPlanAccessDeniedException>(() => Shared.InviteAsync(sister, Id(plan, "Kees"), InvitationRole.Read, null));
        await Assert.ThrowsAsync<SharedPlanAccessDeniedException>(() => Shared.WithdrawAsync(sister, invitation.Invitation.Id));
        await Assert.ThrowsAsync<ArgumentException>(() => Shared.InviteAsync(owner, plan.Owner!.Id, InvitationRole.Read, null));
        await Assert.ThrowsAsync<ArgumentException>(() => Shared.InviteAsync(owner, "forged", InvitationRole.Read, null));
    }

    [Fact]
    public async Task Withdrawn_LinkIsRefused_OpenSessionLosesAccess_AndAttemptIsLogged()
    {
        var (_, owner, plan) = await NewSharedPlanAsync();
        var invitation = await Shared.InviteAsync(owner, Id(plan, "Fatima"), InvitationRole.Contribute, null);
        var sister = await OpenAsync(invitation.Token.Value);

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
    public async Task Withdraw_DeletesTheKeyCopyFromTheDatabase()
    {
        var (_, owner, plan) = await NewSharedPlanAsync();
        var invitation = await Shared.InviteAsync(owner, Id(plan, "Fatima"), InvitationRole.Contribute, null);

        await Shared.WithdrawAsync(owner, invitation.Invitation.Id);

        _temp.Restart();
        _temp.Close();
        using var db = new LiteDatabase(_temp.Options.DatabasePath);
        var row = db.GetCollection("invitations").FindById(invitation.Invitation.Id);
        Assert.True(row["wrappedKey"].IsNull);
        Assert.NotEqual(invitation.Token.Value, row["tokenHash"].AsString);
    }

    [Theory]
    [InlineData("")]
    [InlineData("dit-is-geen-token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task ForgedToken_IsRefused(string token)
    {
        await NewSharedPlanAsync();

        Assert.IsType<InvitationOpenResult.Unknown>(await Shared.OpenWithInvitationAsync(token));
    }

    [Fact]
    public async Task ExpiredLink_IsRefused_AndLogged()
    {
        var (_, owner, plan) = await NewSharedPlanAsync();
        var expires = _temp.Clock.GetUtcNow().UtcDateTime.AddDays(7);
        var invitation = await Shared.InviteAsync(owner, Id(plan, "Kees"), InvitationRole.Read, expires);
        var reader = await OpenAsync(invitation.Token.Value);

        _temp.Clock.Advance(TimeSpan.FromDays(7));

        Assert.IsType<InvitationOpenResult.Expired>(await Shared.OpenWithInvitationAsync(invitation.Token.Value));
        Assert.Null(await Shared.LoadAsync(reader));
        Assert.Equal(SharedPlanLogHints.ExpiredLink, (await Shared.ReadAccessLogAsync(owner, null, null))[^1].ClientHint);
    }

    [Fact]
    public async Task RoleEditedInDatabase_ReaderToContributor_LinkStopsWorking()
    {
        var (_, owner, plan) = await NewSharedPlanAsync();
        var invitation = await Shared.InviteAsync(owner, Id(plan, "Kees"), InvitationRole.Read, null);
        _temp.Restart();
        _temp.Close();
        using (var db = new LiteDatabase(_temp.Options.DatabasePath))
        {
            var invitations = db.GetCollection("invitations");
            var row = invitations.FindById(invitation.Invitation.Id);
            row["role"] = nameof(InvitationRole.Contribute);
            invitations.Update(row);
        }
        _temp.Restart();

        Assert.IsType<InvitationOpenResult.Unknown>(await Shared.OpenWithInvitationAsync(invitation.Token.Value));
    }

    [Fact]
    public async Task EveryAccess_IsInTheChainedLog_WithRoleAndInvitation()
    {
        var (created, owner, plan) = await NewSharedPlanAsync();
        var invitation = await Shared.InviteAsync(owner, Id(plan, "Fatima"), InvitationRole.Contribute, null);
        var sister = await OpenAsync(invitation.Token.Value);
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
        Assert.True((await _temp.Store.VerifyAccessLogAsync(created.Session)).IsValid);
        Assert.All(log, e => Assert.DoesNotContain("Fatima", e.Actor, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConcurrentUpdates_BothChangesSurvive()
    {
        var (_, owner, plan) = await NewSharedPlanAsync();
        var invitation = await Shared.InviteAsync(owner, Id(plan, "Fatima"), InvitationRole.Contribute, null);
        var sister = await OpenAsync(invitation.Token.Value);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() =>
            Shared.UpdateAsync(i % 2 == 0 ? owner : sister, e => e.PostMessage(plan.Goals[1].Id, $"Bericht {i}")))));

        Assert.Equal(20, (await Shared.LoadAsync(owner))!.Goals[1].Messages.Count);
    }

    [Fact]
    public async Task RawFile_HoldsNoPlanTextNamesOrToken()
    {
        var (_, owner, plan) = await NewSharedPlanAsync();
        var invitation = await Shared.InviteAsync(owner, Id(plan, "Fatima"), InvitationRole.Contribute, null);
        await Shared.UpdateAsync(owner, e => e.PostMessage(plan.Goals[0].Id, "Wolkenkrabberbericht"));
        _temp.Restart();
        _temp.Close();

        var bytes = File.ReadAllBytes(_temp.Options.DatabasePath);
        foreach (var secret in new[] { "Zonnebloemveld", "Rondkomen", "Fatima", "Wolkenkrabberbericht", invitation.Token.Value })
        {
            Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)));
        }
    }

    [Fact]
    public async Task DeletingTheEigenPlan_DeletesSharedPlanAndLinks()
    {
        var (created, owner, plan) = await NewSharedPlanAsync();
        var invitation = await Shared.InviteAsync(owner, Id(plan, "Fatima"), InvitationRole.Contribute, null);

        await _temp.Store.DeleteAsync(created.Session);

        Assert.IsType<InvitationOpenResult.Unknown>(await Shared.OpenWithInvitationAsync(invitation.Token.Value));
        Assert.Null(await Shared.LoadAsync(owner));
    }

    [Fact]
    public async Task DeletingTheSharedPlan_KeepsTheEigenPlan_AndLinksStopWorking()
    {
        var (created, owner, plan) = await NewSharedPlanAsync();
        var invitation = await Shared.InviteAsync(owner, Id(plan, "Fatima"), InvitationRole.Contribute, null);

        await Shared.DeleteAsync(owner);

        Assert.False(await Shared.ExistsAsync(created.Session));
        Assert.IsType<InvitationOpenResult.Unknown>(await Shared.OpenWithInvitationAsync(invitation.Token.Value));
        Assert.Contains("Zonnebloemveld", (await _temp.Store.LoadAsync(created.Session)).Topic("geldzaken.inkomen").Answer("nu"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invitee_NeverHoldsTheEigenPlanKey_SharedTopicsOnlyWhatOwnerChose()
    {
        var (_, owner, plan) = await NewSharedPlanAsync();
        await Shared.UpdateAsync(owner, e => e.ShareTopics([new SharedTopic { TopicKey = "woonruimte.wonen", TopicTitle = "Wonen" }]));
        var invitation = await Shared.InviteAsync(owner, Id(plan, "Kees"), InvitationRole.Read, null);

        var reader = await OpenAsync(invitation.Token.Value);
        var seen = (await Shared.LoadAsync(reader))!;

        Assert.Equal(["woonruimte.wonen"], seen.SharedTopics.Select(t => t.TopicKey));
        Assert.DoesNotContain("Zonnebloemveld", Encoding.UTF8.GetString(SharedPlanJson.ToUtf8Json(seen)), StringComparison.Ordinal);
        // A shared-plan session is no Eigen Plan session: the private store refuses it outright.
        Assert.IsNotAssignableFrom<PlanSession>(reader);
    }
}
