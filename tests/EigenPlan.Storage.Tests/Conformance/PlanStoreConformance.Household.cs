using EigenPlan.Core.SharedPlans;

namespace EigenPlan.Storage.Tests.Conformance;

// The household, the vaste contactpersoon, samen terugkijken and reached goals: kept by every provider, across a restart
// and a key rotation, and applied with the consent rules for invited people.
public abstract partial class PlanStoreConformance
{
    [Fact]
    public async Task SharedPlan_HouseholdContactEvaluationAndReached_AreKept_AcrossRestartAndKeyRotation()
    {
        var (created, owner, plan) = await NewSharedPlanAsync();
        var sisterId = StoreSamples.Participant(plan, "Fatima");
        var goalId = plan.Goals[0].Id;
        string? noor = null;
        var setUp = await Shared.UpdateAsync(owner, e =>
        {
            var steps = new[]
            {
                e.AddMember("Noor", 14, "dochter", out noor),
                e.SetGoalAbout(goalId, noor),
                e.SetTopicAbout("geldzaken.inkomen", "Inkomen", HouseholdAbout.Everyone),
                e.SetContactPerson(sisterId),
                e.SetReachedRule(ReachedRule.ContactPerson),
                e.TakePartAsMember(noor!, out _),
            };
            return steps.FirstOrDefault(r => !r.Succeeded) ?? SharedPlanEditResult.Ok;
        });
        Assert.True(setUp.Succeeded, setUp.Message);
        var sisterLink = await Shared.InviteAsync(owner, sisterId, InvitationRole.Contribute, null);
        var kees = await Shared.InviteAsync(owner, StoreSamples.Participant(plan, "Kees"), InvitationRole.Read, null);

        var sister = await OpenLinkAsync(sisterLink);
        var today = DateOnly.FromDateTime(Clock.UtcNow);
        string? evaluationId = null;
        Assert.True((await Shared.UpdateAsync(sister, e => e.PlanEvaluation(today, [sisterId], out evaluationId))).Succeeded);
        Assert.True((await Shared.UpdateAsync(sister, e => e.RecordEvaluation(evaluationId!, "Post is uitgezocht.", "", "Vaker bellen.", [goalId]))).Succeeded);
        Assert.True((await Shared.UpdateAsync(sister, e => e.MarkReached(goalId))).Succeeded);
        Assert.True(await Shared.WithdrawAsync(owner, kees.Invitation.Id));

        Stores.Restart();

        var reopened = await Shared.OpenAsOwnerAsync(await OpenWithCodeAsync(created));
        var seen = (await Shared.LoadAsync(reopened!))!;
        Assert.Equal(("Noor", 14, "dochter"), (seen.Household[0].Name, seen.Household[0].Age, seen.Household[0].Relation));
        Assert.Equal(noor, seen.Goals[0].About);
        Assert.Equal(HouseholdAbout.Everyone, seen.AboutOfTopic("geldzaken.inkomen"));
        Assert.Equal((sisterId, ReachedRule.ContactPerson), (seen.ContactPersonId, seen.ReachedRule));
        Assert.Equal(noor, seen.Participants.Single(p => p.Kind == ParticipantKind.Household).HouseholdMemberId);
        var evaluation = Assert.Single(seen.Evaluations);
        Assert.Equal(("Post is uitgezocht.", "Vaker bellen.", "Fatima"), (evaluation.Record!.WentWell, evaluation.Record.WeChange, evaluation.Record.RecordedBy));
        Assert.Equal(("Fatima", today), (seen.Goals[0].Reached!.ByName, seen.Goals[0].Reached!.On));
        Assert.Equal([SharedPlanEventKind.HouseholdMemberAdded, SharedPlanEventKind.ContactPersonChanged, SharedPlanEventKind.EvaluationPlanned,
            SharedPlanEventKind.EvaluationRecorded, SharedPlanEventKind.GoalReached], seen.Events.Select(e => e.Kind));
    }

    [Fact]
    public async Task SharedPlan_ContributorWhoIsNotContactPerson_CannotMarkReachedOrPlan_PlanUnchanged()
    {
        var (_, owner, plan) = await NewSharedPlanAsync();
        Assert.True((await Shared.UpdateAsync(owner, e => e.SetContactPerson(StoreSamples.Participant(plan, "Kees")))).Succeeded);
        var sister = await OpenLinkAsync(await Shared.InviteAsync(owner, StoreSamples.Participant(plan, "Fatima"), InvitationRole.Contribute, null));

        var reached = await Shared.UpdateAsync(sister, e => e.MarkReached(plan.Goals[0].Id));
        var planned = await Shared.UpdateAsync(sister, e => e.PlanEvaluation(DateOnly.FromDateTime(Clock.UtcNow), [], out _));

        Assert.Equal((SharedPlanEditError.NotAllowed, SharedPlanEditError.NotAllowed), (reached.Error, planned.Error));
        var seen = (await Shared.LoadAsync(owner))!;
        Assert.False(seen.Goals[0].IsReached);
        Assert.Empty(seen.Evaluations);
    }
}
