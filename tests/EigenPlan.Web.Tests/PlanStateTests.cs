using EigenPlan.Core.Plans;
using EigenPlan.Web.State;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace EigenPlan.Web.Tests;

public class PlanStateTests : PlanComponentContext
{
    [Fact]
    public async Task DisposeAsync_RightAfterTyping_SavesTheLastWords()
    {
        var planId = await CreatePlanAsync();
        var state = Services.GetRequiredService<PlanState>();
        await state.EnsureOpenAsync(planId);

        state.SetAnswer("woonruimte.wonen", "wil", "Een woning zonder trap.", "vraag-wil");
        Assert.Equal(SaveStatus.Pending, state.SaveStatus);
        await state.DisposeAsync();

        Assert.Equal("Een woning zonder trap.", (await ReopenAsync(planId)).Topic("woonruimte.wonen").Answers["wil"]);
    }

    [Fact]
    public async Task Typing_IsSavedInTheBackground_WithinASecond()
    {
        var planId = await CreatePlanAsync();
        var state = Services.GetRequiredService<PlanState>();
        await state.EnsureOpenAsync(planId);

        state.SetAnswer("woonruimte.wonen", "nu", "Ik woon driehoog.", "vraag-nu");
        for (var tries = 0; state.SaveStatus != SaveStatus.Saved; tries++)
        {
            Assert.True(tries < 100, $"Not saved within 5 seconds (status {state.SaveStatus}).");
            await Task.Delay(50);
        }

        Assert.Equal("Ik woon driehoog.", (await ReopenAsync(planId)).Topic("woonruimte.wonen").Answers["nu"]);
    }

    [Fact]
    public async Task Save_AfterAnotherDeviceSaved_MergesPerAnswer_KeepsBothTextsOfOneAnswer_AndSaysSo()
    {
        var planId = await CreatePlanAsync();
        var state = Services.GetRequiredService<PlanState>();
        await state.EnsureOpenAsync(planId);
        // Another device saves first, from the same version this circuit loaded.
        var other = await OpenAsync(planId);
        var theirs = (await Services.GetRequiredService<IPlanStore>().LoadAsync(other)).Content;
        theirs.Topic("woonruimte.wonen").Answers["nu"] = "Op de telefoon getypt.";
        theirs.Topic("woonruimte.wonen").Answers["wil"] = "Een tuin.";
        Assert.IsType<SaveResult.Saved>(await Services.GetRequiredService<IPlanStore>().SaveAsync(other, theirs, 1));

        state.SetAnswer("woonruimte.wonen", "nu", "Op de laptop getypt.", "vraag-nu");
        for (var tries = 0; state.SaveStatus != SaveStatus.Saved; tries++)
        {
            Assert.True(tries < 100, $"Not saved within 5 seconds (status {state.SaveStatus}).");
            await Task.Delay(50);
        }

        var stored = (await ReopenAsync(planId)).Topic("woonruimte.wonen");
        Assert.Equal($"Op de telefoon getypt.\n\n{PlanMerge.Marker}\n\nOp de laptop getypt.", stored.Answers["nu"]);
        Assert.Equal("Een tuin.", stored.Answers["wil"]);
        Assert.Equal(stored.Answers["nu"], state.Content.Topic("woonruimte.wonen").Answers["nu"]);
        Assert.Equal("Een tuin.", state.Content.Topic("woonruimte.wonen").Answers["wil"]);
        Assert.Contains("allebei de teksten bewaard", state.MergeNotice, StringComparison.Ordinal);
    }

    private async Task<PlanSession> OpenAsync(string planId)
    {
        var user = await Services.GetRequiredService<AuthenticationStateProvider>().GetAuthenticationStateAsync();
        var session = await Services.GetRequiredService<PlanAccess>().OpenAsync(user.User, planId);
        Assert.NotNull(session);
        return session;
    }

    private async Task<PlanContent> ReopenAsync(string planId)
    {
        var access = Services.GetRequiredService<PlanAccess>();
        var user = await Services.GetRequiredService<AuthenticationStateProvider>().GetAuthenticationStateAsync();
        var session = await access.OpenAsync(user.User, planId);
        Assert.NotNull(session);
        return (await Services.GetRequiredService<IPlanStore>().LoadAsync(session)).Content;
    }
}
