using System.Collections.Concurrent;

namespace EigenPlan.Web.State.Together;

/// <summary>
/// Tells every open circuit of a shared plan that it changed, so the owner sees a participant's change without
/// reloading. Carries only the plan id: each circuit reloads through its own session and role.
/// </summary>
public sealed class SharedPlanChangeFeed
{
    private readonly ConcurrentDictionary<string, ChangeNotifier> _plans = new(StringComparer.Ordinal);

    public IDisposable Subscribe(string planId, Action listener) => _plans.GetOrAdd(planId, _ => new ChangeNotifier()).Subscribe(listener);

    public void Publish(string planId)
    {
        if (_plans.TryGetValue(planId, out var notifier))
        {
            notifier.Notify();
        }
    }
}
