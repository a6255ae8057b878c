namespace EigenPlan.Web.State;

/// <summary>
/// A tiny observer list whose subscriptions are disposable, so components never keep dead circuits alive. Listeners
/// are async (typically <c>() => InvokeAsync(StateHasChanged)</c>); every one is awaited, and a failing one is logged
/// and does not stop the others or reach the code that made the change.
/// </summary>
public sealed partial class ChangeNotifier(ILogger logger)
{
    private readonly Lock _gate = new();
    private readonly List<Func<Task>> _listeners = [];

    public IDisposable Subscribe(Func<Task> listener)
    {
        ArgumentNullException.ThrowIfNull(listener);
        lock (_gate)
        {
            _listeners.Add(listener);
        }
        return new Subscription(this, listener);
    }

    /// <summary>Tells every listener and waits for all of them. Never throws: failures are logged here.</summary>
    public async Task NotifyAsync()
    {
        Func<Task>[] copy;
        lock (_gate)
        {
            copy = [.. _listeners];
        }
        foreach (var listener in copy)
        {
            try
            {
                await listener();
            }
            catch (Exception ex)
            {
                LogListenerFailed(logger, ex);
            }
        }
    }

    /// <summary>
    /// For changes made synchronously (an edit inside an event handler) and for broadcasts to other circuits, which
    /// must not wait for those circuits. Starts <see cref="NotifyAsync"/>, which observes and logs every failure itself.
    /// </summary>
    public void Notify() => _ = NotifyAsync();

    [LoggerMessage(Level = LogLevel.Error, Message = "A change listener failed")]
    private static partial void LogListenerFailed(ILogger logger, Exception exception);

    private sealed class Subscription(ChangeNotifier owner, Func<Task> listener) : IDisposable
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
