using EigenPlan.Core.SharedPlans;
using static EigenPlan.Core.Tests.SharedPlans.SharedPlanSamples;

namespace EigenPlan.Core.Tests.SharedPlans;

/// <summary>Samen terugkijken: who plans and records, the next moment, the history, the record linked to goals.</summary>
public sealed class EvaluationTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now);

    private static string PlanOne(SharedPlan plan, DateOnly date)
    {
        var result = Editor(plan, SharedPlanRole.Owner).PlanEvaluation(date, [Sister(plan).Id], out var id);
        Assert.True(result.Succeeded, result.Message);
        return id!;
    }

    [Fact]
    public void Owner_Plans_NextOneShowsOnOverview()
    {
        var plan = Plan();
        PlanOne(plan, Today.AddDays(30));
        var soon = PlanOne(plan, Today.AddDays(7));

        var overview = SharedPlanOverview.Build(plan, Today);

        Assert.Equal(soon, overview.NextEvaluation!.Id);
        Assert.Equal([Sister(plan).Id], overview.NextEvaluation.ParticipantIds);
        Assert.Equal("Sanne", overview.NextEvaluation.PlannedBy);
        Assert.Empty(EvaluationSchedule.Past(plan, Today));
    }

    [Fact]
    public void Record_AfterTheDay_LinkedToGoals_BecomesHistory()
    {
        var plan = Plan();
        var id = PlanOne(plan, Today);
        var later = Editor(plan, SharedPlanRole.Owner, Now.AddDays(1));

        var result = later.RecordEvaluation(id, "De post is uitgezocht.", "De bank belt niet terug.", "Fatima belt de bank.", [plan.Goals[0].Id]);

        Assert.True(result.Succeeded, result.Message);
        var record = plan.Evaluations[0].Record!;
        Assert.Equal(("De post is uitgezocht.", "De bank belt niet terug.", "Fatima belt de bank."), (record.WentWell, record.WentBadly, record.WeChange));
        Assert.Equal([plan.Goals[0].Id], record.GoalIds);
        Assert.Equal(id, Assert.Single(EvaluationSchedule.Past(plan, Today)).Id);
        Assert.Null(EvaluationSchedule.Next(plan, Today));
        Assert.Equal(SharedPlanEventKind.EvaluationRecorded, later.Events[^1].Kind);
    }

    [Fact]
    public void Record_BeforeTheDay_EmptyOrUnknownGoal_IsRefused()
    {
        var plan = Plan();
        var id = PlanOne(plan, Today.AddDays(3));
        var owner = Editor(plan, SharedPlanRole.Owner);

        Assert.Equal(SharedPlanEditError.InvalidDate, owner.RecordEvaluation(id, "Goed", null, null, []).Error);
        var after = Editor(plan, SharedPlanRole.Owner, Now.AddDays(4));
        Assert.Equal(SharedPlanEditError.EmptyText, after.RecordEvaluation(id, " ", "", null, []).Error);
        Assert.Equal(SharedPlanEditError.UnknownGoal, after.RecordEvaluation(id, "Goed", null, null, ["nope"]).Error);
        Assert.Equal(SharedPlanEditError.UnknownEvaluation, after.RecordEvaluation("nope", "Goed", null, null, []).Error);
        Assert.Null(plan.Evaluations[0].Record);
    }

    [Fact]
    public void Plan_InThePast_OrWithUnknownPerson_IsRefused()
    {
        var plan = Plan();
        var owner = Editor(plan, SharedPlanRole.Owner);

        Assert.Equal(SharedPlanEditError.InvalidDate, owner.PlanEvaluation(Today.AddDays(-1), [], out _).Error);
        Assert.Equal(SharedPlanEditError.UnknownParticipant, owner.PlanEvaluation(Today, ["nope"], out _).Error);
        Assert.Empty(plan.Evaluations);
    }

    [Fact]
    public void ContactPersonWhoWorksAlong_PlansAndRecords_OtherContributorAndReaderDoNot()
    {
        var plan = Plan();
        var kees = plan.Participants.Single(p => p.Name == "Kees");
        Editor(plan, SharedPlanRole.Owner).SetContactPerson(Sister(plan).Id);

        var sister = Editor(plan, SharedPlanRole.Contributor);
        var keesEditor = new SharedPlanEditor(plan, new SharedPlanActor(SharedPlanRole.Contributor, kees.Id), Now);
        var sisterReading = Editor(plan, SharedPlanRole.Reader);

        Assert.True(sister.PlanEvaluation(Today, [kees.Id], out var id).Succeeded);
        Assert.Equal("Fatima", plan.Evaluations[0].PlannedBy);
        Assert.Equal(SharedPlanEditError.NotAllowed, keesEditor.PlanEvaluation(Today, [], out _).Error);
        Assert.Equal(SharedPlanEditError.NotAllowed, sisterReading.PlanEvaluation(Today, [], out _).Error);
        Assert.Equal(SharedPlanEditError.NotAllowed, keesEditor.RecordEvaluation(id!, "Goed", null, null, []).Error);
        Assert.True(sister.RecordEvaluation(id!, "Goed", null, null, []).Succeeded);
    }

    [Fact]
    public void Cancel_OnlyBeforeItIsWrittenDown()
    {
        var plan = Plan();
        var first = PlanOne(plan, Today);
        var second = PlanOne(plan, Today.AddDays(10));
        var owner = Editor(plan, SharedPlanRole.Owner);
        owner.RecordEvaluation(first, "Goed", null, null, []);

        Assert.Equal(SharedPlanEditError.NoChange, owner.CancelEvaluation(first).Error);
        Assert.True(owner.CancelEvaluation(second).Succeeded);
        Assert.Equal([first], plan.Evaluations.Select(e => e.Id));
    }

    [Fact]
    public void RemovedParticipant_LeavesTheEvaluation()
    {
        var plan = Plan();
        PlanOne(plan, Today);

        Editor(plan, SharedPlanRole.Owner).RemoveParticipant(Sister(plan).Id);

        Assert.Empty(plan.Evaluations[0].ParticipantIds);
    }
}
