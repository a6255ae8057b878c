using EigenPlan.Core.Audit;

namespace EigenPlan.Core.Plans;

/// <summary>
/// Keeps plans encrypted at rest. A plan is opened with the personal code (slow key derivation, rate limited) or with
/// the device key a browser kept (fast); either gives a <see cref="PlanSession"/> that loads and saves. Every access is
/// written to the plan's hash-chained access log. Implementations never log content, codes or keys.
/// </summary>
public interface IPlanStore
{
    /// <summary>Stores a new plan under a fresh code. Show <see cref="PlanCreated.Code"/> to the resident once; it is not kept.</summary>
    Task<PlanCreated> CreateAsync(PlanContent content, CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens a plan with a typed code. <paramref name="clientId"/> (e.g. the IP address) is used only to limit wrong
    /// attempts in memory and is never stored. An unknown plan and a wrong secret both give <see cref="PlanOpenResult.WrongCode"/>.
    /// </summary>
    Task<PlanOpenResult> OpenWithCodeAsync(string typedCode, string clientId, CancellationToken cancellationToken = default);

    /// <summary>Reopens with a browser's device key; null for an unknown plan or a forged or stale key.</summary>
    Task<PlanSession?> OpenWithDeviceKeyAsync(string planId, string deviceKey, CancellationToken cancellationToken = default);

    /// <summary>Decrypts the plan. Throws <see cref="PlanNotFoundException"/> when it was deleted meanwhile.</summary>
    Task<PlanContent> LoadAsync(PlanSession session, CancellationToken cancellationToken = default);

    /// <summary>Encrypts and stores the whole plan with a fresh nonce. Concurrent saves: the last one wins.</summary>
    Task SaveAsync(PlanSession session, PlanContent content, CancellationToken cancellationToken = default);

    /// <summary>Removes the plan and its keys; its access log is replaced by one "deleted" entry.</summary>
    Task DeleteAsync(PlanSession session, CancellationToken cancellationToken = default);

    /// <summary>Records an access the store cannot see itself: <see cref="AccessAction.Exported"/> or <see cref="AccessAction.Printed"/>.</summary>
    Task RecordAsync(PlanSession session, AccessAction action, CancellationToken cancellationToken = default);

    /// <summary>The plan's access log, oldest first, optionally between two UTC times (inclusive).</summary>
    Task<IReadOnlyList<AccessLogEntry>> ReadAccessLogAsync(PlanSession session, DateTime? fromUtc = null, DateTime? toUtc = null,
        CancellationToken cancellationToken = default);

    /// <summary>Checks the hash chain of the plan's access log.</summary>
    Task<ChainVerification> VerifyAccessLogAsync(PlanSession session, CancellationToken cancellationToken = default);
}
