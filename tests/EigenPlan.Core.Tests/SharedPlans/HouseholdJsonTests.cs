using System.Text;
using EigenPlan.Core.SharedPlans;
using static EigenPlan.Core.Tests.SharedPlans.SharedPlanSamples;

namespace EigenPlan.Core.Tests.SharedPlans;

/// <summary>The new parts survive the stored JSON, and plans stored before them still open.</summary>
public sealed class HouseholdJsonTests
{
    [Fact]
    public void OldPlan_WithoutHouseholdEvaluationsOrReached_StillReads()
    {
        const string old = """
            {"planId":"K7P2","formatId":"basis","vision":"Rustig wonen","goals":[{"id":"g1","text":"Rondkomen","status":"orange",
            "statusReason":"Brief","history":[],"actions":[],"messages":[]}],"participants":[{"id":"p1","name":"Sanne","kind":"resident",
            "role":"eigenaar van het plan"}],"sharedTopics":[],"createdUtc":"2026-03-01T09:00:00Z"}
            """;

        var plan = SharedPlanJson.Parse(Encoding.UTF8.GetBytes(old));

        Assert.Empty(plan.Household);
        Assert.Empty(plan.Evaluations);
        Assert.Empty(plan.Events);
        Assert.Null(plan.ContactPersonId);
        Assert.Equal(ReachedRule.OwnerOnly, plan.ReachedRule);
        Assert.False(plan.Goals[0].IsReached);
        Assert.Null(plan.Goals[0].About);
    }

    [Fact]
    public void NewParts_RoundTrip()
    {
        var plan = Plan();
        var owner = Editor(plan, SharedPlanRole.Owner);
        owner.AddMember("Noor", 14, "dochter", out var noor);
        owner.TakePartAsMember(noor!, out _);
        owner.SetGoalAbout(plan.Goals[0].Id, noor);
        owner.SetTopicAbout(SmallContent.Income, "Inkomen", HouseholdAbout.Everyone);
        owner.SetContactPerson(Sister(plan).Id);
        owner.SetReachedRule(ReachedRule.ContactPerson);
        owner.PlanEvaluation(DateOnly.FromDateTime(Now), [Sister(plan).Id], out var evaluation);
        owner.RecordEvaluation(evaluation!, "Goed", "Minder", "Anders", [plan.Goals[0].Id]);
        owner.MarkReached(plan.Goals[1].Id);

        var copy = SharedPlanJson.Copy(plan);

        Assert.Equal(SharedPlanJson.ToUtf8Json(plan), SharedPlanJson.ToUtf8Json(copy));
        Assert.Equal(("Noor", 14, noor), (copy.Household[0].Name, copy.Household[0].Age, copy.Goals[0].About));
        Assert.Equal((Sister(plan).Id, ReachedRule.ContactPerson), (copy.ContactPersonId, copy.ReachedRule));
        Assert.Equal("Anders", copy.Evaluations[0].Record!.WeChange);
        Assert.Equal(DateOnly.FromDateTime(Now), copy.Goals[1].Reached!.On);
        Assert.Contains("\"reachedRule\":\"contactPerson\"", Encoding.UTF8.GetString(SharedPlanJson.ToUtf8Json(plan)), StringComparison.Ordinal);
    }
}
