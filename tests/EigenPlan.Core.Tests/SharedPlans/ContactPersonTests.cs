using EigenPlan.Core.SharedPlans;
using static EigenPlan.Core.Tests.SharedPlans.SharedPlanSamples;

namespace EigenPlan.Core.Tests.SharedPlans;

/// <summary>The vaste contactpersoon: named by the owner among the participants; sees what needs attention first.</summary>
public sealed class ContactPersonTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    [Fact]
    public void Owner_NamesContactPerson_AmongParticipants_NotThemself()
    {
        var plan = Plan();
        var owner = Editor(plan, SharedPlanRole.Owner);

        Assert.Equal(SharedPlanEditError.NoChange, owner.SetContactPerson(plan.Owner!.Id).Error);
        Assert.Equal(SharedPlanEditError.UnknownParticipant, owner.SetContactPerson("nope").Error);
        Assert.True(owner.SetContactPerson(Sister(plan).Id).Succeeded);
        Assert.Equal("Fatima", plan.ContactPerson!.Name);
        Assert.Equal(SharedPlanEditError.NoChange, owner.SetContactPerson(Sister(plan).Id).Error);
        var named = Assert.Single(owner.Events);
        Assert.Equal((SharedPlanEventKind.ContactPersonChanged, Sister(plan).Id), (named.Kind, named.ParticipantIds.Single()));
    }

    [Fact]
    public void RemovingTheContactPerson_LeavesNone()
    {
        var plan = Plan();
        var owner = Editor(plan, SharedPlanRole.Owner);
        owner.SetContactPerson(Sister(plan).Id);

        owner.RemoveParticipant(Sister(plan).Id);

        Assert.Null(plan.ContactPersonId);
    }

    [Theory]
    [InlineData(SharedPlanRole.Owner, true)]
    [InlineData(SharedPlanRole.Contributor, true)]
    [InlineData(SharedPlanRole.Reader, true)]
    [InlineData(SharedPlanRole.None, false)]
    public void AttentionFirst_ForOwnerAndContactPerson(SharedPlanRole role, bool expected)
    {
        var plan = Plan();
        Editor(plan, SharedPlanRole.Owner).SetContactPerson(Sister(plan).Id);
        var kees = plan.Participants.Single(p => p.Name == "Kees");

        Assert.Equal(expected, SharedPlanTeamRules.SeesAttentionFirst(plan, role == SharedPlanRole.Owner
            ? SharedPlanActor.Owner : new SharedPlanActor(role, Sister(plan).Id)));
        Assert.False(SharedPlanTeamRules.SeesAttentionFirst(plan, new SharedPlanActor(SharedPlanRole.Contributor, kees.Id)));
    }

    [Fact]
    public void Attention_RedBeforeOrange_OverdueActions_NextEvaluation_NotReachedOnes()
    {
        var plan = Plan();
        var owner = Editor(plan, SharedPlanRole.Owner);
        owner.AddGoal("Een baan vinden", null, out var third);
        owner.SetStatus(plan.Goals[0].Id, GoalStatus.Orange, "Brief ligt er nog.");
        owner.SetStatus(plan.Goals[1].Id, GoalStatus.Red, "Geen woning gevonden.");
        owner.SetStatus(third!, GoalStatus.Red, "Loopt vast.");
        owner.MarkReached(third!);
        owner.AddAction(plan.Goals[0].Id, "Bank bellen", Sister(plan).Id, new DateOnly(2026, 3, 5), null, out _);
        owner.AddAction(plan.Goals[0].Id, "Post", null, new DateOnly(2026, 3, 20), null, out _);
        owner.PlanEvaluation(new DateOnly(2026, 3, 12), [Sister(plan).Id], out var evaluation);

        var attention = SharedPlanAttention.Build(plan, Today);

        Assert.Equal(["Een woning zonder trap", "Rondkomen zonder zorgen"], attention.Goals.Select(g => g.Text));
        Assert.Equal("Bank bellen", Assert.Single(attention.Overdue).Action.What);
        Assert.Equal(evaluation, attention.NextEvaluation!.Id);
        Assert.False(attention.IsEmpty);
    }
}
