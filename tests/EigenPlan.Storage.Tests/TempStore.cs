using EigenPlan.Core.Plans;

namespace EigenPlan.Storage.Tests;

/// <summary>A real LiteDB file in a fresh temp folder, a clock the test moves, and a fast key derivation.</summary>
internal sealed class TempStore : IDisposable
{
    public TempStore(int iterations = 1_000)
    {
        Folder = Path.Combine(Path.GetTempPath(), "eigenplan-store-" + Guid.NewGuid().ToString("N"));
        Options = new StorageOptions { DatabasePath = Path.Combine(Folder, "sub", "plans.db"), KdfIterations = iterations };
        Store = new LiteDbPlanStore(Options, Clock);
    }

    public string Folder { get; }
    public StorageOptions Options { get; }
    public ManualClock Clock { get; } = new();
    public LiteDbPlanStore Store { get; private set; }

    /// <summary>Disposes the store and opens a new one on the same file, as an app restart would.</summary>
    public LiteDbPlanStore Restart()
    {
        Store.Dispose();
        Store = new LiteDbPlanStore(Options, Clock);
        return Store;
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

    public void Dispose()
    {
        Store.Dispose();
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
