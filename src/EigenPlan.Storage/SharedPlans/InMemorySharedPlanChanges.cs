using System.Collections.Concurrent;
using EigenPlan.Core.Security;
using EigenPlan.Core.SharedPlans;

namespace EigenPlan.Storage;

/// <summary>
/// <see cref="ISharedPlanChanges"/> for one instance (the LiteDB provider): listeners live in this process and a publish
/// calls them right away, on the publisher's thread. Several instances need the database's notifications instead (the
/// PostgreSQL provider relays those to one of these).
/// </summary>
public sealed class InMemorySharedPlanChanges : ISharedPlanChanges
{
    private readonly ConcurrentDictionary<PlanId, Listeners> _plans = new();

    public IDisposable Subscribe(PlanId planId, Action listener)
    {
        ArgumentNullException.ThrowIfNull(listener);
        return _plans.GetOrAdd(planId, _ => new Listeners()).Add(listener);
    }

    public Task PublishAsync(PlanId planId, CancellationToken cancellationToken = default)
    {
        if (_plans.TryGetValue(planId, out var listeners))
        {
            listeners.Notify();
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// Calls every listener of every plan once. For a provider that relays changes from elsewhere (another instance) and
    /// may have missed some, for example while its connection was down: each listener reloads and is up to date again.
    /// </summary>
    public void NotifyAllPlans()
    {
        foreach (var listeners in _plans.Values)
        {
            listeners.Notify();
        }
    }

    /// <summary>The listeners of one plan; a copy is called, so a listener may unsubscribe while being called.</summary>
    internal sealed class Listeners
    {
        private readonly Lock _gate = new();
        private readonly List<Action> _listeners = [];

        public IDisposable Add(Action listener)
        {
            lock (_gate)
            {
                _listeners.Add(listener);
            }
            return new Subscription(this, listener);
        }

        public void Notify()
        {
            Action[] copy;
            lock (_gate)
            {
                copy = [.. _listeners];
            }
            foreach (var listener in copy)
            {
                listener();
            }
        }

        private void Remove(Action listener)
        {
            lock (_gate)
            {
                _listeners.Remove(listener);
            }
        }

        private sealed class Subscription(Listeners owner, Action listener) : IDisposable
        {
            private int _disposed;

            public void Dispose()
            {
                if (Interlocked.Exchange(ref _disposed, 1) == 0)
                {
                    owner.Remove(listener);
                }
            }
        }
    }
}
