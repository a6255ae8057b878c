using EigenPlan.Core.Plans;
using static EigenPlan.TestSupport.SmallContent;

namespace EigenPlan.Core.Tests;

public class TopicRulesTests
{
    [Fact]
    public void StateOf_NothingFilled_IsNotStarted()
    {
        Assert.Equal(TopicState.NotStarted, TopicRules.StateOf(null, Format));
        Assert.Equal(TopicState.NotStarted, TopicRules.StateOf(new TopicAnswers { Answers = { ["nu"] = "   " } }, Format));
    }

    [Theory]
    [InlineData("smiley")]
    [InlineData("answer")]
    [InlineData("entry")]
    public void StateOf_AnythingFilled_IsInProgress(string what)
    {
        var answers = new TopicAnswers();
        switch (what)
        {
            case "smiley": answers.SmileyId = "goed"; break;
            case "answer": answers.Answers["nodig"] = "Hulp bij post"; break;
            default: answers.ChosenEntries.Add("schuldhulp"); break;
        }
        Assert.Equal(TopicState.InProgress, TopicRules.StateOf(answers, Format));
    }

    [Fact]
    public void StateOf_SmileyAndAllMainQuestions_IsDone_EvenWithoutSubQuestions()
    {
        var answers = new TopicAnswers { SmileyId = "gaat-wel" };
        foreach (var id in new[] { "nu", "wil", "zelf", "nodig" })
        {
            answers.Answers[id] = "iets";
        }
        Assert.Equal(TopicState.Done, TopicRules.StateOf(answers, Format));
    }

    [Fact]
    public void StateOf_AllMainQuestionsButNoSmiley_IsInProgress()
    {
        var answers = new TopicAnswers();
        foreach (var id in new[] { "nu", "wil", "zelf", "nodig" })
        {
            answers.Answers[id] = "iets";
        }
        Assert.Equal(TopicState.InProgress, TopicRules.StateOf(answers, Format));
    }

    [Fact]
    public void StateOf_OneMainQuestionBlank_IsInProgress()
    {
        var answers = new TopicAnswers { SmileyId = "goed", Answers = { ["nu"] = "a", ["wil"] = "b", ["zelf"] = "c", ["nodig"] = " \n" } };
        Assert.Equal(TopicState.InProgress, TopicRules.StateOf(answers, Format));
    }

    [Fact]
    public void StateOf_MarkedDone_IsDone()
    {
        Assert.Equal(TopicState.Done, TopicRules.StateOf(new TopicAnswers { MarkedDone = true }, Format));
    }

    [Fact]
    public void StateOf_SkippedFlag_IsSkipped_EvenWithText()
    {
        var answers = new TopicAnswers { Skipped = true, Answers = { ["nu"] = "iets" } };
        Assert.Equal(TopicState.Skipped, TopicRules.StateOf(answers, Format));
    }

    [Fact]
    public void StateOf_NotApplicableAndNothingWritten_IsSkipped()
    {
        Assert.Equal(TopicState.Skipped, TopicRules.StateOf(new TopicAnswers { SmileyId = "nvt" }, Format));
    }

    [Fact]
    public void StateOf_NotApplicableWithText_IsInProgress()
    {
        var answers = new TopicAnswers { SmileyId = "nvt", Answers = { ["nu"] = "Ik heb geen werk nodig." } };
        Assert.Equal(TopicState.InProgress, TopicRules.StateOf(answers, Format));
    }

    [Fact]
    public void StateOf_AnswerToUnknownQuestion_IsIgnored()
    {
        Assert.Equal(TopicState.NotStarted, TopicRules.StateOf(new TopicAnswers { Answers = { ["verzonnen"] = "x" } }, Format));
    }

    [Fact]
    public void Labels_AreDutch()
    {
        Assert.Equal("nog niet begonnen", TopicState.NotStarted.Label());
        Assert.Equal("bezig", TopicState.InProgress.Label());
        Assert.Equal("klaar", TopicState.Done.Label());
        Assert.Equal("overgeslagen", TopicState.Skipped.Label());
    }

    [Fact]
    public void Progress_CountsPerHouseAndPlan()
    {
        var plan = NewPlan();
        plan.Topic(Income).MarkedDone = true;
        plan.Topic(Debts).SmileyId = "slecht";
        plan.Topic(Living).Skipped = true;
        plan.Topic("verzonnen.onderwerp").MarkedDone = true;

        var progress = PlanProgress.Compute(plan, Format);

        Assert.Equal(3, progress.Total);
        Assert.Equal(1, progress.Count(TopicState.Done));
        Assert.Equal(1, progress.Count(TopicState.InProgress));
        Assert.Equal(1, progress.Count(TopicState.Skipped));
        Assert.Equal(2, progress.Finished);
        var money = progress.ForHouse("geldzaken")!;
        Assert.Equal(2, money.Total);
        Assert.Equal(1, money.Finished);
        Assert.Equal(TopicState.InProgress, progress.StateOf(Debts));
        Assert.Equal(TopicState.NotStarted, progress.StateOf("verzonnen.onderwerp"));
    }
}
