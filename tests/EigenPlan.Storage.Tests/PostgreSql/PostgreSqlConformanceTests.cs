using EigenPlan.Storage.Tests.Conformance;

namespace EigenPlan.Storage.Tests.PostgreSql;

/// <summary>The store contract on the PostgreSQL provider: a fresh database per test on the shared throw-away cluster.</summary>
public sealed class PostgreSqlConformanceTests : PlanStoreConformance
{
    protected override StoreUnderTest OpenStores(ManualClock clock, int kdfIterations) => new PostgreSqlStores(clock, kdfIterations);
}
