using System.Text.Json;
using EigenPlan.Core.Plans;
using static EigenPlan.TestSupport.SmallContent;

namespace EigenPlan.Core.Tests;

/// <summary>"Hier wil ik over praten", the hand-in note and earlier rounds survive a merge of two devices' saves.</summary>
public class PlanMergeNewFieldsTests
{
    private static readonly DateOnly March = new(2026, 3, 10);
    private static readonly DateOnly September = new(2026, 9, 15);

    private static PlanContent Copy(PlanContent plan) => JsonSerializer.Deserialize<PlanContent>(JsonSerializer.SerializeToUtf8Bytes(plan))!;

    private static (PlanContent Base, PlanContent Mine, PlanContent Theirs) ThreeCopies(Action<PlanEditor>? arrange = null)
    {
        var editor = Editor();
        editor.SetSmiley(Income, "slecht");
        editor.SetAnswer(Income, "nu", "Krap.");
        arrange?.Invoke(editor);
        var b = editor.Plan;
        return (b, Copy(b), Copy(b));
    }

    [Fact]
    public void TalkAbout_SetOnOneSide_IsKept_AsAreOtherFlagsSetOnTheOther()
    {
        var (b, mine, theirs) = ThreeCopies();
        Editor(mine).SetTalkAbout(Income, true);
        Editor(theirs).SetTalkAbout(Debts, true);
        Editor(theirs).SetDone(Living, true);

        var merged = PlanMerge.ThreeWay(b, mine, theirs);

        Assert.True(merged.Merged.Topic(Income).TalkAbout);
        Assert.True(merged.Merged.Topic(Debts).TalkAbout);
        Assert.True(merged.Merged.Topic(Living).MarkedDone);
        Assert.Empty(merged.Conflicts);
    }

    [Fact]
    public void HandedIn_BothWroteToWhom_KeepsBothTexts()
    {
        var (b, mine, theirs) = ThreeCopies(e => e.SetHandedIn(March, "Gemeente", September));
        Editor(mine).SetHandedIn(March, "Wijkteam Noord", September);
        Editor(theirs).SetHandedIn(March, "Mevrouw De Vries", September);

        var merged = PlanMerge.ThreeWay(b, mine, theirs);

        Assert.Contains("Wijkteam Noord", merged.Merged.HandedIn!.To, StringComparison.Ordinal);
        Assert.Contains("Mevrouw De Vries", merged.Merged.HandedIn.To, StringComparison.Ordinal);
        Assert.Contains(merged.Conflicts, c => c.Place == new MergePlace(MergeArea.HandIn, null, "aan") && c.Outcome == MergeOutcome.BothKept);
    }

    [Fact]
    public void HandedIn_OneSideCleared_OtherWroteToWhom_TheWordsStay()
    {
        var (b, mine, theirs) = ThreeCopies(e => e.SetHandedIn(March, null, September));
        Editor(mine).SetHandedIn(null, null, September);
        Editor(theirs).SetHandedIn(March, "Het loket", September);

        var merged = PlanMerge.ThreeWay(b, mine, theirs).Merged;

        Assert.Equal(March, merged.HandedIn!.Date);
        Assert.Equal("Het loket", merged.HandedIn.To);
    }

    [Fact]
    public void HandedIn_AddedOnOneSide_IsKept_ClearedOnOneSide_IsCleared()
    {
        var (b, mine, theirs) = ThreeCopies();
        Editor(theirs).SetHandedIn(March, "Gemeente", September);
        Assert.Equal("Gemeente", PlanMerge.ThreeWay(b, mine, theirs).Merged.HandedIn!.To);

        var (b2, mine2, theirs2) = ThreeCopies(e => e.SetHandedIn(March, "Gemeente", September));
        Editor(mine2).SetHandedIn(null, null, September);
        Assert.Null(PlanMerge.ThreeWay(b2, mine2, theirs2).Merged.HandedIn);
    }

    [Fact]
    public void NewRound_OnOneDevice_WhileTheOtherTyped_KeepsTheRoundAndEveryWord()
    {
        var (b, mine, theirs) = ThreeCopies();
        Editor(mine).StartNewRound(September);
        Editor(mine).SetSmiley(Income, "goed");
        Editor(theirs).SetAnswer(Income, "wil", "Rondkomen.");

        var merged = PlanMerge.ThreeWay(b, mine, theirs).Merged;

        var round = Assert.Single(merged.Rounds);
        Assert.Equal("slecht", round.Topics[Income].SmileyId);
        Assert.Equal("goed", merged.Topic(Income).SmileyId);
        Assert.Equal("Rondkomen.", merged.Topic(Income).Answer("wil"));
        Assert.Equal("Krap.", merged.Topic(Income).Answer("nu"));
    }

    [Fact]
    public void SameRound_StartedOnBothDevices_IsKeptOnce_DifferentRoundsBoth_InDateOrder()
    {
        var (b, mine, theirs) = ThreeCopies();
        Editor(mine).StartNewRound(September);
        Editor(theirs).StartNewRound(September);
        Assert.Single(PlanMerge.ThreeWay(b, mine, theirs).Merged.Rounds);

        var (b2, mine2, theirs2) = ThreeCopies();
        Editor(mine2).StartNewRound(September);
        Editor(theirs2).SetAnswer(Income, "nu", "Krap, maar beter.");
        Editor(theirs2).StartNewRound(March);
        var rounds = PlanMerge.ThreeWay(b2, mine2, theirs2).Merged.Rounds;

        Assert.Equal([March, September], rounds.Select(r => r.ClosedOn));
        Assert.Equal("Krap, maar beter.", rounds[0].Topics[Income].Answers["nu"]);
    }

    [Fact]
    public void MergedRounds_ShareNoObjectsWithTheInputs()
    {
        var (b, mine, theirs) = ThreeCopies(e => e.StartNewRound(March));
        var before = JsonSerializer.Serialize(mine);

        var merged = PlanMerge.ThreeWay(b, mine, theirs).Merged;
        merged.Rounds[0].Topics[Income].Answers["nu"] = "veranderd";
        merged.Rounds[0].Topics[Income].SmileyId = "goed";

        Assert.Equal(before, JsonSerializer.Serialize(mine));
    }

    [Fact]
    public void EveryFieldOfTheContent_SurvivesAMergeWithAnUnchangedOtherSide()
    {
        // Guards against a field added to the plan but forgotten in the merge: mine changed everything, theirs nothing.
        var (b, mine, theirs) = ThreeCopies();
        var editor = Editor(mine);
        editor.SetName("Sanne");
        editor.SetDate(March);
        editor.SetTalkAbout(Income, true);
        editor.SetSkipped(Debts, true);
        editor.SetHouseNote("wonen", HouseNoteField.FreeText, "Vrij.");
        editor.SetHandedIn(March, "Gemeente", September);
        editor.StartNewRound(September);
        editor.SetTalkAbout(Living, true);
        editor.SetHandedIn(September, "Wijkteam", September);

        var merged = PlanMerge.ThreeWay(b, mine, theirs).Merged;

        Assert.Equal(PlanExport.ToJson(mine, default), PlanExport.ToJson(merged, default));
    }
}
