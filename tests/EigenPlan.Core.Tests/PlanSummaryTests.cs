using EigenPlan.Core.Plans;
using static EigenPlan.TestSupport.SmallContent;

namespace EigenPlan.Core.Tests;

public class PlanSummaryTests
{
    private static TopicSummary SummaryOf(PlanContent plan, string topicKey) =>
        PlanSummary.Build(plan, Format, Municipality).Houses.SelectMany(h => h.Topics).Single(t => t.Topic.Key == topicKey);

    [Fact]
    public void Build_SadSmileyWithoutNeed_AddsGentleNote()
    {
        var plan = NewPlan();
        plan.Topic(Debts).SmileyId = "heel-slecht";
        plan.Topic(Debts).Answers["nu"] = "Veel rekeningen.";

        Assert.Equal(PlanSummary.SadWithoutNeedNote, SummaryOf(plan, Debts).Note);
    }

    [Fact]
    public void Build_SadSmileyWithNeedOrChosenEntry_HasNoNote()
    {
        var plan = NewPlan();
        plan.Topic(Debts).SmileyId = "slecht";
        plan.Topic(Debts).Answers["nodig"] = "Iemand die meekijkt.";
        plan.Topic(Income).SmileyId = "slecht";
        plan.Topic(Income).ChosenEntries.Add("formulierenhulp");

        Assert.Null(SummaryOf(plan, Debts).Note);
        Assert.Null(SummaryOf(plan, Income).Note);
    }

    [Fact]
    public void Build_HappySmileyWithoutNeed_HasNoNote()
    {
        var plan = NewPlan();
        plan.Topic(Income).SmileyId = "goed";
        Assert.Null(SummaryOf(plan, Income).Note);
    }

    [Fact]
    public void Build_WishWithoutLaterQuestions_AddsOneNote()
    {
        var plan = NewPlan();
        plan.Topic(Living).Answers["wil"] = "Een kleiner huis.";
        Assert.Equal(PlanSummary.WishWithoutStepsNote, SummaryOf(plan, Living).Note);

        plan.Topic(Living).Answers["bereiken"] = "Inschrijven bij de woningbouw.";
        Assert.Null(SummaryOf(plan, Living).Note);
    }

    [Fact]
    public void Build_SadAndWishOnly_GivesAtMostOneNote()
    {
        var plan = NewPlan();
        plan.Topic(Living).SmileyId = "heel-slecht";
        plan.Topic(Living).Answers["wil"] = "Een kleiner huis.";
        Assert.Equal(PlanSummary.SadWithoutNeedNote, SummaryOf(plan, Living).Note);
    }

    [Fact]
    public void Build_ListsOnlyNonEmptyAnswersWithLabels_InFormatOrder()
    {
        var plan = NewPlan();
        plan.Topic(Income).Answers["nodig"] = "Hulp";
        plan.Topic(Income).Answers["nu"] = "Bijstand";
        plan.Topic(Income).Answers["wil"] = "  ";

        var lines = SummaryOf(plan, Income).Answers;

        Assert.Equal(["Hoe gaat het nu?", "Wat heb ik nog nodig?"], lines.Select(l => l.Label));
        Assert.Equal("Bijstand", lines[0].Text);
    }

    [Fact]
    public void Build_EntryRemovedFromMap_BecomesMissingItemWithId()
    {
        var plan = NewPlan();
        plan.Topic(Debts).ChosenEntries.AddRange(["schuldhulp", "bestaat-niet-meer"]);

        var entries = SummaryOf(plan, Debts).Entries;

        Assert.Equal("Schuldhulpverlening", entries[0].DisplayName);
        Assert.True(entries[1].IsMissing);
        Assert.Equal("bestaat-niet-meer", entries[1].EntryId);
        Assert.Equal("niet meer op de Sociale Kaart", entries[1].DisplayName);
    }

    [Fact]
    public void Build_HasEveryHouseAndTopic_WithSmileyAndState()
    {
        var plan = NewPlan();
        plan.Topic(Income).SmileyId = "goed";
        plan.House("wonen").GoingWell = "Mijn buren.";

        var summary = PlanSummary.Build(plan, Format, Municipality);

        Assert.Equal(["geldzaken", "wonen"], summary.Houses.Select(h => h.House.Id));
        Assert.Equal("Gaat goed", SummaryOf(plan, Income).Smiley!.Label);
        Assert.Equal(TopicState.InProgress, SummaryOf(plan, Income).State);
        Assert.False(summary.Houses[0].HasNotes);
        Assert.True(summary.Houses[1].HasNotes);
    }
}
