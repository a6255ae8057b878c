using EigenPlan.Storage.Tests.Conformance;

namespace EigenPlan.Storage.Tests.LiteDb;

/// <summary>The store contract on the LiteDB provider: a real temporary file per test.</summary>
public sealed class LiteDbConformanceTests : PlanStoreConformance
{
    protected override StoreUnderTest OpenStores(ManualClock clock, int kdfIterations) =>
        new LiteDbStores(new TempStore(kdfIterations, clock));
}
