using Microsoft.AspNetCore.Components.Server.Circuits;

namespace EigenPlan.Web.State;

/// <summary>
/// Tells the circuit's components when its live connection is back (the same circuit, after a dropped line). A message
/// to the tab sent while the line was half-dead is lost without an error; what depends on it is sent again from here.
/// </summary>
public sealed class CircuitConnection
{
    private Action? _up;

    /// <summary>Calls <paramref name="onUp"/> (outside the circuit's dispatcher) each time the connection is back.</summary>
    public IDisposable OnUp(Action onUp)
    {
        _up += onUp;
        return new Subscription(() => _up -= onUp);
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }

    internal sealed class Handler(CircuitConnection connection) : CircuitHandler
    {
        public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            connection._up?.Invoke();
            return Task.CompletedTask;
        }
    }
}
