using EigenPlan.Core.Insights;
using EigenPlan.Core.Notifications;
using EigenPlan.Core.Plans;
using EigenPlan.Core.SharedPlans;

namespace EigenPlan.Storage.Tests.Conformance;

/// <summary>
/// One provider's plan store and shared-plan store over one fresh, empty database, as the conformance suite
/// (<see cref="PlanStoreConformance"/>) uses them. The provider supplies it through
/// <see cref="PlanStoreConformance.OpenStores"/>.
/// </summary>
public abstract class StoreUnderTest : IDisposable
{
    public abstract IPlanStore Plans { get; }

    public abstract ISharedPlanStore Shared { get; }

    /// <summary>The e-mail opt-ins, on the same database, with a one-second gather delay.</summary>
    public abstract INotificationStore Notifications { get; }

    /// <summary>The insight counters, on the same database.</summary>
    public abstract IInsightStore Insights { get; }

    /// <summary>
    /// Closes the stores and opens new ones on the same data, as an app restart (or another instance) would.
    /// Sessions opened before may be refused afterwards; reopen with a code or device credential.
    /// </summary>
    public abstract void Restart();

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected abstract void Dispose(bool disposing);
}

/// <summary>A clock that only moves when the test says so.</summary>
public sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public DateTime UtcNow => _now.UtcDateTime;

    public void Advance(TimeSpan by) => _now += by;
}
