using System.Security.Cryptography;
using System.Text;

namespace EigenPlan.Storage.PostgreSql;

/// <summary>
/// Fixed-window rate-limit counters shared by every instance: one row per key and window in <c>rate_limit_counters</c>,
/// incremented with an upsert, so a client that alternates between instances is counted once. Windows start at whole
/// multiples of their length (UTC), the same on every instance. Rows whose window is over are deleted now and then
/// (at most once a minute per instance). The shape the web's limiter takes (<c>IRateLimitCounters</c>).
/// </summary>
/// <remarks>
/// Keys are stored as SHA-256 hashes, so the table holds no client addresses in plain sight; an IPv4 address can still
/// be found back by trying them all, so the table is as private as the rest of the database. Rows live one window.
/// </remarks>
public sealed class PostgreSqlRateLimitCounters
{
    private static readonly TimeSpan CleanupInterval = TimeSpan.FromMinutes(1);
    private readonly PostgreSqlDatabase _database;
    private readonly TimeProvider _time;
    private long _nextCleanupTicks;

    /// <param name="database">Where the counters live; disposed by its owner, not here.</param>
    /// <param name="time">Clock for the windows; the database's clock when null.</param>
    public PostgreSqlRateLimitCounters(PostgreSqlDatabase database, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _time = time ?? database.Time;
    }

    /// <summary>Counts one hit for <paramref name="key"/> in the current window of length <paramref name="window"/> and returns the window's count so far.</summary>
    public Task<long> HitAsync(string key, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, TimeSpan.FromSeconds(1));
        var now = _time.GetUtcNow().UtcDateTime;
        var start = new DateTime(now.Ticks - (now.Ticks % window.Ticks), DateTimeKind.Utc);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("eigenplan/rate-limit/v1:" + key)));
        var cleanup = Interlocked.Read(ref _nextCleanupTicks) <= now.Ticks;
        if (cleanup)
        {
            Interlocked.Exchange(ref _nextCleanupTicks, (now + CleanupInterval).Ticks);
        }
        return _database.ReadAsync("count a request", null, async c =>
        {
            var hits = await c.ScalarAsync<long>(
                "INSERT INTO rate_limit_counters (key_hash, window_start, hits, expires_utc) VALUES ($1, $2, 1, $3) "
                + "ON CONFLICT (key_hash, window_start) DO UPDATE SET hits = rate_limit_counters.hits + 1 RETURNING hits",
                [hash, start, start + window], CancellationToken.None);
            if (cleanup)
            {
                await c.ExecuteAsync("DELETE FROM rate_limit_counters WHERE expires_utc <= $1", [now], CancellationToken.None);
            }
            return hits;
        }, CancellationToken.None);
    }
}
