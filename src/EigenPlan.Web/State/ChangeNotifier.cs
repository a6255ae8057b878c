namespace EigenPlan.Web.State;

/// <summary>A tiny observer list whose subscriptions are disposable, so components never keep dead circuits alive.</summary>
public sealed class ChangeNotifier
{
    private readonly Lock _gate = new();
    private readonly List<Action> _listeners = [];

    public IDisposable Subscribe(Action listener)
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

    private sealed class Subscription(ChangeNotifier owner, Action listener) : IDisposable
    {
        public void Dispose()
        {
            lock (owner._gate)
            {
                owner._listeners.Remove(listener);
            }
        }
    }
}
