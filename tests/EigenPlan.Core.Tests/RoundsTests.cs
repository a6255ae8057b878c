using EigenPlan.Core.Plans;
using static EigenPlan.TestSupport.SmallContent;

namespace EigenPlan.Core.Tests;

/// <summary>Opnieuw kijken hoe het gaat: earlier rounds kept with their date, then and now per topic.</summary>
public class RoundsTests
{
    private static readonly DateOnly March = new(2026, 3, 10);
    private static readonly DateOnly September = new(2026, 9, 15);

    private static PlanEditor FirstRound()
    {
        var editor = Editor();
        editor.SetDate(March);
        editor.SetSmiley(Debts, "slecht");
        editor.SetAnswer(Debts, "nu", "Veel brieven.");
        editor.SetSkipped(Income, true);
        editor.SetTalkAbout(Debts, true);
        editor.SetDone(Debts, true);
        editor.SetEntryChosen(Debts, "schuldhulp", true);
        editor.SetHouseNote("geldzaken", HouseNoteField.NotGoingWell, "Schulden.");
        editor.SetHandedIn(March, "Wijkteam", March);
        return editor;
    }

    [Fact]
    public void StartNewRound_FreezesTheRound_WithItsDate()
    {
        var editor = FirstRound();

        Assert.True(editor.StartNewRound(September).Succeeded);

        var round = Assert.Single(editor.Plan.Rounds);
        Assert.Equal(March, round.Date);
        Assert.Equal(September, round.ClosedOn);
        Assert.Equal("slecht", round.Topics[Debts].SmileyId);
        Assert.Equal("Veel brieven.", round.Topics[Debts].Answers["nu"]);
        Assert.True(round.Topics[Debts].TalkAbout);
        Assert.True(round.Topics[Income].Skipped);
        Assert.Equal("Schulden.", round.Houses["geldzaken"].NotGoingWell);
        Assert.Equal("Wijkteam", round.HandedIn!.To);
        Assert.False(round.Topics.ContainsKey(Living));
    }

    [Fact]
    public void StartNewRound_SmileysStartEmpty_WrittenWordsStayToEdit()
    {
        var editor = FirstRound();

        editor.StartNewRound(September);

        var debts = editor.Plan.Topic(Debts);
        Assert.Null(debts.SmileyId);
        Assert.False(debts.MarkedDone);
        Assert.False(debts.TalkAbout);
        Assert.False(editor.Plan.Topic(Income).Skipped);
        Assert.Equal("Veel brieven.", debts.Answer("nu"));
        Assert.Equal(["schuldhulp"], debts.ChosenEntries);
        Assert.Equal("Schulden.", editor.Plan.House("geldzaken").NotGoingWell);
        Assert.Null(editor.Plan.HandedIn);
        Assert.Equal(September, editor.Plan.About.Date);
        Assert.Equal(TopicState.InProgress, TopicRules.StateOf(debts, Format));
    }

    [Fact]
    public void StartNewRound_TheRoundSharesNothingWithTheCurrentPlan()
    {
        var editor = FirstRound();
        editor.StartNewRound(September);

        editor.SetAnswer(Debts, "nu", "Het gaat beter.");
        editor.SetHouseNote("geldzaken", HouseNoteField.NotGoingWell, "Bijna geen schulden meer.");

        Assert.Equal("Veel brieven.", editor.Plan.Rounds[0].Topics[Debts].Answers["nu"]);
        Assert.Equal("Schulden.", editor.Plan.Rounds[0].Houses["geldzaken"].NotGoingWell);
    }

    [Fact]
    public void StartNewRound_NothingFilledIn_IsRefused_AndChangesNothing()
    {
        var editor = Editor();
        editor.SetDate(March);

        var result = editor.StartNewRound(September);

        Assert.Equal(PlanEditError.NothingToKeep, result.Error);
        Assert.Empty(editor.Plan.Rounds);
        Assert.Equal(March, editor.Plan.About.Date);
    }

