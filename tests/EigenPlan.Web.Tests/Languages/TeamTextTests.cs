using System.Security.Claims;
using Bunit;
using EigenPlan.Core.Notifications;
using EigenPlan.Core.SharedPlans;
using EigenPlan.Web.Components.Pages.Together;
using EigenPlan.Web.Components.Pages.Together.Parts;
using EigenPlan.Web.Notifications;
using EigenPlan.Web.Resources;
using EigenPlan.Web.State;
using EigenPlan.Web.State.Together;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EigenPlan.Web.Tests.Languages;

/// <summary>
/// The shared plan's people pages (area TeamText) in the resident's language: inviting, the household, the log, what an
/// invited person sees without their link, unsubscribing. Dutch keeps its old words; the owner's pages have no Dutch-only
/// wrapper any more.
/// </summary>
public sealed class TeamTextTests : PlanComponentContext
{
    // The base context is sealed for new services once it has made its renderer: the shared plan's state comes from a
    // fallback provider built on the same store (one test, one circuit, so one instance each).
    public TeamTextTests()
    {
        var main = Services;
        var together = new ServiceCollection();
        together.AddSingleton(_ => new TogetherState(main.GetRequiredService<ISharedPlanStore>(), main.GetRequiredService<ISharedPlanChanges>(),
            new NoSharedPlanEvents(), TimeProvider.System, main.GetRequiredService<ILogger<TogetherState>>()));
        together.AddSingleton(sp => new EmailChoice(sp.GetRequiredService<TogetherState>(), main.GetRequiredService<INotificationStore>(),
            Options.Create(new NotificationSettings()), main.GetRequiredService<IStringLocalizer<TeamText>>()));
        Services.AddFallbackServiceProvider(together.BuildServiceProvider());
    }

    [Theory]
    [InlineData("nl", "Wie doen er mee?", "Iemand uitnodigen", "Fatima – iemand uit mijn omgeving", "Henriëtte – eigenaar van het plan", "Ons huishouden")]
    [InlineData("en", "Who takes part?", "Invite someone", "Fatima – someone from my circle", "Henriëtte – owner of the plan", "Our household")]
    [InlineData("ar", "من يشارك؟", "ادعُ شخصًا", "Fatima – شخص من محيطي", "Henriëtte – صاحب الخطة", "أسرتنا")]
    public async Task InvitePage_SpeaksThePagesLanguage_WithoutADutchOnlyWrapper(string code, string heading, string invite, string fatima, string owner, string householdLink)
    {
        using var language = new UiCulture(code);

        var (cut, _) = await WithSharedPlanAsync(id => Render<InvitePage>(p => p.Add(x => x.PlanId, id)));

        cut.WaitForAssertion(() => Assert.Equal(heading, cut.Find("h1").TextContent));
        Assert.Equal(invite, cut.Find("#kop-uitnodigen").TextContent);
        var people = cut.FindAll(".participants li").Select(li => li.TextContent).ToList();
        Assert.Contains(fatima, people);
        Assert.Contains(owner, people);
        // Kees's role was typed: it stays as typed in every language.
        Assert.Contains("Kees – buurtcoach, Wijkteam Almere", people);
        Assert.Equal(householdLink, cut.Find(".together-nav a[href$='/huishouden']").TextContent);
        Assert.Empty(cut.FindAll("div[lang=nl]"));
    }

    [Fact]
    public async Task InvitePage_InEnglish_NamesTheKindsAndConsentRules()
    {
        using var english = new UiCulture("en");

        var (cut, _) = await WithSharedPlanAsync(id => Render<InvitePage>(p => p.Add(x => x.PlanId, id)));

        cut.WaitForAssertion(() => Assert.Equal("Who takes part?", cut.Find("h1").TextContent));
        Assert.Equal(
            ["someone from my circle", "client supporter (your help at the conversation)", "neighbourhood team", "professional"],
            cut.FindAll("#persoon-soort option").Select(o => o.TextContent));
        Assert.Equal(["Only me", "Me and the main contact person", "Me and everyone who works along"],
            cut.FindAll("input[name=bereikt-regel] + span").Select(s => s.TextContent));
        Assert.Equal("Delete the shared plan", cut.Find("#kop-weg").TextContent);
    }

