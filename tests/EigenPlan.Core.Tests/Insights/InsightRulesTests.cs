using EigenPlan.Core.Insights;
using EigenPlan.Core.Plans;
using static EigenPlan.TestSupport.SmallContent;

namespace EigenPlan.Core.Tests.Insights;

/// <summary>What one edit adds to the counts: worked out from the change alone.</summary>
public sealed class InsightRulesTests
{
    private static IReadOnlyList<(InsightMetric Metric, string Key)> Change(PlanContent plan, Action<PlanContent> edit)
    {
        var before = PlanFacts.Of(plan, Format);
        edit(plan);
        return InsightRules.Changes(before, PlanFacts.Of(plan, Format));
    }

    [Fact]
    public void FirstSmileyOnATopic_CountsTopicHouseAndSmiley()
    {
        var plan = NewPlan();

        var changes = Change(plan, p => p.Topic(Income).SmileyId = "goed");

        Assert.Equal(
            [(InsightMetric.TopicWorkedOn, Income), (InsightMetric.SmileyChosen, $"{Income}/goed"), (InsightMetric.HouseWorkedOn, "geldzaken")],
            changes);
    }

    [Fact]
    public void SecondTopicOfTheSameHouse_DoesNotCountTheHouseAgain()
    {
        var plan = NewPlan();
        plan.Topic(Income).SmileyId = "goed";

        var changes = Change(plan, p => p.Topic(Debts).Answers["nu"] = "Veel rekeningen");

        Assert.Equal([(InsightMetric.TopicWorkedOn, Debts)], changes);
    }

    [Fact]
    public void TypingMoreInAStartedTopic_CountsNothing()
    {
        var plan = NewPlan();
        plan.Topic(Income).Answers["nu"] = "Een";

        Assert.Empty(Change(plan, p => p.Topic(Income).Answers["nu"] = "Een en twee"));
    }

    [Fact]
    public void ChosenEntry_IsCountedByItsId_OnlyWhenNewlyChosen()
    {
        var plan = NewPlan();

        var first = Change(plan, p => p.Topic(Debts).ChosenEntries.Add("schuldhulp"));
        var again = Change(plan, p => p.Topic(Debts).Answers["nu"] = "x");

        Assert.Contains((InsightMetric.SocialMapEntryChosen, "schuldhulp"), first);
        Assert.DoesNotContain(again, c => c.Metric == InsightMetric.SocialMapEntryChosen);
    }

    [Fact]
    public void EveryTopicDoneOrSkipped_CountsOnePlanFinished()
    {
        var plan = NewPlan();
        plan.Topic(Income).Skipped = true;
        plan.Topic(Debts).Skipped = true;

        var changes = Change(plan, p => p.Topic(Living).Skipped = true);
        var after = Change(plan, p => p.Topic(Living).TalkAbout = true);

        Assert.Single(changes, c => c.Metric == InsightMetric.PlanFinished);
        Assert.DoesNotContain(after, c => c.Metric == InsightMetric.PlanFinished);
    }

    [Fact]
    public void CountChanges_PassesEachChangeToTheCounter_WithTheMunicipality()
    {
        var counter = new ListCounter();
        var plan = NewPlan();
        var before = PlanFacts.Of(plan, Format);
        plan.Topic(Living).SmileyId = "slecht";

        counter.CountChanges("almere", before, PlanFacts.Of(plan, Format));

        Assert.All(counter.Counted, c => Assert.Equal("almere", c.Municipality));
        Assert.Equal(3, counter.Counted.Count);
    }

    private sealed class ListCounter : IInsightCounter
    {
        public List<(string Municipality, InsightMetric Metric, string Key)> Counted { get; } = [];

        public void Count(string municipalityId, InsightMetric metric, string key = "") => Counted.Add((municipalityId, metric, key));
    }
}
