using System.Net;
using Bunit;
using EigenPlan.Web.Components.Pages;
using EigenPlan.Web.Components.Pages.Plan;
using EigenPlan.Web.Components.Pages.Start;
using EigenPlan.Web.State;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace EigenPlan.Web.Tests.Languages;

/// <summary>
/// Mijn gegevens and the pages around it speak the resident's language, with no Dutch wrapper left; Dutch still shows
/// the words it always had. Core's refusals and notes on these pages follow the language too.
/// </summary>
public class AccountTextTests : PlanComponentContext
{
    private static readonly string[] EnglishKinds = ["Professional help", "Volunteers", "Help from people around you"];

    private static DefaultHttpContext Request() => new() { Connection = { RemoteIpAddress = IPAddress.Loopback } };

    [Theory]
    [InlineData("nl", "Mijn gegevens", "Al je gegevens downloaden", "Verwijder mijn plan")]
    [InlineData("en", "My data", "Download all your data", "Delete my plan")]
    [InlineData("ar", "بياناتي", "نزّل كل بياناتك", "احذف خطتي")]
    public async Task MyData_InTheResidentsLanguage_WithoutADutchWrapper(string code, string heading, string download, string delete)
    {
        using var language = new UiCulture(code);
        var planId = await CreatePlanAsync();

        var cut = Render<MyDataPage>(p => p.Add(x => x.PlanId, planId));

        cut.WaitForAssertion(() => Assert.Equal(heading, cut.Find("h1").TextContent));
        Assert.Equal(download, cut.Find("#alles-downloaden").TextContent);
        Assert.Equal(delete, cut.Find("button.btn--danger").TextContent);
        Assert.Empty(cut.FindAll("div[lang=nl]"));
    }

    [Fact]
    public async Task MyData_NameTooLong_InEnglish_SaysCoresLimit()
    {
        using var english = new UiCulture("en");
        var planId = await CreatePlanAsync();
        var cut = Render<MyDataPage>(p => p.Add(x => x.PlanId, planId));
        cut.WaitForElement("#naam");

        cut.Find("#naam").Change(new string('a', 201));

        cut.WaitForAssertion(() => Assert.Equal("This text is too long. It can have 200 characters.", cut.Find(".field__error").TextContent));
    }

    [Fact]
    public async Task MyData_NameTooLong_InDutch_ShowsCoresMessage()
    {
        var planId = await CreatePlanAsync();
        var cut = Render<MyDataPage>(p => p.Add(x => x.PlanId, planId));
        cut.WaitForElement("#naam");

        cut.Find("#naam").Change(new string('a', 201));

        cut.WaitForAssertion(() => Assert.Equal("Deze naam is te lang. Er passen 200 tekens in.", cut.Find(".field__error").TextContent));
    }

