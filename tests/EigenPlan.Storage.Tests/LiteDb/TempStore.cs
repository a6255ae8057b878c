using System.Diagnostics.CodeAnalysis;
using EigenPlan.Core.Insights;
using EigenPlan.Core.Notifications;
using EigenPlan.Core.Plans;
using EigenPlan.Core.SharedPlans;
using EigenPlan.Storage.Tests.Conformance;

namespace EigenPlan.Storage.Tests.LiteDb;

/// <summary>
/// A real LiteDB file in a fresh temp folder with both stores over it (as the app registers them), a clock the test
/// moves, and a fast key derivation. The audit key file lies next to the database, as in the app.
/// </summary>
internal sealed class TempStore : IDisposable
{
    public TempStore(int iterations = 1_000, ManualClock? clock = null)
    {
        Folder = Path.Combine(Path.GetTempPath(), "eigenplan-store-" + Guid.NewGuid().ToString("N"));
        Options = new StorageOptions { DatabasePath = Path.Combine(Folder, "sub", "plans.db"), KdfIterations = iterations };
        Clock = clock ?? new ManualClock();
        Open();
    }

    public string Folder { get; }
    public StorageOptions Options { get; }
    public string AuditKeyPath => Path.Combine(Folder, "sub", "audit.key");
    public ManualClock Clock { get; }
    public LiteDbDatabase Database { get; private set; }
    public LiteDbPlanStore Store { get; private set; }
    public LiteDbSharedPlanStore Shared { get; private set; }
    public LiteDbNotificationStore Notifications { get; private set; }
    public LiteDbInsightStore Insights { get; private set; }

    /// <summary>Closes the file and opens it again with new stores, as an app restart would.</summary>
    public LiteDbPlanStore Restart()
    {
        Close();
        Open();
        return Store;
    }

    /// <summary>Closes the file (as the app does at shutdown), so a test can read or change it directly.</summary>
    public void Close() => Database.Dispose();

    [MemberNotNull(nameof(Database), nameof(Store), nameof(Shared), nameof(Notifications), nameof(Insights))]
    private void Open()
    {
        Database = new LiteDbDatabase(Options, Clock);
        Store = new LiteDbPlanStore(Database);
        Shared = new LiteDbSharedPlanStore(Database);
        Notifications = new LiteDbNotificationStore(Database, StoreSamples.FastNotifications);
        Insights = new LiteDbInsightStore(Database);
    }

    public Task<PlanCreated> CreateAsync(string marker = "Zonnebloemveld") => Store.CreateAsync(StoreSamples.Plan(marker), StoreSamples.Laptop);

    public SharedPlan SharedPlan(PlanCreated created) => StoreSamples.SharedPlan(created, Clock.UtcNow);

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

/// <summary>The LiteDB provider as the conformance suite sees it.</summary>
internal sealed class LiteDbStores(TempStore temp) : StoreUnderTest
{
    public override IPlanStore Plans => temp.Store;

    public override ISharedPlanStore Shared => temp.Shared;

    public override INotificationStore Notifications => temp.Notifications;

    public override IInsightStore Insights => temp.Insights;

    public override void Restart() => temp.Restart();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            temp.Dispose();
        }
    }
}
