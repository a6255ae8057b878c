using System.Globalization;
using System.Text.RegularExpressions;
using EigenPlan.Core.Audit;
using EigenPlan.Core.Plans;
using EigenPlan.Core.SharedPlans;
using EigenPlan.Web.Components.Pages.Together.Parts;
using EigenPlan.Web.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace EigenPlan.Web.Tests.Languages;

/// <summary>
/// The Core's Dutch words about the shared plan's people, in the page's language: Dutch stays exactly the Core's (the
/// resx copies of its labels may not drift from it), another language gets the same lines in the same order.
/// </summary>
public sealed class TeamWordsTests
{
    private static readonly DateTime T0 = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly AuditKey Key = AuditKey.Generate();

    private static readonly IStringLocalizer<TeamText> L =
        new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider().GetRequiredService<IStringLocalizer<TeamText>>();

    [Fact]
    public void Labels_InDutch_AreTheCoresOwnWords()
    {
        using var dutch = new UiCulture("nl");

        Assert.All(Enum.GetValues<ParticipantKind>(), k => Assert.Equal(k.Label(), L.Kind(k)));
        Assert.All(Enum.GetValues<InvitationRole>(), r => Assert.Equal(r.Label(), L.Role(r)));
        Assert.All(Enum.GetValues<ReachedRule>(), r => Assert.Equal(r.Label(), L.Rule(r)));
        // The translators' source is the Core's word; a hard word may carry its explanation in brackets (B1).
        Assert.All(Enum.GetValues<ParticipantKind>(), k => Assert.Matches($@"^{Regex.Escape(k.Label())}( \(.+\))?$", L[$"Kind{k}"].Value));
        Assert.All(Enum.GetValues<InvitationRole>(), r => Assert.Equal(r.Label(), L[$"Invitation{r}"].Value));
        Assert.All(Enum.GetValues<ReachedRule>(), r => Assert.Equal(r.Label(), L[$"Rule{r}"].Value));
        Assert.All(Enum.GetValues<AccessRole>(), r => Assert.Equal(r.Label(), L[$"AccessRole{r}"].Value));
        Assert.All(Enum.GetValues<ChainProblem>().Where(p => p != ChainProblem.None),
            p => Assert.Equal(new ChainVerification(false, 1, null, null, false, 0, p).Reason, L[$"Problem{p}"].Value));
        Assert.Equal(PlanAttention.TalkAboutLabel, L["TalkAbout"].Value);
        Assert.True(SharedPlanFactory.Create(new SharedPlanDraft("P", "basis", "Henriëtte", "", [new GoalDraft("Rondkomen", null)], []),
            T0, out var plan).Succeeded);
        Assert.Equal(plan!.Owner!.Role, L["OwnerOfPlan"].Value);
    }

    [Fact]
    public void KeysMadeFromAKind_AllExist()
    {
        using var dutch = new UiCulture("nl");
        var keys = Enum.GetValues<AccessAction>().Where(a => a is AccessAction.Created or AccessAction.Opened or AccessAction.OpenFailed
                or AccessAction.Saved or AccessAction.Exported or AccessAction.Printed or AccessAction.Deleted)
            .SelectMany(a => new[] { $"Log{a}Shared", $"Log{a}Own" })
            .Concat(Enum.GetValues<ParticipantKind>().Select(k => $"Kind{k}"))
            .Concat(Enum.GetValues<InvitationRole>().Select(r => $"Invitation{r}"))
            .Concat(Enum.GetValues<ReachedRule>().Select(r => $"Rule{r}"));

        Assert.All(keys, key => Assert.False(L[key].ResourceNotFound, key));
    }

    [Fact]
    public void Log_InDutch_IsTheReportsSentences()
    {
        using var dutch = new UiCulture("nl");

        var lines = L.Log(Entries(), Fatima);

        Assert.Equal(AccessLogReport.Build(Entries(), Fatima).Select(l => (l.TimeUtc, l.Sentence)), lines);
    }

    [Fact]
    public void Log_InEnglish_TheSameLinesInTheSameOrder()
    {
        using var english = new UiCulture("en");

        var lines = L.Log(Entries(), Fatima);

        Assert.Equal(AccessLogReport.Build(Entries(), Fatima).Select(l => l.TimeUtc), lines.Select(l => l.TimeUtc));
        Assert.Equal(
        [
            "You closed a device.",
            "Someone tried to open the shared plan, but it did not work: the invitation had been withdrawn (with the link for Fatima).",
            "You withdrew the invitation of Fatima.",
            "Fatima (work along) changed something in the shared plan (through the invitation for Fatima).",
            "Fatima (work along) opened the shared plan (through the invitation for Fatima).",
            "You invited Fatima.",
            "You opened the shared plan.",
            "You made the Own Plan.",
        ], lines.Select(l => l.Sentence));
    }

