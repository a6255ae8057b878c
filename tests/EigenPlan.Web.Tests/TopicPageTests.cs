using Bunit;
using EigenPlan.Core.Content;
using EigenPlan.Core.Plans;
using EigenPlan.Web.Components.Pages.Plan;
using EigenPlan.Web.State;
using Microsoft.Extensions.DependencyInjection;

namespace EigenPlan.Web.Tests;

public class TopicPageTests : PlanComponentContext
{
    [Fact]
    public async Task Render_ShowsQuestionsWithExactLabels_SavedAnswers_AndSocialMapForTheTopic()
    {
        var planId = await CreatePlanAsync(e => e.SetAnswer("geldzaken.inkomen", "wil", "Rondkomen zonder zorgen."));

        var cut = Render<TopicPage>(p => p.Add(x => x.PlanId, planId).Add(x => x.TopicKey, "geldzaken.inkomen"));
        cut.WaitForElement("h1");

        Assert.Equal("Inkomen", cut.Find("h1").TextContent.Trim());
        var labels = cut.FindAll(".question-group label").Select(l => l.TextContent.Trim()).ToList();
        Assert.Equal(["Hoe gaat het nu?", "Wat wil ik?", "Hoe wil ik dit bereiken?", "Wat doe en kan ik zelf al?",
            "Wie uit mijn omgeving zou mij hierbij kunnen helpen?", "Wat heb ik nog nodig?"], labels);
        Assert.Equal("Rondkomen zonder zorgen.", cut.Find("#vraag-wil").GetAttribute("value"));
        Assert.Equal(PlanLimits.MaxTextLength.ToString(System.Globalization.CultureInfo.InvariantCulture),
            cut.Find("#vraag-nu").GetAttribute("maxlength"));

        // The help for the topic as short cards: the first three in Core's order, the rest folded behind "Meer hulp".
        var list = SocialMapShortList.For(BundledContent.Almere, "geldzaken.inkomen", []);
        Assert.Equal(list.First.Select(e => e.Name), cut.FindAll(".social-map > .social-map__cards .entry h3").Select(h => h.TextContent.Trim()));
        // In the live page a closed fold's body is left out until it is first opened (it is in the server-rendered page).
        Assert.Empty(cut.FindAll(".social-map__more .entry"));
        Assert.Empty(cut.FindAll(".entry__more dl"));
        cut.Find("details.social-map__more").TriggerEvent("ontoggle", EventArgs.Empty);
        Assert.Equal(list.More.Select(e => e.Name), cut.FindAll(".social-map__more .entry h3").Select(h => h.TextContent.Trim()));
        cut.Find("details.entry__more").TriggerEvent("ontoggle", EventArgs.Empty);
        Assert.Single(cut.FindAll(".entry__more dl"));
        Assert.Equal(BundledContent.Almere.EntriesFor("geldzaken.inkomen").Count(), list.First.Count + list.More.Count);
        Assert.False(cut.Find("details.social-map__more").HasAttribute("open"));
        Assert.All(cut.FindAll("details.entry__more"), d => Assert.False(d.HasAttribute("open")));
        // Suggestions are folded away behind a native disclosure.
        Assert.False(cut.Find("details.suggestions").HasAttribute("open"));
        // Supporter prompts stay hidden in the resident's own view.
        Assert.Empty(cut.FindAll(".helper-prompts"));
    }

    [Fact]
    public async Task ChooseTip_MarksItPressed_AndKeepsItInThePlan()
    {
        var planId = await CreatePlanAsync();
        var cut = Render<TopicPage>(p => p.Add(x => x.PlanId, planId).Add(x => x.TopicKey, "geldzaken.uitgaven-en-schulden"));
        cut.WaitForElement(".entry");

        cut.FindAll(".entry button")[0].Click();

        var button = cut.FindAll(".entry button")[0];
        Assert.Equal("true", button.GetAttribute("aria-pressed"));
        var state = Services.GetRequiredService<PlanState>();
        Assert.Single(state.Content.Topic("geldzaken.uitgaven-en-schulden").ChosenEntries);
    }

    [Fact]
    public async Task TooLongText_IsRefusedWithFriendlyMessage_AndNotSavedCut()
    {
        var planId = await CreatePlanAsync();
        var cut = Render<TopicPage>(p => p.Add(x => x.PlanId, planId).Add(x => x.TopicKey, "woonruimte.wonen"));
        cut.WaitForElement("#vraag-nu");

        cut.Find("#vraag-nu").Input(new string('a', PlanLimits.MaxTextLength + 1));

        Assert.NotEmpty(cut.Find("#vraag-nu-error").TextContent);
        var state = Services.GetRequiredService<PlanState>();
        Assert.Equal("", state.Content.Topic("woonruimte.wonen").Answer("nu"));
    }

    [Fact]
    public async Task UnknownTopicKey_ShowsClearMessage()
    {
        var planId = await CreatePlanAsync();
        var cut = Render<TopicPage>(p => p.Add(x => x.PlanId, planId).Add(x => x.TopicKey, "geldzaken.<script>"));
        cut.WaitForElement("h1");
        Assert.Equal("Dit onderwerp bestaat niet", cut.Find("h1").TextContent.Trim());
    }
}
