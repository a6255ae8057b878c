using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace EigenPlan.Web.Security.Circuits;

/// <summary>Counts the live circuits of each client (by <see cref="RateLimiting.ClientPartition"/>) in this process.</summary>
public sealed class CircuitsPerClient(IOptions<CircuitSettings> settings)
{
    private readonly ConcurrentDictionary<string, int> _live = new(StringComparer.Ordinal);

    public int Max => settings.Value.MaxPerClient;

    /// <summary>Counts one more circuit for the client; false (and not counted) when it already has the maximum.</summary>
    public bool TryOpen(string client)
    {
        while (true)
        {
            var current = _live.GetValueOrDefault(client);
            if (current >= Max)
            {
                return false;
            }
            if (current == 0 ? _live.TryAdd(client, 1) : _live.TryUpdate(client, current + 1, current))
            {
                return true;
            }
        }
    }

    public void Close(string client)
    {
        while (_live.TryGetValue(client, out var current))
        {
            if (current <= 1 ? _live.TryRemove(new KeyValuePair<string, int>(client, current)) : _live.TryUpdate(client, current - 1, current))
            {
                return;
            }
        }
    }

    /// <summary>Live circuits of a client (for tests and diagnostics).</summary>
    public int LiveOf(string client) => _live.GetValueOrDefault(client);
}
