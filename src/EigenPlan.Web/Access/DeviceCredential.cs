using EigenPlan.Core.Plans;

namespace EigenPlan.Web.Access;

/// <summary>
/// What this browser proves it may open a plan with. Today that is the device key derived from the personal code;
/// a later per-device credential replaces it here and in <see cref="ResidentPrincipal"/> only.
/// </summary>
public sealed record DeviceCredential(string PlanId, string DeviceKey)
{
    public static DeviceCredential For(PlanCreated created)
    {
        ArgumentNullException.ThrowIfNull(created);
        return new(created.PlanId.ToString(), created.DeviceKey.Value);
    }

    public static DeviceCredential For(PlanOpenResult.Opened opened)
    {
        ArgumentNullException.ThrowIfNull(opened);
        return new(opened.PlanId.ToString(), opened.DeviceKey.Value);
    }

    /// <summary>Opens the plan; null for an unknown plan or a forged or stale credential.</summary>
    public Task<PlanSession?> OpenAsync(IPlanStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.OpenWithDeviceKeyAsync(PlanId, DeviceKey, cancellationToken);
    }

    /// <summary>Redacted on purpose: the key must never reach a log line.</summary>
    public override string ToString() => $"DeviceCredential({PlanId}, …)";
}
