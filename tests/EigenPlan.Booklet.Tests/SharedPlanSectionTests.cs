using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Sections;
using EigenPlan.Core.SharedPlans;

namespace EigenPlan.Booklet.Tests;

/// <summary>The shared-plan section read back from the PDF: who each part is about, Gelukt, samen terugkijken, the contact person.</summary>
public class SharedPlanSectionTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    internal static SharedPlan FamilyPlan()
    {
        var draft = new SharedPlanDraft("K7P2", "basis", "Sanne", "Rustig wonen met de kinderen.",
            [new GoalDraft("Rondkomen zonder zorgen", null), new GoalDraft("Een woning zonder trap", null)],
            [new ParticipantSuggestion("Fatima", ParticipantKind.Network, "zus", null)]);
        Assert.True(SharedPlanFactory.Create(draft, Now, out var plan).Succeeded);
        var e = new SharedPlanEditor(plan!, SharedPlanActor.Owner, Now);
        var fatima = plan!.Participants.Single(p => p.Name == "Fatima").Id;
        Assert.True(e.AddMember("Noor", 14, "dochter", out var noor).Succeeded);
        Assert.True(e.AddGoal("Noor gaat naar de sportclub", null, noor, out _).Succeeded);
        Assert.True(e.SetGoalAbout(plan.Goals[0].Id, HouseholdAbout.Everyone).Succeeded);
        Assert.True(e.SetTopicAbout("geldzaken.inkomen", "Inkomen", HouseholdAbout.Everyone).Succeeded);
        Assert.True(e.SetContactPerson(fatima).Succeeded);
        Assert.True(e.MarkReached(plan.Goals[1].Id).Succeeded);
        Assert.True(e.PlanEvaluation(new DateOnly(2026, 3, 2), [fatima], out var past).Succeeded);
        Assert.True(e.RecordEvaluation(past!, "De post is uitgezocht.", "", "Fatima belt de bank.", [plan.Goals[0].Id]).Succeeded);
        Assert.True(e.PlanEvaluation(new DateOnly(2026, 4, 6), [fatima], out _).Succeeded);
        return plan;
    }

    [Fact]
    public void Render_FamilyPlan_ShowsWhoEachPartIsAbout_Gelukt_Evaluations_AndContactPerson()
    {
        var model = BookletModel.Create(RealisticContent.Format, RealisticContent.Almere, null, BookletOptions.Deterministic(BookletPdf.FixedTime))
            .WithSharedPlan(FamilyPlan(), new DateOnly(2026, 3, 10));

        var pages = BookletPdf.Words(BookletPdf.Render(model));
        var text = string.Join(" ", pages.SkipWhile(p => !PageFinder.Text(p).StartsWith("Ons samenplan", StringComparison.Ordinal)).Select(PageFinder.Text));

        Assert.Contains("Ons huishouden • Noor (dochter, 14 jaar) Onderwerp Inkomen gaat over: het hele huishouden", text, StringComparison.Ordinal);
        Assert.Contains("Doel 1: Rondkomen zonder zorgen Over: het hele huishouden", text, StringComparison.Ordinal);
        Assert.Contains("Doel 3: Noor gaat naar de sportclub Over: Noor (dochter, 14 jaar)", text, StringComparison.Ordinal);
        Assert.Contains("Gelukt Gelukt! Jullie hebben een doel bereikt. Goed gedaan! Doel 2: Een woning zonder trap – bereikt op 2 maart 2026", text, StringComparison.Ordinal);
        Assert.Contains("Samen terugkijken Gepland: 6 april 2026, met Fatima", text, StringComparison.Ordinal);
        Assert.Contains("2 maart 2026, met Fatima Wat ging goed: De post is uitgezocht. Wat ging niet goed: – Wat doen we anders: Fatima belt de bank. Over de doelen: Rondkomen zonder zorgen", text, StringComparison.Ordinal);
        Assert.Contains("Fatima – zus (vaste contactpersoon)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Doel 2: Een woning zonder trap Kleur", text, StringComparison.Ordinal);
    }
}
