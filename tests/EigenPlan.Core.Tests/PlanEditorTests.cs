using EigenPlan.Core.Plans;
using static EigenPlan.TestSupport.SmallContent;

namespace EigenPlan.Core.Tests;

public class PlanEditorTests
{
    [Fact]
    public void SetSmiley_Known_IsStored_AndUnknownSmileyOrTopicIsRefused()
    {
        var editor = Editor();
        Assert.True(editor.SetSmiley(Income, "goed").Succeeded);
        Assert.Equal("goed", editor.Plan.Topic(Income).SmileyId);

        var badSmiley = editor.SetSmiley(Income, "super-blij");
        var badTopic = editor.SetSmiley("geldzaken.verzonnen", "goed");

        Assert.Equal(PlanEditError.UnknownSmiley, badSmiley.Error);
        Assert.Equal(PlanEditError.UnknownTopic, badTopic.Error);
        Assert.False(string.IsNullOrWhiteSpace(badTopic.Message));
        Assert.Equal("goed", editor.Plan.Topic(Income).SmileyId);
        Assert.False(editor.Plan.Topics.ContainsKey("geldzaken.verzonnen"));
    }

    [Fact]
    public void SetAnswer_UnknownQuestion_IsRefused()
    {
        var result = Editor().SetAnswer(Income, "wachtwoord", "x");
        Assert.Equal(PlanEditError.UnknownQuestion, result.Error);
    }

    [Fact]
    public void SetAnswer_TooLong_IsRefusedWithoutTruncating()
    {
        var editor = Editor();
        editor.SetAnswer(Income, "nu", "eerdere tekst");

        var result = editor.SetAnswer(Income, "nu", new string('a', PlanLimits.MaxTextLength + 1));

        Assert.Equal(PlanEditError.TextTooLong, result.Error);
        Assert.Contains("20.000", result.Message, StringComparison.Ordinal);
        Assert.Equal("eerdere tekst", editor.Plan.Topic(Income).Answer("nu"));
    }

    [Fact]
    public void SetAnswer_ExactlyMaxLength_IsAccepted()
    {
        var editor = Editor();
        Assert.True(editor.SetAnswer(Income, "nu", new string('a', PlanLimits.MaxTextLength)).Succeeded);
        Assert.Equal(PlanLimits.MaxTextLength, editor.Plan.Topic(Income).Answer("nu").Length);
    }

    [Fact]
    public void SetAnswer_StripsControlCharacters_KeepsLineBreaksAndTabs()
    {
        var editor = Editor();
        editor.SetAnswer(Income, "nu", "a\u0000b\u0007c\n\td\r\n\u001be\u007f\ud800 ");
        Assert.Equal("abc\n\td\r\ne ", editor.Plan.Topic(Income).Answer("nu"));
    }

    [Fact]
    public void SetAnswer_Empty_RemovesAnswer_AndTextUnskips()
    {
        var editor = Editor();
        editor.SetSkipped(Income, true);
        editor.SetAnswer(Income, "nu", "iets");
        Assert.False(editor.Plan.Topic(Income).Skipped);

        editor.SetAnswer(Income, "nu", "");
        Assert.False(editor.Plan.Topic(Income).Answers.ContainsKey("nu"));
    }

    [Fact]
    public void SetEntryChosen_EntryOfOtherTopicOrUnknown_IsRefused()
    {
        var editor = Editor();
        Assert.Equal(PlanEditError.UnknownEntry, editor.SetEntryChosen(Income, "woonhulp", true).Error);
        Assert.Equal(PlanEditError.UnknownEntry, editor.SetEntryChosen(Income, "verzonnen", true).Error);
        Assert.True(editor.SetEntryChosen(Income, "formulierenhulp", true).Succeeded);
        Assert.Equal(["formulierenhulp"], editor.Plan.Topic(Income).ChosenEntries);
    }

    [Fact]
    public void ToggleEntry_TwiceRemoves_AndRemovingAVanishedEntryWorks()
    {
        var editor = Editor();
        editor.ToggleEntry(Debts, "schuldhulp");
        editor.ToggleEntry(Debts, "schuldhulp");
        Assert.Empty(editor.Plan.Topic(Debts).ChosenEntries);

        editor.Plan.Topic(Debts).ChosenEntries.Add("van-de-kaart-gehaald");
        Assert.True(editor.ToggleEntry(Debts, "van-de-kaart-gehaald").Succeeded);
        Assert.Empty(editor.Plan.Topic(Debts).ChosenEntries);
    }

    [Fact]
    public void SetEntryChosen_OverMaximum_IsRefused()
    {
        var many = Enumerable.Range(0, PlanLimits.MaxChosenEntriesPerTopic + 1).Select(i => Entry($"e{i}", $"Hulp {i}", Income)).ToList();
        var municipality = Municipality with { SocialMap = many };
        var editor = new PlanEditor(NewPlan(), Format, municipality);
        for (var i = 0; i < PlanLimits.MaxChosenEntriesPerTopic; i++)
        {
            Assert.True(editor.SetEntryChosen(Income, $"e{i}", true).Succeeded);
        }

        var result = editor.SetEntryChosen(Income, $"e{PlanLimits.MaxChosenEntriesPerTopic}", true);

        Assert.Equal(PlanEditError.TooManyEntries, result.Error);
    }

    [Fact]
    public void SkipAndDone_ExcludeEachOther()
    {
        var editor = Editor();
        editor.SetDone(Income, true);
        editor.SetSkipped(Income, true);
        Assert.Equal(TopicState.Skipped, TopicRules.StateOf(editor.Plan.Topic(Income), Format));
        editor.SetDone(Income, true);
        Assert.Equal(TopicState.Done, TopicRules.StateOf(editor.Plan.Topic(Income), Format));
        Assert.Equal(PlanEditError.UnknownTopic, editor.SetSkipped("x.y", true).Error);
    }

    [Fact]
    public void SetHouseNote_UnknownHouseOrTooLong_IsRefused()
    {
        var editor = Editor();
        Assert.True(editor.SetHouseNote("wonen", HouseNoteField.NotGoingWell, "Lekkage").Succeeded);
        Assert.Equal("Lekkage", editor.Plan.House("wonen").NotGoingWell);
        Assert.Equal(PlanEditError.UnknownHouse, editor.SetHouseNote("kasteel", HouseNoteField.FreeText, "x").Error);
        Assert.Equal(PlanEditError.TextTooLong,
            editor.SetHouseNote("wonen", HouseNoteField.FreeText, new string('x', PlanLimits.MaxTextLength + 1)).Error);
    }

    [Fact]
    public void SetAbout_ValidatesNameAndAge()
    {
        var editor = Editor();
        Assert.True(editor.SetName("  Fatima\nEl Amrani ").Succeeded);
        Assert.Equal("Fatima El Amrani", editor.Plan.About.Name);
        Assert.Equal(PlanEditError.InvalidName, editor.SetName(new string('n', PlanLimits.MaxNameLength + 1)).Error);
        Assert.Equal(PlanEditError.InvalidAge, editor.SetAge(131).Error);
        Assert.Equal(PlanEditError.InvalidAge, editor.SetAge(-1).Error);
        Assert.True(editor.SetAge(0).Succeeded);
        Assert.True(editor.SetAge(130).Succeeded);
        Assert.Equal(PlanEditError.InvalidChoice, editor.SetFilledInBy((FilledInBy)42).Error);
        Assert.True(editor.SetName("").Succeeded);
        Assert.Null(editor.Plan.About.Name);
    }
}
