using EigenPlan.Core.Notifications;
using EigenPlan.Core.SharedPlans;
using EigenPlan.Core.Tests.SharedPlans;

namespace EigenPlan.Core.Tests.Notifications;

/// <summary>Who hears about a change: the person an action is for, everyone on red or a message, never the one who made it.</summary>
public sealed class NotificationRulesTests
{
    private static (SharedPlan Plan, string Owner, string Sister, string Kees) Sample()
    {
        var plan = SharedPlanSamples.Plan();
        return (plan, plan.Owner!.Id, SharedPlanSamples.Sister(plan).Id, plan.Participants.Single(p => p.Name == "Kees").Id);
    }

    private static IReadOnlyList<NotificationTrigger> Edit(SharedPlan plan, SharedPlanRole role, Func<SharedPlanEditor, SharedPlanEditResult> edit)
    {
        var editor = SharedPlanSamples.Editor(plan, role);
        var before = SharedPlanFacts.Of(plan);
        Assert.True(edit(editor).Succeeded);
        return NotificationRules.Detect(before, plan, editor.Actor);
    }

    [Fact]
    public void OwnerGivesAnActionToTheSister_OnlyTheSisterHears()
    {
        var (plan, _, sister, _) = Sample();

        var triggers = Edit(plan, SharedPlanRole.Owner, e => e.AddAction(plan.Goals[0].Id, "De bank bellen", sister, null, null, out _));

        var trigger = Assert.Single(triggers);
        Assert.Equal(new NotificationTrigger(plan.PlanId, sister, NotificationKind.ActionAssigned, false), trigger);
    }

    [Fact]
    public void MovingAnActionToSomeoneElse_TellsTheNewPerson_ChangingItsDateTellsNobody()
    {
        var (plan, _, sister, kees) = Sample();
        Edit(plan, SharedPlanRole.Owner, e => e.AddAction(plan.Goals[0].Id, "De bank bellen", sister, null, null, out _));
        var action = plan.Goals[0].Actions[0];

        Assert.Empty(Edit(plan, SharedPlanRole.Owner, e => e.UpdateAction(plan.Goals[0].Id, action.Id, action.What, sister, new DateOnly(2026, 4, 1))));
        var moved = Assert.Single(Edit(plan, SharedPlanRole.Owner, e => e.UpdateAction(plan.Goals[0].Id, action.Id, action.What, kees, null)));
        Assert.Equal(kees, moved.ParticipantId);
    }

    [Fact]
    public void TheSisterTakesAnActionHerself_NobodyHears()
    {
        var (plan, _, sister, _) = Sample();

        Assert.Empty(Edit(plan, SharedPlanRole.Contributor, e => e.AddAction(plan.Goals[0].Id, "Ik bel de bank", sister, null, null, out _)));
    }

    [Fact]
    public void TheSisterTurnsAGoalRed_EveryoneButHerHears_AsRed()
    {
        var (plan, owner, sister, kees) = Sample();

        var triggers = Edit(plan, SharedPlanRole.Contributor, e => e.SetStatus(plan.Goals[0].Id, GoalStatus.Red, "Het loopt vast."));

        Assert.Equal(new[] { owner, kees }.Order(StringComparer.Ordinal), triggers.Select(t => t.ParticipantId).Order(StringComparer.Ordinal));
        Assert.All(triggers, t => Assert.True(t.TurnedRed));
        Assert.DoesNotContain(triggers, t => t.ParticipantId == sister);
    }

    [Fact]
    public void OrangeOrGreen_TellsNobody()
    {
        var (plan, _, _, _) = Sample();

        Assert.Empty(Edit(plan, SharedPlanRole.Owner, e => e.SetStatus(plan.Goals[0].Id, GoalStatus.Orange, "Aandacht nodig.")));
        Assert.Empty(Edit(plan, SharedPlanRole.Owner, e => e.SetStatus(plan.Goals[0].Id, GoalStatus.Green, null)));
    }

    [Fact]
    public void AMessage_TellsEveryoneButItsAuthor()
    {
        var (plan, owner, sister, kees) = Sample();

        var triggers = Edit(plan, SharedPlanRole.Owner, e => e.PostMessage(plan.Goals[1].Id, "Ik heb gebeld."));

        Assert.Equal(new[] { sister, kees }.Order(StringComparer.Ordinal), triggers.Select(t => t.ParticipantId).Order(StringComparer.Ordinal));
        Assert.All(triggers, t => Assert.Equal(NotificationKind.Message, t.Kind));
        Assert.DoesNotContain(triggers, t => t.ParticipantId == owner);
    }

    [Fact]
    public void OneEditThatIsBothRedAndAnAction_GivesOneTriggerPerPerson_RedWins()
    {
        var (plan, _, sister, _) = Sample();
        var editor = SharedPlanSamples.Editor(plan, SharedPlanRole.Owner);
        var before = SharedPlanFacts.Of(plan);
        editor.AddAction(plan.Goals[0].Id, "Bellen", sister, null, null, out _);
        editor.SetStatus(plan.Goals[0].Id, GoalStatus.Red, "Vast.");

        var triggers = NotificationRules.Detect(before, plan, editor.Actor);

        var forSister = Assert.Single(triggers, t => t.ParticipantId == sister);
        Assert.True(forSister.TurnedRed);
        Assert.Equal(triggers.Count, triggers.Select(t => t.ParticipantId).Distinct().Count());
    }

    [Fact]
    public void ForParticipants_LeavesOutTheActor()
    {
        var (plan, owner, sister, kees) = Sample();

        var triggers = NotificationRules.ForParticipants(plan, SharedPlanActor.Owner, [owner, sister, kees], NotificationKind.EvaluationComing);

        Assert.Equal(new[] { sister, kees }.Order(StringComparer.Ordinal), triggers.Select(t => t.ParticipantId).Order(StringComparer.Ordinal));
    }
}
