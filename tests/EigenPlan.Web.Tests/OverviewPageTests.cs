using Bunit;
using EigenPlan.Web.Components.Pages.Plan;

namespace EigenPlan.Web.Tests;

public class OverviewPageTests : PlanComponentContext
{
    [Fact]
    public async Task TaskList_ShowsPlainStatePerTopic()
    {
        var planId = await CreatePlanAsync(e =>
        {
            e.SetSmiley("geldzaken.inkomen", "slecht");
            e.SetSkipped("tijdsbesteding.werk", true);
            e.SetDone("woonruimte.wonen", true);
        });

        var cut = Render<OverviewPage>(p => p.Add(x => x.PlanId, planId));
        cut.WaitForElement(".task-list");

        string StateOf(string key) => cut.Find($"[id='status-{key}']").TextContent.Trim();
        Assert.Equal("bezig", StateOf("geldzaken.inkomen"));
        Assert.Equal("overgeslagen", StateOf("tijdsbesteding.werk"));
        Assert.Equal("klaar", StateOf("woonruimte.wonen"));
        Assert.Equal("nog niet begonnen", StateOf("gezondheid.lichaam"));
        Assert.Equal(13, cut.FindAll(".task a[href*='/onderwerp/']").Count);
        Assert.Contains("2 van de 13 onderwerpen zijn klaar of overgeslagen", cut.Markup);
    }

    [Fact]
    public void WithoutCookie_SaysThePlanIsNotOpenHere()
    {
        var cut = Render<OverviewPage>(p => p.Add(x => x.PlanId, "ZZZZ"));
        cut.WaitForElement("h1");
        Assert.Equal("Dit plan is op dit apparaat niet open", cut.Find("h1").TextContent.Trim());
    }
}
