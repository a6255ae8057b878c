using EigenPlan.Core.Notifications;
using EigenPlan.Core.Plans;
using EigenPlan.Core.Security;
using EigenPlan.Core.SharedPlans;

namespace EigenPlan.Storage.Tests.Conformance;

/// <summary>Sample plans, devices and codes for store tests, the same for every provider.</summary>
public static class StoreSamples
{
    /// <summary>A one-second gather delay, so a test sees an e-mail due after moving the clock a little.</summary>
    public static readonly NotificationTiming FastNotifications = NotificationTiming.Standard with { GatherDelay = TimeSpan.FromSeconds(1) };

    public static readonly NewDevice Laptop = new("Firefox op Windows", shared: false);
    public static readonly NewDevice Phone = new("Chrome op Android", shared: false);
    public static readonly NewDevice Library = new("Edge op Windows", shared: true);

    public static PlanContent Plan(string marker = "Zonnebloemveld")
    {
        var plan = new PlanContent { MunicipalityId = "almere", FormatId = "basis" };
        plan.About.Name = "Henriëtte Wolkenkrabber";
        plan.Topic("geldzaken.inkomen").SmileyId = "slecht";
        plan.Topic("geldzaken.inkomen").Answers["nu"] = $"Ik heb schulden bij {marker}.";
        plan.House("wonen").Drawing.Strokes.Add(new Stroke { Points = [1, 2, 3, 4] });
        return plan;
    }

    /// <summary>A shared plan for <paramref name="created"/>: two goals, a sister (Fatima) and a wijkteam member (Kees).</summary>
    public static SharedPlan SharedPlan(PlanCreated created, DateTime nowUtc)
    {
        var draft = new SharedPlanDraft(created.PlanId.Value, "basis", "Henriëtte", "Zonder zorgen wonen.",
            [new GoalDraft("Rondkomen zonder zorgen", "geldzaken.inkomen"), new GoalDraft("Een woning zonder trap", "woonruimte.wonen")],
            [new ParticipantSuggestion("Fatima", ParticipantKind.Network, "zus", null),
             new ParticipantSuggestion("Kees", ParticipantKind.Wijkteam, "wijkteam", "Wijkteam Almere")]);
        return SharedPlanFactory.Create(draft, nowUtc, out var plan).Succeeded
            ? plan!
            : throw new InvalidOperationException("The sample shared plan is not valid.");
    }

    public static string Participant(SharedPlan plan, string name) => plan.Participants.Single(p => p.Name == name).Id;

    /// <summary>A well-formed code for the same plan that is not its code.</summary>
    public static string WrongSecret(PlanCreated created)
    {
        while (true)
        {
            var code = PersonalCode.Generate(created.PlanId);
            if (!code.Equals(created.Code))
            {
                return code.ToString();
            }
        }
    }

    /// <summary>A well-formed code whose id is not this plan's.</summary>
    public static string UnknownId(PlanCreated created)
    {
        while (true)
        {
            var code = PersonalCode.Generate();
            if (code.PlanId != created.PlanId)
            {
                return code.ToString();
            }
        }
    }

    /// <summary>The credential with its secret replaced: the device id is real, the secret forged.</summary>
    public static DeviceCredential ForgedSecret(DeviceCredential real) =>
        DeviceCredential.TryParse(real.PlanId.Value, real.DeviceId, DeviceCredential.New(real.PlanId).Secret, out var forged)
            ? forged! : throw new InvalidOperationException();
}
