using EigenPlan.Web.Security.RateLimiting;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace EigenPlan.Web.Security.Circuits;

/// <summary>
/// Refuses a circuit when its client already holds <see cref="CircuitSettings.MaxPerClient"/> live ones: a script that
/// opens thousands of tabs cannot fill the server's memory. The circuit is created inside the SignalR call that starts
/// it, so the connection's request (after the forwarded headers) gives the real client address.
/// </summary>
internal sealed partial class CircuitCapHandler(CircuitsPerClient circuits, IHttpContextAccessor http, ILogger<CircuitCapHandler> logger)
    : CircuitHandler
{
    private string? _client;

    // Before other handlers: a refused circuit should do nothing else.
    public override int Order => -100;

    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        var client = ClientPartition.Of(http.HttpContext?.Connection.RemoteIpAddress);
        if (!circuits.TryOpen(client))
        {
            LogRefused(logger, circuits.Max, client);
            throw new CircuitRefusedException($"This client already has {circuits.Max} live circuits.");
        }
        _client = client;
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _client, null) is { } client)
        {
            circuits.Close(client);
        }
        return Task.CompletedTask;
    }

    // The client's hash, never its address.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Circuit refused: client {Client} already has {Max} live circuits")]
    private static partial void LogRefused(ILogger logger, int max, string client);
}

/// <summary>Ends the start of a circuit that is over the cap.</summary>
internal sealed class CircuitRefusedException(string message) : Exception(message);
