using EigenPlan.Core.Audit;
using EigenPlan.Core.SharedPlans;

namespace EigenPlan.Core.Tests.SharedPlans;

public sealed class ReportTests
{
    private static readonly DateTime T0 = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly AuditKey Key = AuditKey.Generate();

    private static List<AccessLogEntry> Log()
    {
        var entries = new List<AccessLogEntry>();
        void Add(int minutes, AccessAction action, AccessRole role, string? hint, string? invitation) =>
            entries.Add(AccessLogChain.Append(Key, entries.LastOrDefault(), new AccessLogDraft("K7P29X", action, "x", role, hint, null, invitation), T0.AddMinutes(minutes)));
        Add(0, AccessAction.Created, AccessRole.Owner, "nieuw plan", null);
        Add(10, AccessAction.Invited, AccessRole.Owner, SharedPlanLogHints.SharedPlan, "inv1");
        Add(20, AccessAction.Opened, AccessRole.Contributor, SharedPlanLogHints.ViaInvitation, "inv1");
        Add(30, AccessAction.Saved, AccessRole.Contributor, SharedPlanLogHints.ViaInvitation, "inv1");
        Add(40, AccessAction.InvitationWithdrawn, AccessRole.Owner, SharedPlanLogHints.SharedPlan, "inv1");
        Add(50, AccessAction.OpenFailed, AccessRole.Contributor, SharedPlanLogHints.WithdrawnLink, "inv1");
        return entries;
    }

    [Fact]
    public void Report_NewestFirst_InPlainWordsWithNamesAndRoles()
    {
        var lines = AccessLogReport.Build(Log(), id => id == "inv1" ? "Fatima" : null);

        Assert.Equal(
        [
            "Iemand probeerde het samenplan te openen, maar dat lukte niet: de uitnodiging was ingetrokken (met de link voor Fatima).",
            "Jij heeft de uitnodiging van Fatima ingetrokken.",
            "Fatima (meewerken) heeft iets veranderd in het samenplan (via de uitnodiging voor Fatima).",
            "Fatima (meewerken) heeft het samenplan geopend (via de uitnodiging voor Fatima).",
            "Jij heeft Fatima uitgenodigd.",
            "Jij heeft het Eigen Plan gemaakt.",
        ], lines.Select(l => l.Sentence));
    }

    [Fact]
    public void Report_FilterByPeriod_Inclusive()
    {
        var lines = AccessLogReport.Build(Log(), _ => null, T0.AddMinutes(10), T0.AddMinutes(30));

        Assert.Equal([AccessAction.Saved, AccessAction.Opened, AccessAction.Invited], lines.Select(l => l.Action));
        Assert.Contains("iemand die was uitgenodigd", lines[0].Who, StringComparison.Ordinal);
    }

    [Fact]
    public void ProfessionalSummary_SmileyMapsToZrmLevel_NextToOwnWords()
    {
        var plan = SmallContent.NewPlan();
        plan.Topic(SmallContent.Income).SmileyId = "slecht";
        plan.Topic(SmallContent.Income).Answers["nu"] = "Te weinig geld.";
        plan.Topic(SmallContent.Living).SmileyId = "nvt";

        var summary = ProfessionalSummary.Build(plan, SmallContent.Format);

        var income = summary.Topics.Single(t => t.Topic.Key == SmallContent.Income);
        Assert.Equal((2, "Gaat slecht"), (income.ZrmLevel!.Value, income.Smiley!.Label));
        Assert.Equal("Te weinig geld.", Assert.Single(income.Words).Text);
        Assert.Equal("2 – niet zelfredzaam", ProfessionalSummary.LevelLabel(income.ZrmLevel));
        Assert.Null(summary.Topics.Single(t => t.Topic.Key == SmallContent.Living).ZrmLevel);
        Assert.False(summary.Topics.Single(t => t.Topic.Key == SmallContent.Debts).HasContent);
    }
}
