using System.Xml.Linq;
using EigenPlan.Core.Languages;
using EigenPlan.Core.SharedPlans;
using EigenPlan.Web.Resources;
using EigenPlan.Web.State.Together;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EigenPlan.Web.Tests.Languages;

/// <summary>Core's refusals (always Dutch) as the resident reads them: unchanged in Dutch, translated in the other languages.</summary>
public class RefusalTextTests
{
    private static readonly IStringLocalizer<GoalsText> Text =
        new StringLocalizer<GoalsText>(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    [Fact]
    public void EveryErrorKind_HasATranslatedText_InEveryLanguage()
    {
        var chosen = Enum.GetValues<SharedPlanEditError>()
            .SelectMany(error => Enum.GetValues<SharedPlanRole>().Select(role => RefusalText.Choose(new SharedPlanEditResult(error, "?"), role).Key))
            .Concat(RefusalText.Keys).Distinct().ToList();
        var dutch = Read(PlanLanguage.Dutch);
        foreach (var language in PlanLanguage.All.Where(l => !l.IsDutch))
        {
            var translated = Read(language);
            foreach (var key in chosen)
            {
                Assert.True(translated.TryGetValue(key, out var text) && text.Length > 0, $"{key} has no {language.Code} text");
                Assert.NotEqual(dutch[key], text);
            }
        }
    }

    [Fact]
    public void InDutch_CoresMessageIsShownUnchanged()
    {
        var refusal = SharedPlanEditResult.NotAllowed(SharedPlanRole.Reader);

        Assert.Equal(refusal.Message, RefusalText.For(refusal, SharedPlanRole.Reader, Text));
        Assert.Equal("Dit lukte niet.", RefusalText.For(new SharedPlanEditResult(SharedPlanEditError.None, null), SharedPlanRole.Owner, Text));
    }

    [Fact]
    public void NotAllowed_IsChosenByTheRole()
    {
        using var english = new UiCulture("en");

        Assert.Equal("You may only read this plan. Do you want to work along? Ask the owner of the plan.",
            RefusalText.For(SharedPlanEditResult.NotAllowed(SharedPlanRole.Reader), SharedPlanRole.Reader, Text));
        Assert.Equal("Only the owner of the plan may do this.",
            RefusalText.For(SharedPlanEditResult.NotAllowed(SharedPlanRole.Contributor), SharedPlanRole.Contributor, Text));
    }

    [Fact]
    public void OneOfSeveralMessagesOfAKind_IsRecognised_WithCoresLimit()
    {
        var plan = FullPlan();
        var refused = new SharedPlanEditor(plan, SharedPlanActor.Owner, DateTime.UtcNow).AddGoal("Nog een doel", null, out _);
        using var polish = new UiCulture("pl");

        Assert.Equal(SharedPlanEditError.TooMany, refused.Error);
        Assert.Equal(("RefusalTooManyGoals", SharedPlanLimits.MaxGoals), (RefusalText.Choose(refused, SharedPlanRole.Owner).Key, (int)RefusalText.Choose(refused, SharedPlanRole.Owner).Args[0]));
        Assert.Equal($"Twój plan ma już tyle celów: {SharedPlanLimits.MaxGoals}. Najpierw usuń jeden.", RefusalText.For(refused, SharedPlanRole.Owner, Text));
    }

    [Fact]
    public void AMessageWithWordsOfItsOwn_GetsTheKindsGeneralText()
    {
        using var turkish = new UiCulture("tr");
        var refused = SharedPlanEditResult.Fail(SharedPlanEditError.EmptyText, "De naam is nog leeg. Schrijf eerst iets.");

        Assert.Equal("Bu hâlâ boş. Önce bir şey yaz.", RefusalText.For(refused, SharedPlanRole.Owner, Text));
    }

    [Fact]
    public void TheColourAndRoleWords_AreCoresWords_InDutch()
    {
        var dutch = Read(PlanLanguage.Dutch);

        Assert.All(Enum.GetValues<GoalStatus>(), s => Assert.Equal(s.Label(), dutch["Status" + s]));
        Assert.All(Enum.GetValues<GoalStatus>(), s => Assert.Equal(s.Meaning(), dutch["Meaning" + s]));
        Assert.All(Enum.GetValues<SharedPlanRole>(), r => Assert.Equal(r.Label(), dutch["Role" + r]));
    }

    private static SharedPlan FullPlan()
    {
        var draft = new SharedPlanDraft("K7P2", "basis", "Henriëtte", "",
            [.. Enumerable.Range(1, SharedPlanLimits.MaxGoals).Select(i => new GoalDraft($"Doel {i}", null))], []);
        Assert.True(SharedPlanFactory.Create(draft, DateTime.UtcNow, out var plan).Succeeded);
        return plan!;
    }

    private static Dictionary<string, string> Read(PlanLanguage language)
    {
        var path = Path.Combine(RepoRoot.Path, "src", "EigenPlan.Web", "Resources", language.IsDutch ? "GoalsText.resx" : $"GoalsText.{language.Code}.resx");
        return XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");
    }
}
