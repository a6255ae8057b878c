using System.Diagnostics.CodeAnalysis;
using EigenPlan.Core.Plans;
using EigenPlan.Core.SharedPlans;

namespace EigenPlan.Storage.Tests;

/// <summary>
/// A real LiteDB file in a fresh temp folder with both stores over it (as the app registers them), a clock the test
/// moves, and a fast key derivation.
/// </summary>
internal sealed class TempStore : IDisposable
{
    public TempStore(int iterations = 1_000)
    {
        Folder = Path.Combine(Path.GetTempPath(), "eigenplan-store-" + Guid.NewGuid().ToString("N"));
        Options = new StorageOptions { DatabasePath = Path.Combine(Folder, "sub", "plans.db"), KdfIterations = iterations };
        Open();
    }

    public string Folder { get; }
    public StorageOptions Options { get; }
    public ManualClock Clock { get; } = new();
    public LiteDbDatabase Database { get; private set; }
    public LiteDbPlanStore Store { get; private set; }
    public LiteDbSharedPlanStore Shared { get; private set; }

    /// <summary>Closes the file and opens it again with new stores, as an app restart would.</summary>
    public LiteDbPlanStore Restart()
    {
        Close();
        Open();
        return Store;
    }

    /// <summary>Closes the file (as the app does at shutdown), so a test can read or change it directly.</summary>
    public void Close() => Database.Dispose();

    [MemberNotNull(nameof(Database), nameof(Store), nameof(Shared))]
    private void Open()
    {
        Database = new LiteDbDatabase(Options, Clock);
        Store = new LiteDbPlanStore(Database);
        Shared = new LiteDbSharedPlanStore(Database);
    }

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
    public SharedPlan SharedPlan(PlanCreated created)
    {
        var draft = new SharedPlanDraft(created.PlanId.Value, "basis", "Henriëtte", "Zonder zorgen wonen.",
            [new GoalDraft("Rondkomen zonder zorgen", "geldzaken.inkomen"), new GoalDraft("Een woning zonder trap", "woonruimte.wonen")],
            [new ParticipantSuggestion("Fatima", ParticipantKind.Network, "zus", null),
             new ParticipantSuggestion("Kees", ParticipantKind.Wijkteam, "wijkteam", "Wijkteam Almere")]);
        return SharedPlanFactory.Create(draft, Clock.GetUtcNow().UtcDateTime, out var plan).Succeeded
            ? plan!
            : throw new InvalidOperationException("The sample shared plan is not valid.");
    }

    public void Dispose()
    {
        Close();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not a test failure.
        }
    }
}

/// <summary>A clock that only moves when the test says so.</summary>
internal sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
