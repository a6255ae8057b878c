using Bunit;
using EigenPlan.Core.Plans;
using EigenPlan.Web.Components.Pages.Plan;
using EigenPlan.Web.State;
using Microsoft.Extensions.DependencyInjection;

namespace EigenPlan.Web.Tests;

public class MijnPlanTests : PlanComponentContext
{
    [Fact]
    public async Task FlaggedTopic_FirstSection_EmptyTopicsGetTheNeutralNote()
    {
        var planId = await CreatePlanAsync(e =>
        {
            e.SetAnswer("tijdsbesteding.vrije-tijd", "wil", "Weer zwemmen.");
            e.SetTalkAbout("tijdsbesteding.vrije-tijd", true);
            e.SetSmiley("geldzaken.inkomen", "slecht");
        });

        var cut = Render<SummaryPage>(p => p.Add(x => x.PlanId, planId));
        cut.WaitForElement("h1");

        Assert.Equal(PlanAttention.TalkAboutLabel, cut.FindAll("h2")[0].TextContent.Trim());
        Assert.Contains("Weer zwemmen.", cut.Find("section").TextContent, StringComparison.Ordinal);
        Assert.Single(cut.FindAll("[id='sam-tijdsbesteding.vrije-tijd']"));
        var wonen = cut.Find("[id='sam-woonruimte.wonen']").ParentElement!;
        Assert.Contains(PlanAttention.NotFilledInNote, wonen.TextContent, StringComparison.Ordinal);
        Assert.Null(wonen.QuerySelector(".attention-note")!.GetAttribute("role"));
        Assert.DoesNotContain(PlanAttention.NotFilledInNote, cut.Find("[id='sam-geldzaken.inkomen']").ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("ZRM", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TopicPage_EveryQuestionHasAFoldedExample_AndTheFlagToggles()
    {
        var planId = await CreatePlanAsync();

        var cut = Render<TopicPage>(p => p.Add(x => x.PlanId, planId).Add(x => x.TopicKey, "woonruimte.huishouden"));
        cut.WaitForElement("h1");

        var folds = cut.FindAll("details.example-fold");
        Assert.Equal(BundledContent.Format.Questions.Count, folds.Count);
        Assert.All(folds, f => Assert.False(f.HasAttribute("open")));
        Assert.Equal("false", cut.Find(".talk-about button").GetAttribute("aria-pressed"));

        cut.Find(".talk-about button").Click();

        Assert.Equal("true", cut.Find(".talk-about button").GetAttribute("aria-pressed"));
        Assert.True(Services.GetRequiredService<PlanState>().Content.Topic("woonruimte.huishouden").TalkAbout);
    }
}
