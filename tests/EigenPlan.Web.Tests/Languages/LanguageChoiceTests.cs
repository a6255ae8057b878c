using Bunit;
using EigenPlan.Web.Components.Pages.Home;
using EigenPlan.Web.Components.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace EigenPlan.Web.Tests.Languages;

/// <summary>The language choice on the start page, and the localizer wiring: a page renders in the request's language.</summary>
public class LanguageChoiceTests : PlanComponentContext
{
    [Fact]
    public void Choice_IsAPlainGetForm_EachLanguageNamedInItself_WithItsLang()
    {
        var cut = Render<LanguageChoice>();

        var form = cut.Find("form");
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/taal", form.GetAttribute("action"));
        Assert.Equal("/", cut.Find("input[type=hidden][name=terug]").GetAttribute("value"));
        var buttons = cut.FindAll("button[name=code]");
        Assert.Equal(["nl", "en", "tr", "pl", "ar"], buttons.Select(b => b.GetAttribute("value")));
        Assert.Equal(["Nederlands", "English", "Türkçe", "Polski", "العربية"], buttons.Select(b => b.TextContent));
        Assert.All(buttons, b => Assert.Equal(b.GetAttribute("value"), b.GetAttribute("lang")));
        Assert.Equal("rtl", buttons[4].GetAttribute("dir"));
        // Dutch is the current language; Dutch is the source, so no note about checking the translation.
        Assert.Equal("true", buttons[0].GetAttribute("aria-pressed"));
        Assert.Empty(cut.FindAll(".language-choice__note"));
    }

    [Fact]
    public void Choice_InArabic_MarksArabic_AndSaysTheTranslationIsStillToBeChecked()
    {
        using var arabic = new UiCulture("ar");

        var cut = Render<LanguageChoice>();

        Assert.Equal("true", cut.Find("button[value=ar]").GetAttribute("aria-pressed"));
        Assert.Equal("false", cut.Find("button[value=nl]").GetAttribute("aria-pressed"));
        Assert.Equal("هذه الترجمة لم يراجعها بعد شخص لغته الأم العربية.", cut.Find(".language-choice__note").TextContent);
    }

    [Theory]
    [InlineData("nl", "Maak je eigen plan", "Start mijn plan")]
    [InlineData("en", "Make your own plan", "Start my plan")]
    [InlineData("tr", "Kendi planını yap", "Planımı başlat")]
    [InlineData("pl", "Zrób swój własny plan", "Rozpocznij mój plan")]
    [InlineData("ar", "اصنع خطتك الخاصة", "ابدأ خطتي")]
    public void StartPage_RendersInTheRequestsLanguage(string code, string heading, string start)
    {
        using var language = new UiCulture(code);

        var cut = Render<Home>();

        cut.WaitForAssertion(() => Assert.Equal(start, cut.Find("button[name=start]").TextContent));
        Assert.Equal(heading, cut.Find("h1").TextContent);
        Assert.Equal(code == "nl" ? 0 : 1, cut.FindAll(".language-choice__note").Count);
    }

    [Fact]
    public async Task TopicPage_KeepsTheMunicipalitysHelpInDutch_WithLangNl()
    {
        using var english = new UiCulture("en");
        var planId = await CreatePlanAsync();
        var plan = Services.GetRequiredService<EigenPlan.Web.State.PlanState>();

        var cut = Render<EigenPlan.Web.Components.Pages.Plan.TopicPage>(p => p.Add(x => x.PlanId, planId).Add(x => x.TopicKey, "geldzaken.inkomen"));

        cut.WaitForAssertion(() => Assert.Equal(EigenPlan.Web.State.PlanOpenState.Open, plan.OpenState));
        Assert.Contains("Who can help in Almere?", cut.Markup, StringComparison.Ordinal);
        var cards = cut.FindAll(".social-map .entry h3");
        Assert.NotEmpty(cards);
        Assert.All(cards, h => Assert.Equal("nl", h.GetAttribute("lang")));
        Assert.All(cut.FindAll(".entry__summary"), p => Assert.Equal("nl", p.GetAttribute("lang")));
    }
}
