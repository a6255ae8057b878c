using System.Text.Json;
using EigenPlan.Core.Plans;

namespace EigenPlan.Core.Tests;

public class PlanMergeTests
{
    private const string Topic = "geldzaken.inkomen";

    private static PlanContent Base()
    {
        var plan = new PlanContent { MunicipalityId = "almere", FormatId = "basis" };
        plan.About.Name = "Sanne";
        var topic = plan.Topic(Topic);
        topic.SmileyId = "neutraal";
        topic.Answers["nu"] = "Ik heb een uitkering.";
        topic.Answers["wil"] = "Rondkomen.";
        topic.ChosenEntries.AddRange(["schuldhulp", "voedselbank"]);
        plan.House("wonen").GoingWell = "Mijn huis is fijn.";
        plan.House("wonen").Drawing.Strokes.Add(new Stroke { Points = [1, 1, 2, 2] });
        return plan;
    }

    private static PlanContent Copy(PlanContent plan) => JsonSerializer.Deserialize<PlanContent>(JsonSerializer.SerializeToUtf8Bytes(plan))!;

    private static (PlanContent Base, PlanContent Mine, PlanContent Theirs) ThreeCopies()
    {
        var b = Base();
        return (b, Copy(b), Copy(b));
    }

    [Fact]
    public void OnlyMineChanged_TakesMine_OnlyTheirsChanged_TakesTheirs_NoConflicts()
    {
        var (b, mine, theirs) = ThreeCopies();
        mine.Topic(Topic).Answers["nu"] = "Ik werk weer.";
        theirs.Topic(Topic).Answers["wil"] = "Sparen voor een fiets.";

        var result = PlanMerge.ThreeWay(b, mine, theirs);

        Assert.Equal("Ik werk weer.", result.Merged.Topic(Topic).Answer("nu"));
        Assert.Equal("Sparen voor een fiets.", result.Merged.Topic(Topic).Answer("wil"));
        Assert.Empty(result.Conflicts);
        Assert.False(result.KeptBothTexts);
    }

    [Fact]
    public void BothTypedTheSameText_IsNoConflict()
    {
        var (b, mine, theirs) = ThreeCopies();
        mine.Topic(Topic).Answers["nu"] = "Hetzelfde.";
        theirs.Topic(Topic).Answers["nu"] = "Hetzelfde.";

        var result = PlanMerge.ThreeWay(b, mine, theirs);

        Assert.Equal("Hetzelfde.", result.Merged.Topic(Topic).Answer("nu"));
        Assert.Empty(result.Conflicts);
    }

    [Fact]
    public void BothChangedTheSameAnswer_KeepsTheirsThenTheMarkerThenMine()
    {
        var (b, mine, theirs) = ThreeCopies();
        mine.Topic(Topic).Answers["nu"] = "Ik heb een uitkering. Op de laptop getypt.";
        theirs.Topic(Topic).Answers["nu"] = "Ik heb een uitkering. Op de telefoon getypt.";

        var result = PlanMerge.ThreeWay(b, mine, theirs);

        Assert.Equal("Ik heb een uitkering. Op de telefoon getypt.\n\n" + PlanMerge.Marker + "\n\nIk heb een uitkering. Op de laptop getypt.",
            result.Merged.Topic(Topic).Answer("nu"));
        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal(new MergeConflict(new MergePlace(MergeArea.Topic, Topic, "nu"), MergeOutcome.BothKept), conflict);
        Assert.True(result.KeptBothTexts);
    }

    [Fact]
    public void OneSideEmptiedAText_TheOtherSidesWordsAreKept()
    {
        var (b, mine, theirs) = ThreeCopies();
        mine.Topic(Topic).Answers["nu"] = "";
        theirs.Topic(Topic).Answers["nu"] = "Ik heb een uitkering en een bijbaan.";
        mine.House("wonen").GoingWell = "Mijn huis is fijn en licht.";
        theirs.House("wonen").GoingWell = " ";

        var result = PlanMerge.ThreeWay(b, mine, theirs);

        Assert.Equal("Ik heb een uitkering en een bijbaan.", result.Merged.Topic(Topic).Answer("nu"));
        Assert.Equal("Mijn huis is fijn en licht.", result.Merged.House("wonen").GoingWell);
        Assert.Equal([MergeOutcome.MineKept, MergeOutcome.TheirsKept], result.Conflicts.Select(c => c.Outcome).Order());
        Assert.False(result.KeptBothTexts);
    }

