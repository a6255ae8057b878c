using System.Text;
using EigenPlan.Core.SharedPlans;
using static EigenPlan.Core.Tests.SharedPlans.SharedPlanSamples;

namespace EigenPlan.Core.Tests.SharedPlans;

/// <summary>State changes are kept as events (ids only) in the plan and handed out by the editor for notifications.</summary>
public sealed class EventTests
{
    [Fact]
    public void Changes_RaiseEvents_InOrder_WithIdsAndNoText()
    {
        var plan = Plan();
        var sister = Sister(plan);
        var owner = Editor(plan, SharedPlanRole.Owner);
        var goalId = plan.Goals[0].Id;

        owner.AddAction(goalId, "Geheime actie tekst", sister.Id, null, null, out _);
        owner.SetStatus(goalId, GoalStatus.Red, "Geheime reden");
        owner.PostMessage(goalId, "Geheim bericht");
        owner.PlanEvaluation(DateOnly.FromDateTime(Now), [sister.Id], out var evaluationId);
        owner.MarkReached(goalId);

        Assert.Equal([SharedPlanEventKind.ActionAssigned, SharedPlanEventKind.StatusChanged, SharedPlanEventKind.MessagePosted,
            SharedPlanEventKind.EvaluationPlanned, SharedPlanEventKind.GoalReached], owner.Events.Select(e => e.Kind));
        Assert.Equal(owner.Events, plan.Events);
        Assert.All(owner.Events, e => Assert.Equal((SharedPlanRole.Owner, plan.Owner!.Id, Now), (e.ActorRole, e.ActorParticipantId, e.TimeUtc)));
        Assert.Equal([sister.Id], owner.Events[0].ParticipantIds);
        Assert.Equal(GoalStatus.Red, owner.Events[1].Status);
        Assert.Equal(evaluationId, owner.Events[3].EvaluationId);
        var json = Encoding.UTF8.GetString(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(owner.Events));
        Assert.DoesNotContain("Geheim", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Refusals_RaiseNothing()
    {
        var plan = Plan();
        var reader = Editor(plan, SharedPlanRole.Reader);

        reader.PostMessage(plan.Goals[0].Id, "Hoi");
        reader.MarkReached(plan.Goals[0].Id);
        Editor(plan, SharedPlanRole.Owner).SetStatus(plan.Goals[0].Id, GoalStatus.Red, "");

        Assert.Empty(reader.Events);
        Assert.Empty(plan.Events);
    }

    [Fact]
    public void ActionGivenToSomeoneElse_RaisesAssigned_SamePersonDoesNot()
    {
        var plan = Plan();
        var owner = Editor(plan, SharedPlanRole.Owner);
        var goalId = plan.Goals[0].Id;
        owner.AddAction(goalId, "Bellen", null, null, null, out var actionId);
        var kees = plan.Participants.Single(p => p.Name == "Kees").Id;

        owner.UpdateAction(goalId, actionId!, "Bellen", kees, null);
        owner.UpdateAction(goalId, actionId!, "Bellen en mailen", kees, null);

        Assert.Equal([kees], Assert.Single(owner.Events).ParticipantIds);
    }

    [Fact]
    public void History_KeepsTheNewestEvents_UpToTheLimit()
    {
        var plan = Plan();
        var owner = Editor(plan, SharedPlanRole.Owner);
        for (var i = 0; i < SharedPlanEditor.MaxEvents + 5; i++)
        {
            owner.PostMessage(plan.Goals[i % 2].Id, $"Bericht {i}");
        }

        Assert.Equal(SharedPlanEditor.MaxEvents, plan.Events.Count);
        Assert.Equal(owner.Events[^1], plan.Events[^1]);
    }

    [Fact]
    public async Task NoSharedPlanEvents_AcceptsAndSendsNothing()
    {
        var events = new NoSharedPlanEvents();

        await events.PublishAsync(new Security.PlanId(), [new SharedPlanEvent()]);
    }
}
