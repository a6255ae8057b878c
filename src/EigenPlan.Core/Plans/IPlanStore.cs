using EigenPlan.Core.Audit;
using EigenPlan.Core.Security;

namespace EigenPlan.Core.Plans;

/// <summary>
/// Keeps plans encrypted at rest (contract v2, the same for every provider). A plan is opened with the personal code
/// (slow key derivation) or with a device's own credential (fast); either gives a <see cref="PlanSession"/> bound to one
/// device. The code is never stored. Saves use optimistic concurrency, so two devices never overwrite each other. Every
/// access is written to the plan's keyed, anchored access log. The store does no rate limiting: the web layer limits per
/// client before any key derivation, and nothing here counts per plan, so nobody can lock an owner out.
/// Implementations never log content, codes or keys, and wrap their own failures in <see cref="StoreUnavailableException"/>.
/// </summary>
public interface IPlanStore
{
    /// <summary>
    /// Stores a new plan under a fresh code and a fresh random id (never one used before), and registers
    /// <paramref name="device"/>. Show <see cref="PlanCreated.Code"/> to the resident once; it is not kept.
    /// </summary>
    Task<PlanCreated> CreateAsync(PlanContent content, NewDevice device, CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens a plan with a typed code and registers <paramref name="device"/> with its own credential. An unknown id and
    /// a wrong secret both give <see cref="PlanOpenResult.WrongCode"/> after the same work (the derivation runs on a
    /// dummy salt for an unknown id), so neither the answer nor its timing says whether a plan exists.
    /// </summary>
    Task<PlanOpenResult> OpenWithCodeAsync(string typedCode, NewDevice device, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reopens with a device's credential; null for an unknown plan or device, a wrong secret, or a device that was
    /// closed or expired. Never counted or limited per plan: a forged credential costs its sender, never the owner.
    /// </summary>
    Task<PlanSession?> OpenWithDeviceAsync(DeviceCredential device, CancellationToken cancellationToken = default);

    /// <summary>Decrypts the plan with its version. <see cref="PlanAccessEndedException"/> when deleted or the device was closed.</summary>
    Task<StoredPlan> LoadAsync(PlanSession session, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores <paramref name="content"/> as the next version when the plan is still at <paramref name="expectedVersion"/>;
    /// otherwise changes nothing and returns the newer content to merge with.
    /// </summary>
    Task<SaveResult> SaveAsync(PlanSession session, PlanContent content, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>True when <paramref name="typedCode"/> is this plan's code (asked again before showing or deleting things).</summary>
    Task<bool> CheckCodeAsync(PlanSession session, string typedCode, CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes a new code for the same plan id when <paramref name="currentCode"/> is right (null otherwise): new secret and
    /// salt, the plan key re-wrapped, <b>every device closed</b>, and a new credential for <paramref name="thisDevice"/>.
    /// </summary>
    Task<CodeChanged?> ChangeCodeAsync(PlanSession session, string currentCode, NewDevice thisDevice, CancellationToken cancellationToken = default);

    /// <summary>The plan's working devices, oldest first; the session's own is marked.</summary>
    Task<IReadOnlyList<DeviceInfo>> ListDevicesAsync(PlanSession session, CancellationToken cancellationToken = default);

    /// <summary>Closes a device of this plan (its key copy is deleted); false when there is no such device. May be the session's own.</summary>
    Task<bool> RevokeDeviceAsync(PlanSession session, string deviceId, CancellationToken cancellationToken = default);

    /// <summary>Removes the plan, its keys, devices and shared plan; its access log is replaced by one keyed "deleted" entry.</summary>
    Task DeleteAsync(PlanSession session, CancellationToken cancellationToken = default);

    /// <summary>Records an access the store cannot see itself: <see cref="AccessAction.Exported"/> or <see cref="AccessAction.Printed"/>.</summary>
    Task RecordAsync(PlanSession session, AccessAction action, CancellationToken cancellationToken = default);

    /// <summary>The plan's access log, oldest first, optionally between two UTC times (inclusive).</summary>
    Task<IReadOnlyList<AccessLogEntry>> ReadAccessLogAsync(PlanSession session, DateTime? fromUtc = null, DateTime? toUtc = null,
        CancellationToken cancellationToken = default);

    /// <summary>Checks the whole log against the audit key and the head anchor, and says what was checked.</summary>
    Task<ChainVerification> VerifyAccessLogAsync(PlanSession session, CancellationToken cancellationToken = default);
}