    [Fact]
    public void HouseNotesAndName_FollowTheTextRules()
    {
        var (b, mine, theirs) = ThreeCopies();
        mine.House("wonen").FreeText = "Tuin.";
        theirs.House("wonen").FreeText = "Balkon.";
        theirs.About.Name = "Sanne de Vries";
        mine.About.HelperName = "Kees";

        var result = PlanMerge.ThreeWay(b, mine, theirs);

        Assert.Equal("Balkon.\n\n" + PlanMerge.Marker + "\n\nTuin.", result.Merged.House("wonen").FreeText);
        Assert.Equal("Sanne de Vries", result.Merged.About.Name);
        Assert.Equal("Kees", result.Merged.About.HelperName);
        Assert.Equal(new MergePlace(MergeArea.House, "wonen", "vrije_ruimte"), Assert.Single(result.Conflicts).Place);
    }

    [Fact]
    public void SmileyOrFlagsBothChanged_MineWins_AndIsReported()
    {
        var (b, mine, theirs) = ThreeCopies();
        mine.Topic(Topic).SmileyId = "goed";
        theirs.Topic(Topic).SmileyId = "slecht";
        mine.Topic(Topic).MarkedDone = true;
        theirs.Topic(Topic).Skipped = true;
        mine.About.Age = 40;
        theirs.About.Age = 41;

        var result = PlanMerge.ThreeWay(b, mine, theirs);

        var topic = result.Merged.Topic(Topic);
        Assert.Equal(("goed", true, true, 40), (topic.SmileyId, topic.MarkedDone, topic.Skipped, result.Merged.About.Age));
        Assert.Equal(2, result.Conflicts.Count);
        Assert.All(result.Conflicts, c => Assert.Equal(MergeOutcome.MineKept, c.Outcome));
        Assert.Contains(result.Conflicts, c => c.Place.Field == "smiley");
    }

    [Fact]
    public void SmileyOnlyTheirsChanged_TakesTheirs()
    {
        var (b, mine, theirs) = ThreeCopies();
        theirs.Topic(Topic).SmileyId = "slecht";

        Assert.Equal("slecht", PlanMerge.ThreeWay(b, mine, theirs).Merged.Topic(Topic).SmileyId);
    }

    [Fact]
    public void ChosenEntries_AdditionsOfBothAreKept_ARemovalByOneSideIsKept()
    {
        var (b, mine, theirs) = ThreeCopies();
        mine.Topic(Topic).ChosenEntries.Add("budgetcoach");
        mine.Topic(Topic).ChosenEntries.Remove("voedselbank");
        theirs.Topic(Topic).ChosenEntries.Add("formulierenhulp");

        var result = PlanMerge.ThreeWay(b, mine, theirs);

        Assert.Equal(["schuldhulp", "budgetcoach", "formulierenhulp"], result.Merged.Topic(Topic).ChosenEntries);
        Assert.Empty(result.Conflicts);
    }

    [Fact]
    public void ChosenEntries_RemovedByTheirs_AndKeptByMine_IsRemoved()
    {
        var (b, mine, theirs) = ThreeCopies();
        theirs.Topic(Topic).ChosenEntries.Remove("schuldhulp");

        Assert.Equal(["voedselbank"], PlanMerge.ThreeWay(b, mine, theirs).Merged.Topic(Topic).ChosenEntries);
    }

