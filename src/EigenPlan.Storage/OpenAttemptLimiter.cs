namespace EigenPlan.Storage;

/// <summary>
/// Counts attempts to open per plan id and per client, in memory (client ids such as IP addresses are never written
/// down). An attempt counts from the moment it starts, so parallel guesses cannot slip past the limit; a right code
/// takes its own attempt back and clears the plan's count.
/// </summary>
internal sealed class OpenAttemptLimiter(TimeProvider time, int maxFailures, TimeSpan window)
{
    private readonly Dictionary<string, List<DateTimeOffset>> _attempts = [];
    private readonly Lock _lock = new();

    /// <summary>Null and counted when allowed; otherwise how long to wait.</summary>
    public TimeSpan? TryBegin(string planId, string? clientId)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            Prune(now);
            var keys = Keys(planId, clientId);
            var wait = keys.Select(k => RetryAfter(k, now)).Max();
            if (wait > TimeSpan.Zero)
            {
                return wait;
            }
            foreach (var key in keys)
            {
                Attempts(key).Add(now);
            }
            return null;
        }
    }

    /// <summary>The code was right: forget the plan's failures and this client's attempt.</summary>
    public void Succeeded(string planId, string? clientId)
    {
        lock (_lock)
        {
            _attempts.Remove("plan:" + planId);
            if (clientId is not null && _attempts.TryGetValue("client:" + clientId, out var list) && list.Count > 0)
            {
                list.RemoveAt(list.Count - 1);
            }
        }
    }

    private static string[] Keys(string planId, string? clientId) =>
        clientId is null ? ["plan:" + planId] : ["plan:" + planId, "client:" + clientId];

    private TimeSpan RetryAfter(string key, DateTimeOffset now)
    {
        if (!_attempts.TryGetValue(key, out var list) || list.Count < maxFailures)
        {
            return TimeSpan.Zero;
        }
        return list[^maxFailures] + window - now;
    }

    private List<DateTimeOffset> Attempts(string key) =>
        _attempts.TryGetValue(key, out var list) ? list : _attempts[key] = [];

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, list) in _attempts)
        {
            list.RemoveAll(t => t + window <= now);
            if (list.Count == 0)
            {
                _attempts.Remove(key);
            }
        }
    }
}