    [Fact]
    public void Log_InArabic_NoDutchLeft()
    {
        using var arabic = new UiCulture("ar");

        var lines = L.Log(Entries(), _ => null);

        Assert.Equal("أنت: تم إنشاء الخطة الخاصة.", lines[^1].Sentence);
        Assert.All(lines, l => Assert.DoesNotMatch("heeft|samenplan|Eigen Plan|Iemand|Jij", l.Sentence));
    }

    [Theory]
    [InlineData("en", "This log is complete. We checked all 3 lines, from 09:00 up to and including 09:50. No line has been changed")]
    [InlineData("nl", "Dit logboek is compleet. We hebben alle 3 regels gecontroleerd, van 09:00 tot en met 09:50. Geen regel is veranderd")]
    public void Verified_SaysWhatWasChecked(string code, string start)
    {
        using var language = new UiCulture(code);

        var text = L.Verified(new ChainVerification(true, 3, T0, T0.AddMinutes(50), false, null, ChainProblem.None), Time);

        Assert.StartsWith(start, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Verified_InEnglish_WhenChanged_SaysWhatIsWrong()
    {
        using var english = new UiCulture("en");

        var text = L.Verified(new ChainVerification(false, 1, T0, T0, false, 4, ChainProblem.MissingEntry), Time);

        Assert.Equal("Watch out: something in this log has been changed. A line is missing from the log. We checked the only line, from 09:00 up to and including 09:00.", text);
    }

    [Theory]
    [InlineData("nl", ParticipantKind.Household, "iemand uit mijn huishouden", "iemand uit mijn huishouden")]
    [InlineData("en", ParticipantKind.Household, "iemand uit mijn huishouden", "someone from my household")]
    [InlineData("en", ParticipantKind.Resident, "eigenaar van het plan", "owner of the plan")]
    [InlineData("en", ParticipantKind.Network, "zus", "zus")]
    [InlineData("ar", ParticipantKind.Network, "", "شخص من محيطي")]
    public void RoleOf_TranslatesOnlyTheCoresDefaults(string code, ParticipantKind kind, string role, string shown)
    {
        using var language = new UiCulture(code);

        Assert.Equal(shown, L.RoleOf(new Participant { Id = "p", Name = "Noor", Kind = kind, Role = role }));
    }

    [Fact]
    public void Around_SplitsATranslatedSentenceAtItsMarkedPart()
    {
        using var turkish = new UiCulture("tr");

        var (before, after) = TeamWords.Around(L["ContactIs", TeamWords.Slot]);

        Assert.Equal(("Ana iletişim kişisi: ", ""), (before, after));
        Assert.Equal(("geen plek", ""), TeamWords.Around("geen plek"));
    }

    private static string? Fatima(string invitationId) => invitationId == "inv1" ? "Fatima" : null;

    private static string Time(DateTime utc) => utc.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The report test's log, with the owner opening the shared plan and closing a device in the same minute as a failed open.</summary>
    private static List<AccessLogEntry> Entries()
    {
        var entries = new List<AccessLogEntry>();
        void Add(int minutes, AccessAction action, AccessRole role, string? hint, string? invitation) =>
            entries.Add(AccessLogChain.Append(Key, entries.LastOrDefault(), new AccessLogDraft("K7P29X", action, "x", role, hint, null, invitation), T0.AddMinutes(minutes)));
        Add(0, AccessAction.Created, AccessRole.Owner, "nieuw plan", null);
        Add(5, AccessAction.Opened, AccessRole.Owner, SharedPlanLogHints.SharedPlan, null);
        Add(10, AccessAction.Invited, AccessRole.Owner, SharedPlanLogHints.SharedPlan, "inv1");
        Add(20, AccessAction.Opened, AccessRole.Contributor, SharedPlanLogHints.ViaInvitation, "inv1");
        Add(30, AccessAction.Saved, AccessRole.Contributor, SharedPlanLogHints.ViaInvitation, "inv1");
        Add(40, AccessAction.InvitationWithdrawn, AccessRole.Owner, SharedPlanLogHints.SharedPlan, "inv1");
        Add(50, AccessAction.OpenFailed, AccessRole.Contributor, SharedPlanLogHints.WithdrawnLink, "inv1");
        Add(50, AccessAction.DeviceClosed, AccessRole.Owner, null, null);
        // Stored out of order: both orderings must sort them the same way.
        entries.Reverse();
        return entries;
    }
}