    [Theory]
    [InlineData("nl", "Mijn apparaten", "(dit apparaat)", "Sluit af")]
    [InlineData("en", "My devices", "(this device)", "Close")]
    [InlineData("ar", "أجهزتي", "(هذا الجهاز)", "أغلق")]
    public async Task Devices_InTheResidentsLanguage(string code, string heading, string thisDevice, string close)
    {
        using var language = new UiCulture(code);
        var planId = await CreatePlanAsync();

        var cut = Render<DevicesPage>(p => p.Add(x => x.PlanId, planId));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll(".device-list__item")));
        Assert.Equal(heading, cut.Find("h1").TextContent);
        Assert.Equal($"bunit {thisDevice}", cut.Find(".device-list__name").TextContent);
        Assert.StartsWith(close, cut.Find(".device-list__item button").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("div[lang=nl]"));
    }

    [Fact]
    public async Task NewRound_InEnglish_AndCoresRefusalToo()
    {
        using var english = new UiCulture("en");
        var planId = await CreatePlanAsync();
        var cut = Render<NewRoundPage>(p => p.Add(x => x.PlanId, planId));
        cut.WaitForAssertion(() => Assert.Equal("Look again at how things are going", cut.Find("h1").TextContent));
        Assert.Contains("I want to talk about this", cut.Find(".plain-steps").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("div[lang=nl]"));

        cut.Find("button.btn").Click();

        Assert.Equal("You have not filled in anything yet. So there is nothing yet to look back on later. You can just start.",
            cut.Find("p.notice[role=status]").TextContent);
    }

    [Fact]
    public async Task NewRound_InDutch_KeepsItsWords()
    {
        var planId = await CreatePlanAsync();

        var cut = Render<NewRoundPage>(p => p.Add(x => x.PlanId, planId));

        cut.WaitForAssertion(() => Assert.Equal("Opnieuw kijken hoe het gaat", cut.Find("h1").TextContent));
        var steps = cut.FindAll(".plain-steps li").Select(li => System.Text.RegularExpressions.Regex.Replace(li.TextContent, @"\s+", " ").Trim()).ToList();
        Assert.Equal("Je plan van nu wordt bewaard, met de datum. In Mijn plan zie je toen en nu naast elkaar.", steps[2]);
        Assert.Equal("Hier wil ik over praten en de datum van inleveren beginnen weer leeg.", steps[3]);
    }

    [Theory]
    [InlineData("en", "Make a new code", "Your current code", "Make a new code")]
    [InlineData("ar", "أنشئ رمزًا جديدًا", "رمزك الحالي", "أنشئ رمزًا جديدًا")]
    [InlineData("nl", "Nieuwe code maken", "Je huidige code", "Maak een nieuwe code")]
    public void NewCode_InTheResidentsLanguage_WithoutADutchWrapper(string code, string heading, string label, string button)
    {
        using var language = new UiCulture(code);

        var cut = Render<NewCodePage>(p => p.Add(x => x.PlanId, "ZZZZ").AddCascadingValue<HttpContext>(Request()));

        Assert.Equal(heading, cut.Find("h1").TextContent);
        Assert.Equal(label, cut.Find("label[for=code]").TextContent);
        Assert.Equal(button, cut.Find("button[type=submit]").TextContent);
        Assert.Empty(cut.FindAll("div[lang=nl]"));
    }

    [Theory]
    [InlineData("en", "Delete the plan", "Are you sure?", "Yes, delete everything")]
    [InlineData("ar", "احذف الخطة", "هل أنت متأكد؟", "نعم، احذف كل شيء")]
    [InlineData("nl", "Plan verwijderen", "Weet je het zeker?", "Ja, verwijder alles")]
    public void DeletePlan_InTheResidentsLanguage_WithoutADutchWrapper(string code, string heading, string sure, string button)
    {
        using var language = new UiCulture(code);

        var cut = Render<DeletePlanPage>(p => p.Add(x => x.PlanId, "ZZZZ").AddCascadingValue<HttpContext>(Request()));

        Assert.Equal(heading, cut.Find("h1").TextContent);
        Assert.Equal(sure, cut.Find(".notice strong").TextContent);
        Assert.Equal(button, cut.Find("button[type=submit]").TextContent);
        Assert.Empty(cut.FindAll("div[lang=nl]"));
    }

    [Fact]
    public void Continue_ShortCode_InEnglish_SaysSoInEnglish()
    {
        using var english = new UiCulture("en");
        var cut = Render<Continue>(p => p.AddCascadingValue<HttpContext>(Request()));

        cut.Find("#code").Change("ABC");
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Equal("A code has 20 characters. You entered 3.", cut.Find("#code-fout").TextContent));
    }

    [Fact]
    public void NewPlan_AgeInWords_InArabic_SaysSoInArabic()
    {
        using var arabic = new UiCulture("ar");
        var cut = Render<NewPlan>(p => p.Add(x => x.MunicipalityId, "almere").AddCascadingValue<HttpContext>(Request()));

        cut.Find("#leeftijd").Change("أربعون");
        cut.Find("form").Submit();

        Assert.Equal("اكتب عمرك كرقم، مثلًا 42. أو اتركه فارغًا.", cut.Find("#leeftijd-fout").TextContent);
    }

    [Fact]
    public async Task Overview_SkippedNote_InEnglish()
    {
        using var english = new UiCulture("en");
        var planId = await CreatePlanAsync(e =>
        {
            e.SetAnswer("tijdsbesteding.werk", "wil", "Iets.");
            e.SetSkipped("tijdsbesteding.werk", true);
        });

        var cut = Render<OverviewPage>(p => p.Add(x => x.PlanId, planId));

        cut.WaitForAssertion(() => Assert.Contains("You skipped this topic. Maybe this is something to talk about.",
            cut.FindAll(".task__note").Select(n => n.TextContent)));
    }

    [Fact]
    public async Task TopicPage_KindOfHelp_InEnglish_TheMunicipalitysWordsStayDutch()
    {
        using var english = new UiCulture("en");
        var planId = await CreatePlanAsync();
        var plan = Services.GetRequiredService<PlanState>();

        var cut = Render<TopicPage>(p => p.Add(x => x.PlanId, planId).Add(x => x.TopicKey, "geldzaken.inkomen"));

        cut.WaitForAssertion(() => Assert.Equal(PlanOpenState.Open, plan.OpenState));
        var kinds = cut.FindAll(".entry__kind");
        Assert.NotEmpty(kinds);
        Assert.All(kinds, k => Assert.Contains(k.TextContent, EnglishKinds));
        Assert.All(kinds, k => Assert.Null(k.GetAttribute("lang")));
        Assert.All(cut.FindAll(".entry__summary"), p => Assert.Equal("nl", p.GetAttribute("lang")));
    }

    [Fact]
    public void Privacy_InEnglish_HasTheMainPointsInEnglish_AndTheFullTextMarkedDutch()
    {
        using var english = new UiCulture("en");

        var cut = Render<Info>();

        Assert.Equal("Privacy and safety", cut.Find("h1").TextContent);
        Assert.Equal(5, cut.FindAll(".privacy-short li").Count);
        Assert.Contains("in Dutch", cut.Find(".privacy-short").TextContent, StringComparison.Ordinal);
        var dutch = cut.Find("div[lang=nl]");
        Assert.Equal("ltr", dutch.GetAttribute("dir"));
        Assert.Contains("Wat bewaren we?", dutch.TextContent, StringComparison.Ordinal);
        Assert.Null(cut.Find(".privacy-short").Closest("[lang=nl]"));
    }

    [Fact]
    public void Privacy_InDutch_IsTheFullTextWithoutTheShortVersion()
    {
        var cut = Render<Info>();

        Assert.Equal("Privacy en veiligheid", cut.Find("h1").TextContent);
        Assert.Equal("Je plan gaat over jou. Daarom zijn we er zuinig op.", cut.Find(".lead").TextContent);
        Assert.Empty(cut.FindAll(".privacy-short"));
    }

    [Fact]
    public void RestoreNotice_InArabic_ThroughTheAppsLocalizer()
    {
        using var arabic = new UiCulture("ar");
        var text = Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<EigenPlan.Web.Resources.MessagesText>>();

        Assert.Equal("أعدنا نصًا لم يكن قد حُفظ بعد.", CoreText.Of(PlanState.RestoredText, text));
    }
}
