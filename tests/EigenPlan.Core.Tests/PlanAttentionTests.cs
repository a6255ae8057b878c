using EigenPlan.Core.Plans;
using static EigenPlan.TestSupport.SmallContent;

namespace EigenPlan.Core.Tests;

/// <summary>"Hier wil ik over praten" and "niet ingevuld is een signaal".</summary>
public class PlanAttentionTests
{
    [Fact]
    public void SetTalkAbout_IsStored_FirstInBookletOrder_AndChangesNoState()
    {
        var editor = Editor();
        editor.SetSkipped(Living, true);

        Assert.True(editor.SetTalkAbout(Living, true).Succeeded);
        Assert.True(editor.SetTalkAbout(Income, true).Succeeded);

        Assert.Equal([Income, Living], PlanAttention.TalkAboutFirst(editor.Plan, Format).Select(t => t.Key));
        Assert.Equal(TopicState.Skipped, TopicRules.StateOf(editor.Plan.Topic(Living), Format));
        Assert.Equal(TopicState.NotStarted, TopicRules.StateOf(editor.Plan.Topic(Income), Format));

        editor.SetTalkAbout(Income, false);
        Assert.Equal([Living], PlanAttention.TalkAboutFirst(editor.Plan, Format).Select(t => t.Key));
    }

    [Fact]
    public void SetTalkAbout_UnknownTopic_IsRefused()
    {
        Assert.Equal(PlanEditError.UnknownTopic, Editor().SetTalkAbout("geldzaken.verzonnen", true).Error);
    }

    [Fact]
    public void NotFilledIn_ListsEmptyAndSkippedTopics_WithTheNeutralNote()
    {
        var editor = Editor();
        editor.SetAnswer(Income, "nu", "Ik heb een uitkering.");
        editor.SetSkipped(Income, true);      // skipped after writing: the words stay, so "niets" would be untrue
        editor.SetSmiley(Debts, "slecht");    // filled in
        // Living: nothing at all

        var list = PlanAttention.NotFilledIn(editor.Plan, Format);

        Assert.Equal([Income, Living], list.Select(t => t.Topic.Key));
        Assert.Equal(PlanAttention.SkippedNote, list[0].Note);
        Assert.Equal("Hier heb je niets ingevuld. Misschien is dit iets om over te praten.", list[1].Note);
        Assert.Equal(PlanAttention.NotFilledInNote, list[1].Note);
    }

    [Fact]
    public void NotFilledIn_NotApplicableIsAnAnswer_WhitespaceIsNot_AChosenEntryIs()
    {
        var plan = NewPlan();
        plan.Topic(Income).SmileyId = "nvt";
        plan.Topic(Debts).Answers["nu"] = "   \n";
        plan.Topic(Living).ChosenEntries.Add("woonhulp");

        Assert.Equal([Debts], PlanAttention.NotFilledIn(plan, Format).Select(t => t.Topic.Key));
    }

    [Fact]
    public void NotFilledIn_SkippedAndEmpty_SaysNothingWasFilledIn()
    {
        var editor = Editor();
        editor.SetSkipped(Debts, true);

        var topic = Assert.Single(PlanAttention.NotFilledIn(editor.Plan, Format), t => t.Topic.Key == Debts);

        Assert.True(topic.Skipped);
        Assert.Equal(PlanAttention.NotFilledInNote, topic.Note);
    }

    [Fact]
    public void NotFilledInSoFar_NewPlan_SaysNothingYet()
    {
        Assert.Empty(PlanAttention.NotFilledInSoFar(NewPlan(), Format));
    }

    [Fact]
    public void NotFilledInSoFar_ListsEmptyTopicsBehindTheResident_NotThoseAhead()
    {
        var editor = Editor();
        editor.SetSmiley(Debts, "slecht");    // worked on; Income lies behind it, Living ahead

        Assert.Equal([Income], PlanAttention.NotFilledInSoFar(editor.Plan, Format).Select(t => t.Topic.Key));
    }

    [Fact]
    public void NotFilledInSoFar_ASkippedTopicCounts_AsWorkedOn_AndIsListed()
    {
        var editor = Editor();
        editor.SetSkipped(Living, true);

        var list = PlanAttention.NotFilledInSoFar(editor.Plan, Format);

        Assert.Equal([Income, Debts, Living], list.Select(t => t.Topic.Key));
        Assert.All(list, t => Assert.Equal(PlanAttention.NotFilledInNote, t.Note));
    }

    [Fact]
    public void Summary_CarriesTalkAboutFirst_AndTheNotFilledInNotes()
    {
        var editor = Editor();
        editor.SetSmiley(Income, "goed");
        editor.SetSmiley(Debts, "slecht");
        editor.SetTalkAbout(Debts, true);

        var summary = PlanSummary.Build(editor.Plan, Format, Municipality);

        Assert.Equal([Debts], summary.TalkAboutFirst.Select(t => t.Topic.Key));
        Assert.True(summary.TalkAboutFirst[0].TalkAbout);
        var empty = Assert.Single(summary.NotFilledIn);
        Assert.Equal(Living, empty.Topic.Key);
        Assert.Equal(PlanAttention.NotFilledInNote, empty.NotFilledIn!.Note);
        Assert.Null(summary.Topics.Single(t => t.Topic.Key == Income).NotFilledIn);
        Assert.Equal(1, summary.Rounds);
    }
}
