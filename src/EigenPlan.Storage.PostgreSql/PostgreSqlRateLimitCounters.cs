using System.Security.Cryptography;
using System.Text;
using EigenPlan.Core.Security;

namespace EigenPlan.Storage.PostgreSql;

/// <summary>
/// <see cref="IRateLimitCounters"/> shared by every instance: one row per key in <c>rate_limit_counters</c>, counted with
/// an upsert, so a client that alternates between instances is counted once. The caller puts the window in the key (as
/// the web's limiter does), and a row lives the time it is given from its first hit; a hit on a row whose time is up
/// starts it again at one. Rows whose time is up are deleted now and then (at most once a minute per instance).
/// </summary>
/// <remarks>
/// Keys are stored as SHA-256 hashes, so the table holds no client addresses in plain sight (the web hashes them once
/// more before they get here); rows live one window or two. Failures surface as <see cref="Core.Plans.StoreUnavailableException"/>.
/// </remarks>
public sealed class PostgreSqlRateLimitCounters : IRateLimitCounters
{
    private static readonly TimeSpan CleanupInterval = TimeSpan.FromMinutes(1);
    private readonly PostgreSqlDatabase _database;
    private readonly TimeProvider _time;
    private long _nextCleanupTicks;

    /// <param name="database">Where the counters live; disposed by its owner, not here.</param>
    /// <param name="time">Clock for the counters' lifetimes; the database's clock when null.</param>
    public PostgreSqlRateLimitCounters(PostgreSqlDatabase database, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _time = time ?? database.Time;
    }

    public Task<long> HitAsync(string key, TimeSpan keepFor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentOutOfRangeException.ThrowIfLessThan(keepFor, TimeSpan.FromSeconds(1));
        var now = _time.GetUtcNow().UtcDateTime;
        var cleanup = Interlocked.Read(ref _nextCleanupTicks) <= now.Ticks;
        if (cleanup)
        {
            Interlocked.Exchange(ref _nextCleanupTicks, (now + CleanupInterval).Ticks);
        }
        return _database.ReadAsync("count a request", null, async c =>
        {
            // One statement: concurrent hits on any instance queue on the row, and each gets its own count back.
            var hits = await c.ScalarAsync<long>(
                "INSERT INTO rate_limit_counters AS r (key_hash, hits, expires_utc) VALUES ($1, 1, $2) "
                + "ON CONFLICT (key_hash) DO UPDATE SET "
                + "hits = CASE WHEN r.expires_utc <= $3 THEN 1 ELSE r.hits + 1 END, "
                + "expires_utc = CASE WHEN r.expires_utc <= $3 THEN EXCLUDED.expires_utc ELSE r.expires_utc END "
                + "RETURNING hits",
                [Hash(key), now + keepFor, now], cancellationToken);
            if (cleanup)
            {
                await c.ExecuteAsync("DELETE FROM rate_limit_counters WHERE expires_utc <= $1", [now], cancellationToken);
            }
            return hits;
        }, cancellationToken);
    }

    public Task<long> PeekAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var now = _time.GetUtcNow().UtcDateTime;
        return _database.ReadAsync("read a request count", null, c =>
            c.ScalarAsync<long>("SELECT hits FROM rate_limit_counters WHERE key_hash = $1 AND expires_utc > $2", [Hash(key), now], cancellationToken),
            cancellationToken);
    }

    private static string Hash(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("eigenplan/rate-limit/v1:" + key)));
}
