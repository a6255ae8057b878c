using System.Collections.Concurrent;

namespace EigenPlan.Web.State.Together;

/// <summary>
/// Tells every open circuit of a shared plan that it changed, so the owner sees a participant's change without
/// reloading. Carries only the plan id: each circuit reloads through its own session and role.
/// </summary>
public sealed class SharedPlanChangeFeed(ILogger<SharedPlanChangeFeed> logger)
{
    private readonly ConcurrentDictionary<string, ChangeNotifier> _plans = new(StringComparer.Ordinal);

    public IDisposable Subscribe(string planId, Func<Task> listener) =>
        _plans.GetOrAdd(planId, _ => new ChangeNotifier(logger)).Subscribe(listener);

    /// <summary>Starts every other circuit's reload without waiting for it; their failures are logged by the notifier.</summary>
    public void Publish(string planId)
    {
        if (_plans.TryGetValue(planId, out var notifier))
        {
            notifier.Notify();
        }
    }
}
