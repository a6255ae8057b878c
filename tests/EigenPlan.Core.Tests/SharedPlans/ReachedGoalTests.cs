using EigenPlan.Core.SharedPlans;
using static EigenPlan.Core.Tests.SharedPlans.SharedPlanSamples;

namespace EigenPlan.Core.Tests.SharedPlans;

/// <summary>Goals reached and celebrated: who may mark them (the owner's consent rule), the Gelukt list, the words.</summary>
public sealed class ReachedGoalTests
{
    private static SharedPlanEditor AsSister(SharedPlan plan, SharedPlanRole role) => Editor(plan, role, Now.AddDays(3));

    [Fact]
    public void Owner_MarksReached_GoalMovesToGeluktWithDate()
    {
        var plan = Plan();

        var result = Editor(plan, SharedPlanRole.Owner).MarkReached(plan.Goals[1].Id);

        Assert.True(result.Succeeded, result.Message);
        var overview = SharedPlanOverview.Build(plan, new DateOnly(2026, 3, 1));
        var reached = Assert.Single(overview.Reached);
        Assert.Equal("Een woning zonder trap", reached.Goal.Text);
        Assert.Equal((new DateOnly(2026, 3, 1), "Sanne", SharedPlanRole.Owner), (reached.Goal.Reached!.On, reached.Goal.Reached.ByName, reached.Goal.Reached.ByRole));
        Assert.Equal(["Rondkomen zonder zorgen"], overview.Open.Select(g => g.Goal.Text));
        Assert.Equal(2, reached.Priority);
    }

    [Theory]
    [InlineData(ReachedRule.OwnerOnly, false, false)]
    [InlineData(ReachedRule.ContactPerson, false, false)]
    [InlineData(ReachedRule.ContactPerson, true, true)]
    [InlineData(ReachedRule.Contributors, false, true)]
    [InlineData(ReachedRule.Contributors, true, true)]
    public void Contributor_MayMarkReached_OnlyWhenTheConsentRuleSaysSo(ReachedRule rule, bool sisterIsContact, bool expected)
    {
        var plan = Plan();
        var owner = Editor(plan, SharedPlanRole.Owner);
        Assert.True(owner.SetReachedRule(rule).Succeeded);
        if (sisterIsContact)
        {
            Assert.True(owner.SetContactPerson(Sister(plan).Id).Succeeded);
        }

        var result = AsSister(plan, SharedPlanRole.Contributor).MarkReached(plan.Goals[0].Id);

        Assert.Equal(expected, result.Succeeded);
        Assert.Equal(expected, plan.Goals[0].IsReached);
        Assert.Equal(expected, SharedPlanTeamRules.MayMarkReached(plan, new SharedPlanActor(SharedPlanRole.Contributor, Sister(plan).Id)));
        if (!expected)
        {
            Assert.Equal(SharedPlanEditError.NotAllowed, result.Error);
        }
        else
        {
            Assert.Equal(("Fatima", new DateOnly(2026, 3, 4)), (plan.Goals[0].Reached!.ByName, plan.Goals[0].Reached!.On));
        }
    }

    [Theory]
    [InlineData(ReachedRule.OwnerOnly)]
    [InlineData(ReachedRule.ContactPerson)]
    [InlineData(ReachedRule.Contributors)]
    public void Reader_NeverMarksReached_EvenAsContactPerson(ReachedRule rule)
    {
        var plan = Plan();
        var owner = Editor(plan, SharedPlanRole.Owner);
        owner.SetReachedRule(rule);
        owner.SetContactPerson(Sister(plan).Id);

        var result = AsSister(plan, SharedPlanRole.Reader).MarkReached(plan.Goals[0].Id);

        Assert.Equal(SharedPlanEditError.NotAllowed, result.Error);
        Assert.Contains("alleen lezen", result.Message, StringComparison.Ordinal);
        Assert.False(plan.Goals[0].IsReached);
    }

    [Fact]
    public void ContactPersonRule_OtherContributor_IsRefused()
    {
        var plan = Plan();
        var owner = Editor(plan, SharedPlanRole.Owner);
        owner.SetReachedRule(ReachedRule.ContactPerson);
        owner.SetContactPerson(plan.Participants.Single(p => p.Name == "Kees").Id);

        var result = AsSister(plan, SharedPlanRole.Contributor).MarkReached(plan.Goals[0].Id);

        Assert.Equal(SharedPlanEditError.NotAllowed, result.Error);
        Assert.Contains("vaste contactpersoon", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyOwner_ChangesTheConsentRule()
    {
        var plan = Plan();

        Assert.Equal(SharedPlanEditError.NotAllowed, AsSister(plan, SharedPlanRole.Contributor).SetReachedRule(ReachedRule.Contributors).Error);
        Assert.Equal(ReachedRule.OwnerOnly, plan.ReachedRule);
        Assert.Equal(SharedPlanEditError.NoChange, Editor(plan, SharedPlanRole.Owner).SetReachedRule((ReachedRule)9).Error);
    }

    [Fact]
    public void MarkTwice_IsRefused_ReopenPutsItBack()
    {
        var plan = Plan();
        var owner = Editor(plan, SharedPlanRole.Owner);
        var goalId = plan.Goals[0].Id;

        Assert.True(owner.MarkReached(goalId).Succeeded);
        Assert.Equal(SharedPlanEditError.NoChange, owner.MarkReached(goalId).Error);
        Assert.True(owner.Reopen(goalId).Succeeded);
        Assert.Equal(SharedPlanEditError.NoChange, owner.Reopen(goalId).Error);
        Assert.False(plan.Goals[0].IsReached);
        Assert.Equal([SharedPlanEventKind.GoalReached, SharedPlanEventKind.GoalReopened], owner.Events.Select(e => e.Kind));
    }

    [Fact]
    public void Overview_SaysItInFamilyWords_AndReachedGoalsNeedNoAttention()
    {
        var plan = Plan();
        var owner = Editor(plan, SharedPlanRole.Owner);
        owner.AddAction(plan.Goals[0].Id, "Bellen", null, new DateOnly(2026, 3, 2), null, out _);
        owner.SetStatus(plan.Goals[0].Id, GoalStatus.Red, "Loopt vast.");
        var today = new DateOnly(2026, 3, 5);
        Assert.Null(SharedPlanOverview.Build(plan, today).Celebration);
        Assert.Single(SharedPlanOverview.Build(plan, today).NeedAttention);

        owner.MarkReached(plan.Goals[0].Id);
        var one = SharedPlanOverview.Build(plan, today);
        owner.MarkReached(plan.Goals[1].Id);
        var two = SharedPlanOverview.Build(plan, today);

        Assert.Equal("Gelukt! Jullie hebben een doel bereikt. Goed gedaan!", one.Celebration);
        Assert.Equal("Gelukt! Jullie hebben al 2 doelen bereikt. Goed gedaan!", two.Celebration);
        Assert.Empty(one.NeedAttention);
        Assert.Empty(one.Overdue);
        Assert.Equal(0, one.Count(GoalStatus.Red));
        Assert.True(SharedPlanAttention.Build(plan, today).IsEmpty);
    }
}
