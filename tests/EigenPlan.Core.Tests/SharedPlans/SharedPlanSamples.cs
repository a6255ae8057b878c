using EigenPlan.Core.SharedPlans;

namespace EigenPlan.Core.Tests.SharedPlans;

/// <summary>A small shared plan: the resident, a sister who works along, a wijkteam member who reads along, two goals.</summary>
internal static class SharedPlanSamples
{
    public static readonly DateTime Now = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    public static SharedPlan Plan()
    {
        var draft = new SharedPlanDraft("K7P2", "basis", "Sanne", "Ik woon rustig en heb geen schulden meer.",
            [new GoalDraft("Rondkomen zonder zorgen", SmallContent.Income), new GoalDraft("Een woning zonder trap", SmallContent.Living)],
            [new ParticipantSuggestion("Fatima", ParticipantKind.Network, "zus", null),
             new ParticipantSuggestion("Kees", ParticipantKind.Wijkteam, "wijkteam", "Wijkteam Almere")]);
        var result = SharedPlanFactory.Create(draft, Now, out var plan);
        Assert.True(result.Succeeded, result.Message);
        return plan!;
    }

    public static Participant Sister(SharedPlan plan) => plan.Participants.Single(p => p.Name == "Fatima");

    public static SharedPlanEditor Editor(SharedPlan plan, SharedPlanRole role, DateTime? now = null) =>
        new(plan, role == SharedPlanRole.Owner ? SharedPlanActor.Owner : new SharedPlanActor(role, Sister(plan).Id, "inv1"), now ?? Now);
}