    [Fact]
    public void StartNewRound_WithoutAPlanDate_UsesTheDayItClosed_AndRefusesGoingBackInTime()
    {
        var editor = Editor();
        editor.SetSmiley(Income, "goed");
        editor.StartNewRound(March);
        editor.SetSmiley(Income, "heel-goed");

        var back = editor.StartNewRound(March.AddDays(-1));

        Assert.Equal(March, editor.Plan.Rounds[0].Date);
        Assert.Equal(PlanEditError.InvalidDate, back.Error);
        Assert.Single(editor.Plan.Rounds);
    }

    [Fact]
    public void StartNewRound_StopsAtTheLimit()
    {
        var editor = Editor();
        for (var i = 0; i < PlanLimits.MaxRounds; i++)
        {
            editor.SetSmiley(Income, "goed");
            Assert.True(editor.StartNewRound(March.AddDays(i)).Succeeded);
        }
        editor.SetSmiley(Income, "goed");

        Assert.Equal(PlanEditError.TooManyRounds, editor.StartNewRound(September).Error);
    }

    [Fact]
    public void ThenAndNow_InWordsAndDirection_PerTopic()
    {
        var editor = FirstRound();
        editor.StartNewRound(September);
        editor.SetSmiley(Debts, "goed");
        editor.SetSmiley(Living, "gaat-wel");

        var compared = ThenAndNow.Compare(editor.Plan, Format);

        Assert.Equal(Format.Topics.Select(t => t.Key), compared.Select(c => c.Topic.Key));
        var debts = compared.Single(c => c.Topic.Key == Debts);
        Assert.Equal("Toen: Gaat slecht. Nu: Gaat goed.", debts.Words);
        Assert.Equal(SmileyChange.Better, debts.Change);
        Assert.Equal(March, debts.ThenDate);
        var living = compared.Single(c => c.Topic.Key == Living);
        Assert.Equal("Toen: niets gekozen. Nu: Gaat wel.", living.Words);
        Assert.Equal(SmileyChange.NotComparable, living.Change);
    }

    [Fact]
    public void ThenAndNow_Worse_Same_AndNotApplicable()
    {
        var editor = Editor();
        editor.SetSmiley(Income, "goed");
        editor.SetSmiley(Debts, "gaat-wel");
        editor.SetSmiley(Living, "nvt");
        editor.StartNewRound(March);
        editor.SetSmiley(Income, "slecht");
        editor.SetSmiley(Debts, "gaat-wel");
        editor.SetSmiley(Living, "goed");

        Assert.Equal(SmileyChange.Worse, ThenAndNow.ForTopic(editor.Plan, Format, Income)!.Change);
        Assert.Equal(SmileyChange.Same, ThenAndNow.ForTopic(editor.Plan, Format, Debts)!.Change);
        Assert.Equal(SmileyChange.NotComparable, ThenAndNow.ForTopic(editor.Plan, Format, Living)!.Change);
        Assert.Equal("Toen: Niet van toepassing. Nu: Gaat goed.", ThenAndNow.ForTopic(editor.Plan, Format, Living)!.Words);
    }

    [Fact]
    public void ThenAndNow_FirstRound_IsEmpty_AndHistoryEndsWithNow()
    {
        var editor = FirstRound();
        Assert.Empty(ThenAndNow.Compare(editor.Plan, Format));
        Assert.Null(ThenAndNow.ForTopic(editor.Plan, Format, Debts));
        Assert.Null(PlanSummary.Build(editor.Plan, Format, Municipality).Topics.First().ThenAndNow);

        editor.StartNewRound(September);
        editor.SetSmiley(Debts, "heel-goed");

        var history = ThenAndNow.History(editor.Plan, Format, Debts);
        Assert.Equal([(March, "slecht", false), (September, "heel-goed", true)],
            history.Select(h => (h.Date!.Value, h.Smiley!.Id, h.IsNow)));
        var summary = PlanSummary.Build(editor.Plan, Format, Municipality);
        Assert.Equal(2, summary.Rounds);
        Assert.Equal("Toen: Gaat slecht. Nu: Gaat heel goed.", summary.Topics.Single(t => t.Topic.Key == Debts).ThenAndNow!.Words);
    }
}
