using EigenPlan.Core.Plans;
using EigenPlan.Storage;

namespace EigenPlan.Bench.NothingLost;

/// <summary>
/// Reads a plan straight from the app's database file with its personal code, while the app is not running (LiteDB
/// holds the file while it is): what is really stored, not what a page shows.
/// </summary>
public static class StoredPlanReader
{
    public static async Task<PlanContent> ReadAsync(string databasePath, string code)
    {
        using var database = new LiteDbDatabase(new StorageOptions { DatabasePath = databasePath });
        var store = new LiteDbPlanStore(database);
        var opened = await store.OpenWithCodeAsync(code, new NewDevice("benchmark", shared: true));
        if (opened is not PlanOpenResult.Opened { Session: var session })
        {
            throw new InvalidOperationException($"The plan does not open with its code: {opened.Message}");
        }
        var content = (await store.LoadAsync(session)).Content;
        // Leave no device behind for this check.
        await store.RevokeDeviceAsync(session, session.DeviceId);
        return content;
    }
}
