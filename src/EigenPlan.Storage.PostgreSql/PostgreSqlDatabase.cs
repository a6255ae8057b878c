using System.Data;
using EigenPlan.Core.Audit;
using EigenPlan.Core.Notifications;
using EigenPlan.Core.Plans;
using EigenPlan.Core.Security;
using Npgsql;

namespace EigenPlan.Storage.PostgreSql;

/// <summary>
/// The one PostgreSQL database both stores work on (<see cref="PostgreSqlPlanStore"/>, <see cref="PostgreSqlSharedPlanStore"/>),
/// and what several instances share through it. It owns the connection pool, the audit key (from configuration, never
/// stored in the database), the settings and the clock. <see cref="PrepareAsync"/> applies the migrations at start-up and
/// checks the audit key against the database. Every touch of the database goes through <see cref="ReadAsync{T}"/>,
/// <see cref="ReadSnapshotAsync{T}"/> or <see cref="WriteAsync{T}"/>, which turn Npgsql's failures (connection refused,
/// timeouts, server errors) into <see cref="StoreUnavailableException"/> with ids and the kind of failure only, so nothing
/// above the stores sees an Npgsql type. A call that meets a pooled connection the server dropped (a restart, a
/// failover) runs once more on a fresh one, so the app recovers by itself when the database is back. Several instances
/// may use one database at once.
/// </summary>
/// <remarks>
/// Concurrency: every write transaction first locks the plan's row (<c>FOR NO KEY UPDATE</c>, or the save's own
/// <c>UPDATE … WHERE version = expected</c>), then devices, shared plan and invitations, and the access log's head row
/// last (<c>FOR UPDATE</c>). One order everywhere, so writes to one plan queue and never deadlock, while different plans
/// never wait for each other.
/// </remarks>
public sealed partial class PostgreSqlDatabase : IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly Lock _prepareGate = new();
    private Task? _prepared;
    private volatile bool _disposed;

    /// <param name="options">Settings; <see cref="PostgreSqlStorageOptions.Problem"/> must be null.</param>
    /// <param name="time">Clock for device expiry and log times; the system clock when null.</param>
    public PostgreSqlDatabase(PostgreSqlStorageOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }
        Options = options;
        Time = time ?? TimeProvider.System;
        AuditKey = options.ParseAuditKey();
        NotificationKey = NotificationKey.DeriveFrom(AuditKey);
        Log = new AccessLogTable(AuditKey);
        var builder = new NpgsqlDataSourceBuilder(options.ConnectionString);
        builder.ConnectionStringBuilder.ApplicationName ??= "eigenplan";
        _dataSource = builder.Build();
    }

    internal PostgreSqlStorageOptions Options { get; }

    internal TimeProvider Time { get; }

    internal AuditKey AuditKey { get; }

    internal AccessLogTable Log { get; }

    /// <summary>Seals notification addresses and signs unsubscribe links; derived from the audit key, so never in the database.</summary>
    internal NotificationKey NotificationKey { get; }

    /// <summary>The pool, for what holds a connection of its own (the change listener) and for tests.</summary>
    internal NpgsqlDataSource DataSource => _dataSource;

    /// <summary>The host and database the connection string names (no password), for messages to the operator.</summary>
    public string Describe()
    {
        var builder = new NpgsqlConnectionStringBuilder(Options.ConnectionString);
        return $"database {builder.Database ?? builder.Username ?? "?"} on {builder.Host ?? "localhost"}:{builder.Port}";
    }

    /// <summary>
    /// Applies the migrations that are missing (in one transaction, under an advisory lock, so instances starting at
    /// the same time apply them once) and checks that the configured audit key is the one this database's logs were
    /// signed with (a new database takes the key). Call once at start-up, before the stores are used.
    /// </summary>
    /// <returns>The migrations applied now (none when the database was up to date).</returns>
    /// <exception cref="StoreUnavailableException">The database cannot be reached, its schema is newer than this app, or the audit key does not match.</exception>
    public Task<IReadOnlyList<string>> PrepareAsync(CancellationToken cancellationToken = default) =>
        Guard("prepare the database", null, async () =>
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            var applied = await SchemaMigrator.MigrateAsync(connection, cancellationToken);
            await AuditKeyCheck.RequireAsync(connection, AuditKey, cancellationToken);
            return applied;
        });

    /// <summary>
    /// <see cref="PrepareAsync"/> once per database object: later calls wait for the first and return at once after it
    /// succeeded; after a failure (database down at start) the next call tries again. For what may be used before the
    /// host's start-up work ran, such as the Data Protection key ring.
    /// </summary>
    public Task EnsurePreparedAsync(CancellationToken cancellationToken = default)
    {
        lock (_prepareGate)
        {
            if (_prepared is null || _prepared.IsFaulted || _prepared.IsCanceled)
            {
                _prepared = PrepareAsync(cancellationToken);
            }
            return _prepared;
        }
    }

    internal DateTime UtcNow() => Time.GetUtcNow().UtcDateTime;

    /// <summary>The schema version the database is at (0 before the first start): one short query, for health checks.</summary>
    public Task<int> SchemaVersionAsync(CancellationToken cancellationToken = default) =>
        ReadAsync("read the schema version", null, async c =>
            await c.ScalarAsync<bool>("SELECT to_regclass('schema_version') IS NOT NULL", [], cancellationToken)
                ? await c.ScalarAsync<int>("SELECT coalesce(max(version), 0) FROM schema_version", [], cancellationToken)
                : 0, cancellationToken);

    /// <summary>The synchronous form of <see cref="ReadAsync{T}"/>, for callers with a synchronous contract (Data Protection's key repository).</summary>
    internal T Read<T>(string what, Func<NpgsqlConnection, T> read)
    {
        T Once()
        {
            using var connection = _dataSource.OpenConnection();
            return read(connection);
        }
        try
        {
            return Once();
        }
        catch (NpgsqlException ex) when (IsBrokenConnection(ex))
        {
            // As in the asynchronous calls: a dropped pooled connection is replaced once.
            _dataSource.Clear();
        }
        return Guarded(what, Once);
    }

    /// <summary>Runs synchronous database work with Npgsql's failures turned into <see cref="StoreUnavailableException"/>.</summary>
    internal T Guarded<T>(string what, Func<T> work)
    {
        if (_disposed)
        {
            throw Unavailable(what, null, "the database is closed", null);
        }
        try
        {
            return work();
        }
        catch (NpgsqlException ex)
        {
            throw Unavailable(what, null, Kind(ex), ex);
        }
    }

    /// <summary>Runs <paramref name="read"/> on a connection of its own, without a transaction (each statement sees committed data).</summary>
    internal Task<T> ReadAsync<T>(string what, PlanId? id, Func<NpgsqlConnection, Task<T>> read, CancellationToken cancellationToken) =>
        Guard(what, id, async () =>
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            return await read(connection);
        });

    /// <summary>
    /// Runs <paramref name="read"/> in a read-only REPEATABLE READ transaction: every statement sees the same moment, so
    /// e.g. a key copy and the content it opens are never from both sides of a key rotation. Takes no locks.
    /// </summary>
    internal Task<T> ReadSnapshotAsync<T>(string what, PlanId? id, Func<NpgsqlConnection, Task<T>> read, CancellationToken cancellationToken) =>
        Guard(what, id, async () =>
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            await connection.ExecuteAsync("SET TRANSACTION READ ONLY", cancellationToken);
            var result = await read(connection);
            await transaction.CommitAsync(cancellationToken);
            return result;
        });

    /// <summary>
    /// Runs <paramref name="write"/> as one READ COMMITTED transaction: all of it or nothing. An exception from
    /// <paramref name="write"/> (a closed device, a deleted plan) rolls back and passes through unchanged. Writes lock the
    /// plan first (<see cref="LockPlanAsync"/>).
    /// </summary>
    internal Task<T> WriteAsync<T>(string what, PlanId? id, Func<NpgsqlConnection, Task<T>> write, CancellationToken cancellationToken) =>
        Guard(what, id, async () =>
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
            var result = await write(connection);
            try
            {
                await transaction.CommitAsync(cancellationToken);
            }
            catch (NpgsqlException ex)
            {
                throw new CommitFailedException(ex);
            }
            return result;
        });

    /// <inheritdoc cref="WriteAsync{T}"/>
    internal Task WriteAsync(string what, PlanId? id, Func<NpgsqlConnection, Task> write, CancellationToken cancellationToken) =>
        WriteAsync(what, id, async connection =>
        {
            await write(connection);
            return true;
        }, cancellationToken);

    /// <summary>
    /// The session as opened by a store on this database; <see cref="ArgumentException"/> for any other (one of another
    /// database object, or another provider's).
    /// </summary>
    internal T Own<T>(object session)
        where T : class, IPostgreSqlSession
    {
        ArgumentNullException.ThrowIfNull(session);
        return session is T s && ReferenceEquals(s.Database, this)
            ? s
            : throw new ArgumentException("This session was not opened by a store on this database.", nameof(session));
    }

    /// <summary>A plan's access log, oldest first, optionally between two UTC times (inclusive).</summary>
    internal Task<IReadOnlyList<AccessLogEntry>> ReadAccessLogAsync(PlanId id, DateTime? fromUtc, DateTime? toUtc, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyList<AccessLogEntry>>("read the access log", id, async connection =>
            (await AccessLogTable.ForPlanAsync(connection, id.Value, cancellationToken))
                .Where(e => e.TimeUtc >= (fromUtc?.ToUniversalTime() ?? DateTime.MinValue) && e.TimeUtc <= (toUtc?.ToUniversalTime() ?? DateTime.MaxValue))
                .ToList(), cancellationToken);

    /// <summary>Checks a plan's whole log against the audit key and its head anchor (one snapshot of both).</summary>
    internal Task<ChainVerification> VerifyAccessLogAsync(PlanId id, CancellationToken cancellationToken) =>
        ReadSnapshotAsync("verify the access log", id, connection => Log.VerifyAsync(connection, id.Value, cancellationToken), cancellationToken);

    public void Dispose()
    {
        _disposed = true;
        _dataSource.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        await _dataSource.DisposeAsync();
    }
}

/// <summary>A session that remembers the <see cref="PostgreSqlDatabase"/> it was opened on (see <see cref="PostgreSqlDatabase.Own{T}"/>).</summary>
internal interface IPostgreSqlSession
{
    PostgreSqlDatabase Database { get; }
}