    [Fact]
    public void Drawing_StrokesOfBothAreKept_ClearingOnOneSideRemovesOnlyTheOldStrokes()
    {
        var (b, mine, theirs) = ThreeCopies();
        mine.House("wonen").Drawing.Strokes.Clear();
        mine.House("wonen").Drawing.Strokes.Add(new Stroke { Color = "#FF0000", Points = [5, 5, 6, 6] });
        theirs.House("wonen").Drawing.Strokes.Add(new Stroke { Points = [9, 9, 8, 8] });

        var result = PlanMerge.ThreeWay(b, mine, theirs);

        Assert.Equal([[5f, 5, 6, 6], [9f, 9, 8, 8]], result.Merged.House("wonen").Drawing.Strokes.Select(s => s.Points));
        Assert.Equal("#FF0000", result.Merged.House("wonen").Drawing.Strokes[0].Color);
    }

    [Fact]
    public void TopicsAndHousesOnlyOneSideHas_AreKept()
    {
        var (b, mine, theirs) = ThreeCopies();
        theirs.Topic("wonen.wonen").Answers["nu"] = "Een flat.";
        mine.House("werk").NotGoingWell = "Geen werk.";

        var result = PlanMerge.ThreeWay(b, mine, theirs);

        Assert.Equal("Een flat.", result.Merged.Topic("wonen.wonen").Answer("nu"));
        Assert.Equal("Geen werk.", result.Merged.House("werk").NotGoingWell);
    }

    [Fact]
    public void Inputs_AreNotChanged_AndTheResultSharesNoObjectsWithThem()
    {
        var (b, mine, theirs) = ThreeCopies();
        mine.Topic(Topic).Answers["nu"] = "Mijn tekst.";
        var mineBefore = JsonSerializer.Serialize(mine);
        var theirsBefore = JsonSerializer.Serialize(theirs);

        var merged = PlanMerge.ThreeWay(b, mine, theirs).Merged;
        merged.Topic(Topic).ChosenEntries.Add("nieuw");
        merged.House("wonen").Drawing.Strokes[0].Points.Add(7);
        merged.Topic(Topic).Answers["nu"] = "Veranderd";

        Assert.Equal(mineBefore, JsonSerializer.Serialize(mine));
        Assert.Equal(theirsBefore, JsonSerializer.Serialize(theirs));
    }

    [Fact]
    public void NoWordOfEitherSideIsLost_WhenBothChangeTheSameTexts()
    {
        var random = new Random(12);
        string[] words = ["appel", "fiets", "huur", "bank", "zus", "werk", "tuin", "bus", "arts", "school"];
        string Words(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => words[random.Next(words.Length)] + random.Next(1000)));
        for (var round = 0; round < 200; round++)
        {
            var (b, mine, theirs) = ThreeCopies();
            foreach (var side in new[] { mine, theirs })
            {
                foreach (var question in new[] { "nu", "wil", "zelf" })
                {
                    if (random.Next(3) > 0)
                    {
                        side.Topic(Topic).Answers[question] = Words(random.Next(1, 8));
                    }
                }
                side.House("wonen").FreeText = random.Next(2) == 0 ? Words(3) : side.House("wonen").FreeText;
            }

            var merged = PlanMerge.ThreeWay(b, mine, theirs).Merged;

            foreach (var question in new[] { "nu", "wil", "zelf" })
            {
                var text = merged.Topic(Topic).Answer(question);
                foreach (var side in new[] { mine, theirs }.Where(s => s.Topic(Topic).Answer(question) != b.Topic(Topic).Answer(question)))
                {
                    Assert.All(side.Topic(Topic).Answer(question).Split(' ', StringSplitOptions.RemoveEmptyEntries),
                        word => Assert.Contains(word, text, StringComparison.Ordinal));
                }
            }
            foreach (var side in new[] { mine, theirs }.Where(s => s.House("wonen").FreeText != b.House("wonen").FreeText))
            {
                Assert.All(side.House("wonen").FreeText.Split(' '), word => Assert.Contains(word, merged.House("wonen").FreeText, StringComparison.Ordinal));
            }
        }
    }
}
