using EigenPlan.Core.Security;

namespace EigenPlan.Core.SharedPlans;

/// <summary>
/// Tells everyone who has a shared plan open that it changed, on every instance of the app: after a change is stored,
/// <see cref="PublishAsync"/> calls every listener of that plan, here and in every other instance. Carries only the plan
/// id (each listener reloads through its own session and role), so nothing secret travels. One instance: in memory;
/// several instances: through the database (PostgreSQL <c>LISTEN/NOTIFY</c>).
/// </summary>
/// <remarks>
/// A listener may be called more often than the plan changed (for example after a lost connection to the database,
/// when nobody can know what was missed), never less: it should simply reload. Listeners run on a background thread
/// and must not block.
/// </remarks>
public interface ISharedPlanChanges
{
    /// <summary>Calls <paramref name="listener"/> after each change of the plan until the subscription is disposed.</summary>
    IDisposable Subscribe(PlanId planId, Action listener);

    /// <summary>Says that the plan changed. Fails with <see cref="Plans.StoreUnavailableException"/> when the message cannot be sent.</summary>
    Task PublishAsync(PlanId planId, CancellationToken cancellationToken = default);
}
