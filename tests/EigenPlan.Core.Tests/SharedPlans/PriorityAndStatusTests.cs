using EigenPlan.Core.SharedPlans;
using static EigenPlan.Core.Tests.SharedPlans.SharedPlanSamples;

namespace EigenPlan.Core.Tests.SharedPlans;

public sealed class PriorityAndStatusTests
{
    [Fact]
    public void MoveGoal_Up_BecomesMoreImportant()
    {
        var plan = Plan();
        var second = plan.Goals[1].Id;

        Assert.True(Editor(plan, SharedPlanRole.Owner).MoveGoal(second, -1).Succeeded);

        Assert.Equal(second, plan.Goals[0].Id);
    }

    [Fact]
    public void MoveGoal_FirstUp_IsRefusedAndNothingChanges()
    {
        var plan = Plan();
        var order = plan.Goals.Select(g => g.Id).ToList();

        var result = Editor(plan, SharedPlanRole.Owner).MoveGoal(order[0], -1);

        Assert.Equal(SharedPlanEditError.NoChange, result.Error);
        Assert.Equal(order, plan.Goals.Select(g => g.Id));
    }

    [Fact]
    public void SetGoalOrder_MissingOrDuplicateId_IsRefused()
    {
        var plan = Plan();
        var a = plan.Goals[0].Id;
        var editor = Editor(plan, SharedPlanRole.Owner);

        Assert.Equal(SharedPlanEditError.InvalidOrder, editor.SetGoalOrder([a, a]).Error);
        Assert.Equal(SharedPlanEditError.InvalidOrder, editor.SetGoalOrder([a]).Error);
        Assert.True(editor.SetGoalOrder([plan.Goals[1].Id, a]).Succeeded);
        Assert.Equal(a, plan.Goals[1].Id);
    }

    [Fact]
    public void SetStatus_OrangeWithReason_ChangesStatusAndRecordsWhoWhenFromToWhy()
    {
        var plan = Plan();
        var goal = plan.Goals[0];

        Assert.True(Editor(plan, SharedPlanRole.Contributor).SetStatus(goal.Id, GoalStatus.Orange, "De brief van de bank is nog niet beantwoord.").Succeeded);

        Assert.Equal(GoalStatus.Orange, goal.Status);
        var change = Assert.Single(goal.History);
        Assert.Equal(("Fatima", SharedPlanRole.Contributor, GoalStatus.None, GoalStatus.Orange), (change.ActorName, change.ActorRole, change.From, change.To));
        Assert.Equal("De brief van de bank is nog niet beantwoord.", change.Reason);
        Assert.Equal(Now, change.TimeUtc);
    }

    [Fact]
    public void SetStatus_Sequence_HistoryKeepsEveryChangeInOrder()
    {
        var plan = Plan();
        var goal = plan.Goals[0];
        Editor(plan, SharedPlanRole.Owner).SetStatus(goal.Id, GoalStatus.Green, null);
        Editor(plan, SharedPlanRole.Contributor, Now.AddDays(1)).SetStatus(goal.Id, GoalStatus.Red, "Loopt vast bij de bank.");
        Editor(plan, SharedPlanRole.Owner, Now.AddDays(2)).SetStatus(goal.Id, GoalStatus.Green, "Opgelost.");

        Assert.Equal([(GoalStatus.None, GoalStatus.Green), (GoalStatus.Green, GoalStatus.Red), (GoalStatus.Red, GoalStatus.Green)],
            goal.History.Select(h => (h.From, h.To)));
        Assert.Equal(["Sanne", "Fatima", "Sanne"], goal.History.Select(h => h.ActorName));
        Assert.Equal("Opgelost.", goal.StatusReason);
    }

    [Theory]
    [InlineData(GoalStatus.Orange)]
    [InlineData(GoalStatus.Red)]
    public void SetStatus_OrangeOrRedWithoutReason_IsRefused(GoalStatus status)
    {
        var plan = Plan();

        var result = Editor(plan, SharedPlanRole.Owner).SetStatus(plan.Goals[0].Id, status, "   ");

        Assert.Equal(SharedPlanEditError.ReasonRequired, result.Error);
        Assert.Equal(GoalStatus.None, plan.Goals[0].Status);
        Assert.Empty(plan.Goals[0].History);
    }

    [Fact]
    public void SetStatus_SameColourAgain_IsRefusedSoHistoryHoldsOnlyRealChanges()
    {
        var plan = Plan();
        var editor = Editor(plan, SharedPlanRole.Owner);
        editor.SetStatus(plan.Goals[0].Id, GoalStatus.Green, null);

        Assert.Equal(SharedPlanEditError.NoChange, editor.SetStatus(plan.Goals[0].Id, GoalStatus.Green, null).Error);
        Assert.Single(plan.Goals[0].History);
    }

    [Fact]
    public void SetStatus_BackToNone_OrUnknownGoal_IsRefused()
    {
        var plan = Plan();
        var editor = Editor(plan, SharedPlanRole.Owner);

        Assert.False(editor.SetStatus(plan.Goals[0].Id, GoalStatus.None, "x").Succeeded);
        Assert.Equal(SharedPlanEditError.UnknownGoal, editor.SetStatus("forged", GoalStatus.Green, null).Error);
    }

    [Fact]
    public void Overview_ShowsColoursAndOverdueActions()
    {
        var plan = Plan();
        var editor = Editor(plan, SharedPlanRole.Owner);
        var goal = plan.Goals[1].Id;
        editor.SetStatus(goal, GoalStatus.Red, "Geen woning gevonden.");
        editor.AddAction(goal, "Inschrijven bij woningnet", Sister(plan).Id, new DateOnly(2026, 2, 20), null, out _);
        editor.AddAction(goal, "Brief sturen", null, new DateOnly(2026, 2, 1), null, out var done);
        editor.SetActionDone(goal, done!, true);
        editor.AddAction(goal, "Bellen", null, new DateOnly(2026, 4, 1), null, out _);

        var overview = SharedPlanOverview.Build(plan, new DateOnly(2026, 3, 1));

        Assert.Equal(1, overview.Count(GoalStatus.Red));
        Assert.Equal(1, overview.Count(GoalStatus.None));
        var overdue = Assert.Single(overview.Overdue);
        Assert.Equal("Inschrijven bij woningnet", overdue.Action.What);
        Assert.Equal("Fatima", overdue.Who!.Name);
        Assert.Equal([2], overview.NeedAttention.Select(g => g.Priority));
    }

    [Fact]
    public void Json_RoundTrip_KeepsEverything()
    {
        var plan = Plan();
        Editor(plan, SharedPlanRole.Owner).SetStatus(plan.Goals[0].Id, GoalStatus.Orange, "Even wachten.");
        Editor(plan, SharedPlanRole.Owner).AddAction(plan.Goals[0].Id, "Bellen", null, new DateOnly(2026, 3, 9), null, out _);

        var copy = SharedPlanJson.Copy(plan);

        Assert.Equal(GoalStatus.Orange, copy.Goals[0].Status);
        Assert.Equal(new DateOnly(2026, 3, 9), copy.Goals[0].Actions[0].Due);
        Assert.Equal(plan.Participants.Select(p => p.Name), copy.Participants.Select(p => p.Name));
        Assert.Contains("\"orange\"", System.Text.Encoding.UTF8.GetString(SharedPlanJson.ToUtf8Json(plan)), StringComparison.Ordinal);
    }
}
