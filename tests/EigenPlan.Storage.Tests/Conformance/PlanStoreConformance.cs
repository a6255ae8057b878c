using EigenPlan.Core.Plans;
using EigenPlan.Core.SharedPlans;

namespace EigenPlan.Storage.Tests.Conformance;

/// <summary>
/// The store contract (v2), checked the same way against every provider: plans and codes, devices, a new code, saving
/// with versions and concurrency, the access log, deletion, shared plans and invitations. A provider adds one subclass
/// that implements <see cref="OpenStores"/>; anything that looks inside a provider's files or tables (raw bytes, tampering,
/// key files) belongs in that provider's own test classes, not here.
/// </summary>
public abstract partial class PlanStoreConformance : IDisposable
{
    private StoreUnderTest? _stores;

    /// <summary>The clock every store of this test runs on.</summary>
    protected ManualClock Clock { get; } = new();

    /// <summary>Opens a fresh, empty database with both stores on <paramref name="clock"/> and the given key derivation cost.</summary>
    protected abstract StoreUnderTest OpenStores(ManualClock clock, int kdfIterations);

    /// <summary>Fast key derivation; the timing tests ask for a slow one with <see cref="UseKdfIterations"/>.</summary>
    protected int KdfIterations { get; private set; } = 1_000;

    protected StoreUnderTest Stores => _stores ??= OpenStores(Clock, KdfIterations);

    protected IPlanStore Plans => Stores.Plans;

    protected ISharedPlanStore Shared => Stores.Shared;

    /// <summary>Call before the first use of the stores.</summary>
    protected void UseKdfIterations(int iterations)
    {
        if (_stores is not null)
        {
            throw new InvalidOperationException("Set the iterations before the stores are opened.");
        }
        KdfIterations = iterations;
    }

    protected Task<PlanCreated> CreateAsync(string marker = "Zonnebloemveld", NewDevice? device = null) =>
        Plans.CreateAsync(StoreSamples.Plan(marker), device ?? StoreSamples.Laptop);

    protected async Task<PlanSession> OpenWithCodeAsync(PlanCreated created, NewDevice? device = null) =>
        Assert.IsType<PlanOpenResult.Opened>(await Plans.OpenWithCodeAsync(created.Code.ToString(), device ?? StoreSamples.Phone)).Session;

    protected async Task<(PlanSession Session, Core.Security.DeviceCredential Device)> OpenSecondDeviceAsync(PlanCreated created, NewDevice? device = null)
    {
        var opened = Assert.IsType<PlanOpenResult.Opened>(await Plans.OpenWithCodeAsync(created.Code.ToString(), device ?? StoreSamples.Phone));
        return (opened.Session, opened.Device);
    }

    protected static string Answer(StoredPlan plan) => plan.Content.Topic("geldzaken.inkomen").Answer("nu");

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stores?.Dispose();
        }
    }
}
