using EigenPlan.Core.Plans;
using EigenPlan.Web.State;
using EigenPlan.Web.State.Pending;
using Microsoft.Extensions.DependencyInjection;

namespace EigenPlan.Web.Tests;

/// <summary>What the tab kept comes back through the normal edit path and the two-device merge; stored texts are confirmed.</summary>
public class PendingTextTests : PlanComponentContext
{
    private const string Topic = "woonruimte.wonen";
    private static readonly string Key = PlanField.ForAnswer(Topic, "nu").Key;

    [Fact]
    public async Task Restore_StoredTextIsOneTheTabHadOnTheWay_PutsTheTabsTextBack_AndSaysSo()
    {
        var planId = await CreatePlanAsync(e => e.SetAnswer(Topic, "nu", "een twee drie"));
        var state = await OpenAsync(planId);

        var settled = state.RestorePending([Pending(Key, "een twee drie vier vijf", "", "een twee", "een twee drie", "een twee drie vier")]);

        Assert.Empty(settled);
        Assert.Equal("een twee drie vier vijf", state.Content.Topic(Topic).Answer("nu"));
        Assert.Equal(PlanState.RestoredText, state.RestoreNotice);
        Assert.Null(state.MergeNotice);
        Assert.Equal(SaveStatus.Pending, state.SaveStatus);
        await WaitSavedAsync(state);
        Assert.Contains(state.TakeConfirmations(), c => c.Key == Key && c.Hash == TextHash.Of("een twee drie vier vijf"));
    }

    [Fact]
    public async Task Restore_SomeoneElseChangedTheText_KeepsBothTexts_NeverOverwrites()
    {
        var planId = await CreatePlanAsync(e => e.SetAnswer(Topic, "nu", "Op de laptop getypt."));
        var state = await OpenAsync(planId);

        state.RestorePending([Pending(Key, "Op de telefoon getypt.", "", "Op de telefoon")]);

        Assert.Equal($"Op de laptop getypt.\n\n{PlanMerge.Marker}\n\nOp de telefoon getypt.", state.Content.Topic(Topic).Answer("nu"));
        Assert.Equal(PlanState.RestoredText, state.RestoreNotice);
        Assert.Contains("allebei de teksten bewaard", state.MergeNotice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_TextThePlanHasAlready_OrAKeyThatIsNoField_IsOnlySettled()
    {
        var planId = await CreatePlanAsync(e => e.SetAnswer(Topic, "nu", "Al bewaard."));
        var state = await OpenAsync(planId);

        var settled = state.RestorePending([
            Pending(Key, "Al bewaard.", "Al"),
            Pending("a:bestaat.niet:nu", "iets", ""),
            Pending("onzin", "iets", ""),
        ]);

        Assert.Equal([Key, "a:bestaat.niet:nu", "onzin"], settled);
        Assert.Null(state.RestoreNotice);
        Assert.Equal(SaveStatus.Idle, state.SaveStatus);
    }

    [Fact]
    public async Task Restore_HouseNotes_AndControlCharacters_AreCleanedLikeTyping()
    {
        var planId = await CreatePlanAsync();
        var state = await OpenAsync(planId);
        var free = PlanField.ForHouse("woonruimte", HouseNoteField.FreeText);

        state.RestorePending([Pending(free.Key, "vrije\u0007 ruimte", "")]);

        Assert.Equal("vrije ruimte", state.Content.House("woonruimte").FreeText);
        Assert.Equal("h:woonruimte:vrije_ruimte", free.Key);
        Assert.Equal(free, PlanField.Parse(free.Key));
    }

    [Fact]
    public async Task Save_AfterTheDeviceWasClosed_SaysNotSaved_AndKeepsTheTextOnThePage()
    {
        var planId = await CreatePlanAsync();
        var state = await OpenAsync(planId);
        var store = Services.GetRequiredService<IPlanStore>();
        await store.RevokeDeviceAsync(state.Session, state.Session.DeviceId);

        state.SetAnswer(Topic, "nu", "Nog niet bewaard.", "vraag-nu");
        for (var tries = 0; state.SaveStatus != SaveStatus.NotSaved; tries++)
        {
            Assert.True(tries < 100, $"Not refused within 5 seconds (status {state.SaveStatus}).");
            await Task.Delay(50);
        }

        Assert.Equal(PlanOpenState.Open, state.OpenState);
        Assert.Equal("Nog niet bewaard.", state.Content.Topic(Topic).Answer("nu"));
        state.SetAnswer(Topic, "nu", "Nog niet bewaard, en meer.", "vraag-nu");
        Assert.Equal(SaveStatus.NotSaved, state.SaveStatus);
    }

    [Fact]
    public async Task TypingWithoutAPause_IsStillSavedWithinTheLongestWait()
    {
        var planId = await CreatePlanAsync();
        var state = await OpenAsync(planId);
        var typed = "";
        var saved = false;
        // Faster than the 600 ms pause, for longer than the 2-second longest wait.
        for (var i = 0; i < 40 && !saved; i++)
        {
            typed += "a";
            state.SetAnswer(Topic, "nu", typed, "vraag-nu");
            await Task.Delay(100);
            saved = state.TakeConfirmations().Count > 0;
        }

        Assert.True(saved, "nothing was saved while typing went on for 4 seconds");
    }

    [Fact]
    public void TextHash_IsTheSameAsInTheBrowser()
    {
        // Values from the same function in wwwroot/js/pending-text.js (node).
        Assert.Equal(3338908027751811, TextHash.Of(""));
        Assert.Equal(4985577892189795, TextHash.Of("een twee drie"));
        Assert.Equal(8410127401127655, TextHash.Of("Één, twee — drie 🙂\nvier"));
        Assert.Equal(6305192873654942, TextHash.Of(new string('a', 20_000)));
    }

    private async Task<PlanState> OpenAsync(string planId)
    {
        var state = Services.GetRequiredService<PlanState>();
        await state.EnsureOpenAsync(planId);
        Assert.Equal(PlanOpenState.Open, state.OpenState);
        return state;
    }

    /// <summary>An entry as the tab sends it: its text, and the texts it had on the way there.</summary>
    private static PendingText Pending(string key, string text, params string[] onTheWay) =>
        new(key, text, [.. onTheWay.Select(TextHash.Of), TextHash.Of(text)]);

    private static async Task WaitSavedAsync(PlanState state)
    {
        for (var tries = 0; state.SaveStatus != SaveStatus.Saved; tries++)
        {
            Assert.True(tries < 100, $"Not saved within 5 seconds (status {state.SaveStatus}).");
            await Task.Delay(50);
        }
    }
}