    [Theory]
    [InlineData("nl", "Ons huishouden", "Noor (dochter, 14 jaar)", "Laat Noor meedoen")]
    [InlineData("en", "Our household", "Noor (dochter, 14 years)", "Let Noor take part")]
    [InlineData("ar", "أسرتنا", "Noor (dochter, 14 سنة)", "اجعل Noor يشارك")]
    public async Task HouseholdPage_DescribesMembersInThePagesLanguage_KeepingWhatWasTyped(string code, string heading, string noor, string takePart)
    {
        using var language = new UiCulture(code);
        var (cut, together) = await WithSharedPlanAsync(id => Render<HouseholdPage>(p => p.Add(x => x.PlanId, id)));

        Assert.True((await cut.InvokeAsync(() => together.EditAsync(e => e.AddMember("Noor", 14, "dochter", out _)))).Succeeded);

        cut.WaitForAssertion(() => Assert.Equal(noor, cut.Find(".household li strong").TextContent));
        Assert.Equal(heading, cut.Find("h1").TextContent);
        Assert.Contains(cut.FindAll(".household button"), b => b.TextContent == takePart);
    }

    [Fact]
    public async Task LogPage_InEnglish_SaysWhoDidWhat_AndWhatTheCheckFound()
    {
        using var english = new UiCulture("en");
        var planId = await CreatePlanAsync();

        var cut = Render<LogPage>(p => p.Add(x => x.PlanId, planId));

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".log-lines li")));
        Assert.Equal("Who looked at my plan?", cut.Find("h1").TextContent);
        var lines = cut.FindAll(".log-lines li").Select(li => li.TextContent).ToList();
        Assert.Contains(lines, l => l.EndsWith("You made the Own Plan.", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("heeft", StringComparison.Ordinal));
        Assert.StartsWith("This log is complete. We checked ", cut.Find(".notice--ok").TextContent, StringComparison.Ordinal);
        Assert.Equal("Show this period", cut.Find(".log-filter button").TextContent);
        Assert.Empty(cut.FindAll("div[lang=nl]"));
    }

    [Fact]
    public async Task LogPage_InDutch_KeepsTheCoresSentences()
    {
        var planId = await CreatePlanAsync();

        var cut = Render<LogPage>(p => p.Add(x => x.PlanId, planId));

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".log-lines li")));
        Assert.Equal("Wie heeft mijn plan bekeken?", cut.Find("h1").TextContent);
        Assert.Contains(cut.FindAll(".log-lines li"), li => li.TextContent.EndsWith("Jij heeft het Eigen Plan gemaakt.", StringComparison.Ordinal));
        Assert.StartsWith("Dit logboek is compleet. We hebben ", cut.Find(".notice--ok").TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "Open de link uit je uitnodiging", "Naar de beginpagina")]
    [InlineData("en", "Open the link from your invitation", "To the start page")]
    [InlineData("ar", "افتح الرابط من دعوتك", "إلى الصفحة الرئيسية")]
    public void InviteePage_WithoutTheLinksCookie_ExplainsInThePagesLanguage(string code, string heading, string toStart)
    {
        using var language = new UiCulture(code);

        var nobody = Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity())));

        var cut = Render<CascadingValue<Task<AuthenticationState>>>(p => p.Add(x => x.Value, nobody)
            .AddChildContent<InviteeOverviewPage>(page => page.Add(x => x.InvitationId, "onbekend")));

        cut.WaitForAssertion(() => Assert.Equal(heading, cut.Find("h1").TextContent));
        Assert.Equal(toStart, cut.Find("a.btn").TextContent);
    }

    [Theory]
    [InlineData("nl", "Deze link werkt niet (meer)", "De eigenaar van dit plan heeft deze uitnodiging ingetrokken. Je kunt het plan niet meer bekijken.")]
    [InlineData("en", "This link does not work (any more)", "The owner of this plan has withdrawn this invitation. You can no longer look at the plan.")]
    [InlineData("ar", "هذا الرابط لا يعمل (بعد الآن)", "سحب صاحب هذه الخطة هذه الدعوة. لم يعد بإمكانك رؤية الخطة.")]
    public void ARefusedLink_SaysWhyInThePagesLanguage_WithoutADutchWrapper(string code, string heading, string withdrawn)
    {
        using var language = new UiCulture(code);

        var cut = Render<InvitationRefused>(p => p.Add(x => x.Message, new InvitationOpenResult.Withdrawn().Message));

        Assert.Equal(heading, cut.Find("h1").TextContent);
        Assert.Equal(withdrawn, cut.Find("p.lead").TextContent);
        Assert.Empty(cut.FindAll("[lang=nl]"));
        // A reason the page does not know is the general one, never an empty line.
        var unknown = Render<InvitationRefused>(p => p.Add(x => x.Message, "iets anders"));
        Assert.False(string.IsNullOrWhiteSpace(unknown.Find("p.lead").TextContent));
    }

    [Theory]
    [InlineData("nl", "Geen e-mails meer over het plan?", "Afmelden voor e-mails", "Je bent afgemeld")]
    [InlineData("en", "No more e-mails about the plan?", "Stop the e-mails", "You have stopped the e-mails")]
    [InlineData("ar", "لا تريد رسائل أخرى عن الخطة؟", "إلغاء الاشتراك في الرسائل", "تم إلغاء اشتراكك")]
    public void UnsubscribePages_FollowTheBrowsersLanguage(string code, string heading, string button, string done)
    {
        using var language = new UiCulture(code);

        var ask = Render<UnsubscribePage>(p => p.Add(x => x.Token, "abc"));
        var unsubscribed = Render<UnsubscribedPage>();

        Assert.Equal(heading, ask.Find("h1").TextContent);
        Assert.Equal(button, ask.Find("form button").TextContent);
        Assert.Equal("/samen/afmelden/abc/een-klik", ask.Find("form").GetAttribute("action"));
        Assert.Equal(done, unsubscribed.Find("h1").TextContent);
    }

    [Theory]
    [InlineData("nl", "geen adres", "Dit is geen geldig e-mailadres. Het ziet eruit als naam@voorbeeld.nl.")]
    [InlineData("en", "geen adres", "This is not a valid e-mail address. It looks like name@example.com.")]
    [InlineData("en", "", "Fill in your e-mail address.")]
    [InlineData("en", "300 letters", "This e-mail address is too long.")]
    [InlineData("tr", "", "E-posta adresini yaz.")]
    public async Task EmailChoice_SaysWhatIsWrongWithTheAddress_InThePagesLanguage(string code, string typed, string problem)
    {
        using var language = new UiCulture(code);
        var (cut, owner) = await WithSharedPlanAsync(id => Render<InvitePage>(p => p.Add(x => x.PlanId, id)));
        var fatima = owner.Plan.Participants.Single(p => p.Name == "Fatima").Id;
        var made = await cut.InvokeAsync(() => owner.InviteAsync(fatima, InvitationRole.Read, null));
        using var invitee = new TogetherState(Services.GetRequiredService<ISharedPlanStore>(), Services.GetRequiredService<ISharedPlanChanges>(),
            new NoSharedPlanEvents(), TimeProvider.System, Services.GetRequiredService<ILogger<TogetherState>>());
        await invitee.EnsureInviteeAsync(made.Invitation.Id, made.Token.Value);
        var choice = new EmailChoice(invitee, Services.GetRequiredService<INotificationStore>(),
            Options.Create(new NotificationSettings { SmtpHost = "localhost" }), Services.GetRequiredService<IStringLocalizer<TeamText>>());

        var answer = await choice.TurnOnAsync(typed == "300 letters" ? new string('a', 300) + "@voorbeeld.nl" : typed);

        Assert.True(choice.IsOffered);
        Assert.Equal(problem, answer);
    }

    /// <summary>
    /// Opens the owner's page on a new plan, makes its shared plan (Henriëtte, with Fatima without a typed role and Kees
    /// of the wijkteam, whose role was typed) and waits until the page shows it.
    /// </summary>
    private async Task<(IRenderedComponent<TPage> Cut, TogetherState Together)> WithSharedPlanAsync<TPage>(Func<string, IRenderedComponent<TPage>> render)
        where TPage : IComponent
    {
        var planId = await CreatePlanAsync(e => e.SetSmiley("geldzaken.inkomen", "slecht"));
        var cut = render(planId);
        var plan = Services.GetRequiredService<PlanState>();
        var together = Services.GetRequiredService<TogetherState>();
        cut.WaitForAssertion(() => Assert.Equal(TogetherOpenState.None, together.OpenState));
        var draft = new SharedPlanDraft(planId, "basis", "Henriëtte", "Zonder zorgen wonen.",
            [new GoalDraft("Rondkomen zonder zorgen", "geldzaken.inkomen")],
            [new ParticipantSuggestion("Fatima", ParticipantKind.Network, "", null),
             new ParticipantSuggestion("Kees", ParticipantKind.Wijkteam, "buurtcoach", "Wijkteam Almere")]);
        Assert.True((await cut.InvokeAsync(() => together.CreateAsync(plan, draft))).Succeeded);
        cut.WaitForAssertion(() => Assert.Equal(TogetherOpenState.Open, together.OpenState));
        return (cut, together);
    }
}
