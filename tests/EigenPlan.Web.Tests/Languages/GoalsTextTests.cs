using Bunit;
using EigenPlan.Core.SharedPlans;
using EigenPlan.Web.Components.Pages.Together;
using EigenPlan.Web.State;
using EigenPlan.Web.State.Together;
using EigenPlan.Web.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;

namespace EigenPlan.Web.Tests.Languages;

/// <summary>
/// The shared plan's pages (area GoalsText) in the resident's language: the owner's overview, a goal, samen terugkijken,
/// making the plan and the page for the conversation; no Dutch-only wrapper is left, and Dutch keeps its words.
/// </summary>
public class GoalsTextTests : PlanComponentContext
{
    // The base context has built its services already; the shared plan's state comes from a fallback provider, made
    // over the same store (one state per test, as one circuit).
    public GoalsTextTests()
    {
        var extra = new ServiceCollection();
        extra.AddSingleton(_ => new TogetherState(
            Services.GetRequiredService<ISharedPlanStore>(), Services.GetRequiredService<ISharedPlanChanges>(), new NoSharedPlanEvents(),
            TimeProvider.System, NullLogger<TogetherState>.Instance, text: Services.GetRequiredService<IStringLocalizer<GoalsText>>()));
        Services.AddFallbackServiceProvider(extra.BuildServiceProvider());
    }

    [Theory]
    [InlineData("nl", "Ons samenplan", "Mijn doelen, het belangrijkste eerst", "nog geen kleur", "Nodig iemand uit")]
    [InlineData("en", "Our shared plan", "My goals, the most important first", "no colour yet", "Invite someone")]
    [InlineData("tr", "Ortak planımız", "Hedeflerim, en önemlisi önce", "henüz renk yok", "Birini davet et")]
    [InlineData("pl", "Nasz wspólny plan", "Moje cele, najważniejszy na początku", "jeszcze bez koloru", "Zaproś kogoś")]
    [InlineData("ar", "خطتنا المشتركة", "أهدافي، الأهم أولًا", "لا لون بعد", "ادعُ شخصًا")]
    public async Task Overview_SpeaksTheResidentsLanguage_WithoutADutchWrapper(string code, string heading, string goals, string noColour, string invite)
    {
        using var language = new UiCulture(code);
        var (planId, _) = await SharedPlanAsync();

        var cut = Render<OverviewPage>(p => p.Add(x => x.PlanId, planId));

        cut.WaitForAssertion(() => Assert.Equal(heading, cut.Find("h1").TextContent));
        Assert.Contains(cut.FindAll("h2"), h => h.TextContent == goals);
        Assert.Contains(noColour, cut.Find(".goal-card .status-tag").TextContent, StringComparison.Ordinal);
        Assert.Contains(cut.FindAll("a.btn"), a => a.TextContent == invite);
        Assert.Empty(cut.FindAll("div[lang=nl]"));
        // What the resident wrote stays as written.
        Assert.Equal("Rondkomen zonder zorgen", cut.Find(".goal-card__title a").TextContent);
    }

    [Fact]
    public async Task Goal_InEnglish_SaysTheHistoryAndItsDate_InEnglish()
    {
        using var english = new UiCulture("en");
        var (planId, goalId) = await SharedPlanAsync();
        var together = Services.GetRequiredService<TogetherState>();
        Assert.True((await together.EditAsync(e => e.SetStatus(goalId, GoalStatus.Orange, "De post ligt nog op tafel."))).Succeeded);

        var cut = Render<GoalPage>(p => p.Add(x => x.PlanId, planId).Add(x => x.GoalId, goalId));

        cut.WaitForAssertion(() => Assert.Equal("Goal 1 of 1", cut.Find(".step-indicator").TextContent));
        Assert.Contains(cut.FindAll("h2"), h => h.TextContent == "How is this goal going?");
        var history = cut.Find("ol.history li").TextContent;
        Assert.Contains("(owner) changed the colour from no colour yet to orange.", history, StringComparison.Ordinal);
        Assert.Contains("Why: De post ligt nog op tafel.", history, StringComparison.Ordinal);
        Assert.Contains(EnglishMonth(), history, StringComparison.Ordinal);
        Assert.Equal("orange: needs attention", cut.Find(".goal-status-now .status-tag").TextContent.TrimStart('!'));
        Assert.Empty(cut.FindAll("div[lang=nl]"));
    }

    [Fact]
    public async Task Goal_InDutch_KeepsTheDutchWords()
    {
        var (planId, goalId) = await SharedPlanAsync();
        var together = Services.GetRequiredService<TogetherState>();
        Assert.True((await together.EditAsync(e => e.SetStatus(goalId, GoalStatus.Orange, "De post ligt nog op tafel."))).Succeeded);

        var cut = Render<GoalPage>(p => p.Add(x => x.PlanId, planId).Add(x => x.GoalId, goalId));

        cut.WaitForAssertion(() => Assert.Equal("Doel 1 van 1", cut.Find(".step-indicator").TextContent));
        Assert.Contains("(eigenaar) veranderde de kleur van nog geen kleur naar oranje.", cut.Find("ol.history li").TextContent, StringComparison.Ordinal);
        Assert.Contains(cut.FindAll("h2"), h => h.TextContent == "Wie doet wat, en wanneer?");
    }

    [Fact]
    public async Task ARefusal_IsShownInTheLanguageOfThePage_AndInDutchAsCoreSaidIt()
    {
        var (_, goalId) = await SharedPlanAsync();
        var together = Services.GetRequiredService<TogetherState>();

        var result = await together.EditAsync(e => e.MoveGoal(goalId, -1), "volgorde");

        Assert.Equal("Dit doel staat al bovenaan.", together.ErrorFor("volgorde"));
        Assert.Equal(result.Message, together.ErrorFor("volgorde"));
        using (new UiCulture("en"))
        {
            Assert.Equal("This goal is already at the top.", together.ErrorFor("volgorde"));
        }
        using (new UiCulture("ar"))
        {
            Assert.Equal("هذا الهدف في الأعلى بالفعل.", together.ErrorFor("volgorde"));
        }
    }

    [Theory]
    [InlineData("en", "Looking back together", "Plan a moment", "History")]
    [InlineData("ar", "النظر إلى الوراء معًا", "حدّد موعدًا", "السجل")]
    [InlineData("nl", "Samen terugkijken", "Plan een moment", "Geschiedenis")]
    public async Task LookingBackTogether_SpeaksTheResidentsLanguage(string code, string heading, string plan, string history)
    {
        using var language = new UiCulture(code);
        var (planId, _) = await SharedPlanAsync();

        var cut = Render<EvaluationsPage>(p => p.Add(x => x.PlanId, planId));

        cut.WaitForAssertion(() => Assert.Equal(heading, cut.Find("h1").TextContent));
        Assert.Contains(cut.FindAll("h2"), h => h.TextContent == plan);
        Assert.Contains(cut.FindAll("h2"), h => h.TextContent == history);
        Assert.Empty(cut.FindAll("div[lang=nl]"));
    }

    [Theory]
    [InlineData("en", "Make it a shared plan", "1. My picture of the future")]
    [InlineData("ar", "اجعلها خطة مشتركة", "1. صورتي للمستقبل")]
    [InlineData("nl", "Maak er een samenplan van", "1. Mijn toekomstbeeld")]
    public async Task MakingTheSharedPlan_SpeaksTheResidentsLanguage(string code, string heading, string vision)
    {
        using var language = new UiCulture(code);
        var planId = await CreatePlanAsync();

        var cut = Render<BuildPage>(p => p.Add(x => x.PlanId, planId));

        cut.WaitForAssertion(() => Assert.Equal(heading, cut.Find("h1").TextContent));
        Assert.Contains(cut.FindAll("h2"), h => h.TextContent == vision);
        Assert.Empty(cut.FindAll("div[lang=nl]"));
    }

    [Theory]
    [InlineData("en", "For the conversation", "Print this page")]
    [InlineData("ar", "من أجل المحادثة", "اطبع هذه الصفحة")]
    [InlineData("nl", "Voor het gesprek", "Print deze pagina")]
    public async Task TheConversationPage_SpeaksTheResidentsLanguage(string code, string heading, string print)
    {
        using var language = new UiCulture(code);
        var (planId, _) = await SharedPlanAsync();

        var cut = Render<ConversationSummaryPage>(p => p.Add(x => x.PlanId, planId));

        cut.WaitForAssertion(() => Assert.Equal(heading, cut.Find("h1").TextContent));
        Assert.Equal(print, cut.Find(".actions button").TextContent);
        Assert.Empty(cut.FindAll("div[lang=nl]"));
    }

    private static string EnglishMonth() =>
        new[] { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" }
            [TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Europe/Amsterdam").Month - 1];

    /// <summary>A plan with a shared plan of one goal, opened by its owner in this "circuit".</summary>
    private async Task<(string PlanId, string GoalId)> SharedPlanAsync()
    {
        var planId = await CreatePlanAsync();
        var plan = Services.GetRequiredService<PlanState>();
        await plan.EnsureOpenAsync(planId);
        var together = Services.GetRequiredService<TogetherState>();
        var draft = new SharedPlanDraft(planId, "basis", "Henriëtte", "Zonder zorgen wonen.",
            [new GoalDraft("Rondkomen zonder zorgen", "geldzaken.inkomen")],
            [new ParticipantSuggestion("Fatima", ParticipantKind.Network, "zus", null)]);
        Assert.True((await together.CreateAsync(plan, draft)).Succeeded);
        return (planId, together.Plan.Goals[0].Id);
    }
}
