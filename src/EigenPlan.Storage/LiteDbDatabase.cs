using EigenPlan.Core.Audit;
using EigenPlan.Core.Notifications;
using EigenPlan.Core.Plans;
using EigenPlan.Core.Security;
using LiteDB;

namespace EigenPlan.Storage;

/// <summary>
/// The one LiteDB file both stores work on (<see cref="LiteDbPlanStore"/>, <see cref="LiteDbSharedPlanStore"/>): it owns
/// the <see cref="LiteDatabase"/> (thread-safe), the single write lock that makes each read-modify-write atomic across
/// both stores (each write is also one LiteDB transaction, so a crash never leaves half of it), the collections, the keyed
/// access log they append to, the settings and the clock. At start it reads an existing file completely
/// (<see cref="DatabaseFileCheck"/>) and loads the audit key kept next to it (<see cref="AuditKeyFile"/>). Every touch of
/// the file goes through <see cref="Read{T}"/> or <see cref="Write{T}"/>, which turn LiteDB's and the disk's failures
/// into <see cref="StoreUnavailableException"/>, so nothing above the stores sees a LiteDB type. Dispose it (the
/// container does) to close the file.
/// </summary>
public sealed class LiteDbDatabase : IDisposable
{
    private readonly LiteDatabase _db;
    private readonly Lock _write = new();
    private volatile bool _disposed;

    /// <param name="options">Settings; <see cref="StorageOptions.DatabasePath"/> must already be absolute or relative to the current directory.</param>
    /// <param name="time">Clock for device expiry and log times; the system clock when null.</param>
    /// <exception cref="StoreUnavailableException">
    /// The file is damaged, cannot be created or opened, or its audit key is missing or damaged. The message names the
    /// file and what to do; the file is left as it was.
    /// </exception>
    public LiteDbDatabase(StorageOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }
        Options = options;
        Time = time ?? TimeProvider.System;
        var path = Path.GetFullPath(options.DatabasePath);
        DatabaseFileCheck.Check(path);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            _db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });
            var heads = _db.GetCollection(AccessLogCollection.HeadsName).Count() > 0;
            var key = AuditKeyFile.LoadOrCreate(options.AuditKeyPath ?? Path.Combine(Path.GetDirectoryName(path)!, AuditKeyFile.FileName), heads);
            Plans = _db.GetCollection(PlanRecord.CollectionName);
            Devices = new DeviceCollection(_db);
            Log = new AccessLogCollection(_db, key);
            Shared = new SharedPlanCollections(_db);
            NotificationKey = NotificationKey.DeriveFrom(key);
            Insights = _db.GetCollection(InsightCollection.Name);
        }
        catch (Exception ex) when (ex is LiteException or IOException or StoreUnavailableException)
        {
            _db?.Dispose();
            throw ex as StoreUnavailableException ?? new StoreUnavailableException($"The plan database {path} could not be opened ({Kind(ex)}).", ex);
        }
    }

    internal StorageOptions Options { get; }

    internal TimeProvider Time { get; }

    internal ILiteCollection<BsonDocument> Plans { get; }

    internal DeviceCollection Devices { get; }

    internal AccessLogCollection Log { get; }

    internal SharedPlanCollections Shared { get; }

    /// <summary>Seals notification addresses and signs unsubscribe links; derived from the audit key, so never in the file.</summary>
    internal NotificationKey NotificationKey { get; }

    /// <summary>The <c>insight_counts</c> collection: counters only (<see cref="LiteDbInsightStore"/>).</summary>
    internal ILiteCollection<BsonDocument> Insights { get; }

    internal DateTime UtcNow() => Time.GetUtcNow().UtcDateTime;

    /// <summary>Null for an unknown or deleted plan (a tombstone).</summary>
    internal PlanRecord? FindPlan(PlanId id) => PlanRecord.FromDocument(Plans.FindById(id.Value));

    /// <summary>
    /// The plan, when the session's device still works: <see cref="PlanNotFoundException"/> when the plan was deleted,
    /// <see cref="DeviceClosedException"/> when the device was closed, dropped by a new code, or expired.
    /// </summary>
    internal PlanRecord RequireAccess(LiteDbPlanSession session, DateTime nowUtc)
    {
        var plan = FindPlan(session.PlanId) ?? throw new PlanNotFoundException(session.PlanId);
        return Devices.Find(session.DeviceId) is { } device && device.PlanId == session.PlanId && device.ExpiresUtc > nowUtc
            ? plan
            : throw new DeviceClosedException(session.PlanId, session.DeviceId);
    }

    /// <summary>
    /// The session as opened by a store on this database; <see cref="ArgumentException"/> for any other (one of another
    /// file, or another provider's). This is how the shared-plan store knows an owner's session came from the plan store.
    /// </summary>
    internal T Own<T>(object session)
        where T : class, IDatabaseSession
    {
        ArgumentNullException.ThrowIfNull(session);
        return session is T s && ReferenceEquals(s.Database, this)
            ? s
            : throw new ArgumentException("This session was not opened by a store on this database.", nameof(session));
    }

    /// <summary>
    /// Removes what hangs off a plan outside <c>plans</c> and <c>access_log</c>: its devices, the shared plan and every
    /// invitation with its key copies. The plan store calls it inside its delete transaction, so a deleted plan leaves
    /// nothing behind; a new per-plan collection adds its rows here. Callers hold the write lock.
    /// </summary>
    internal void DeletePlanDependents(PlanId id)
    {
        Devices.DeleteForPlan(id);
        Shared.DeleteForPlan(id);
    }

    /// <summary>
    /// Reads without the write lock; LiteDB's own locking keeps a single read consistent. <paramref name="what"/> (what
    /// was being done, "load") and <paramref name="id"/> go into the exception's message; never content.
    /// </summary>
    internal T Read<T>(string what, PlanId? id, Func<T> read) => Guard(what, id, read);

    /// <summary>
    /// Runs <paramref name="write"/> under the write lock as one transaction (all of it or nothing), so no other write of
    /// either store interleaves, and returns only when the change is on disk. LiteDB 5 returns from a commit before its
    /// background writer has written the write-ahead log (a process killed a moment after a "saved" plan lost the save);
    /// a checkpoint waits for that writer, moves the change into the data file and flushes it. It also means a deletion
    /// or a removed key copy never lingers in the log.
    /// </summary>
    internal T Write<T>(string what, PlanId? id, Func<T> write)
    {
        lock (_write)
        {
            return Guard(what, id, () =>
            {
                _db.BeginTrans();
                T result;
                try
                {
                    result = write();
                    _db.Commit();
                }
                catch
                {
                    RollbackUnlessClosed();
                    throw;
                }
                _db.Checkpoint();
                return result;
            });
        }
    }

    /// <inheritdoc cref="Write{T}"/>
    internal void Write(string what, PlanId? id, Action write) =>
        Write(what, id, () =>
        {
            write();
            return true;
        });

    /// <summary>
    /// For readiness checks: one index lookup of a plan id that cannot exist, without the write lock (so a check never
    /// waits behind a save, nor holds one up) and without writing anything. Completes when the file answers;
    /// <see cref="StoreUnavailableException"/> when it does not (closed, unreadable).
    /// </summary>
    public Task CheckReachableAsync() =>
        Task.FromResult(Read("check that the database answers", null, () => Plans.FindById("-") is null));

    /// <summary>A plan's access log, oldest first, optionally between two UTC times (inclusive).</summary>
    internal IReadOnlyList<AccessLogEntry> ReadAccessLog(PlanId id, DateTime? fromUtc = null, DateTime? toUtc = null)
    {
        var from = fromUtc?.ToUniversalTime() ?? DateTime.MinValue;
        var to = toUtc?.ToUniversalTime() ?? DateTime.MaxValue;
        return Read("read the access log", id, () => Log.ForPlan(id.Value)).Where(e => e.TimeUtc >= from && e.TimeUtc <= to).ToList();
    }

    /// <summary>Checks a plan's whole log against the audit key and its head anchor.</summary>
    internal ChainVerification VerifyAccessLog(PlanId id) => Read("verify the access log", id, () => Log.Verify(id.Value));

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        _db.Dispose();
    }

    private void RollbackUnlessClosed()
    {
        try
        {
            _db.Rollback();
        }
        catch (ObjectDisposedException) when (_disposed)
        {
            // Closed while writing: nothing was committed, and the original failure is the one to report.
        }
    }

    private T Guard<T>(string what, PlanId? id, Func<T> work)
    {
        if (_disposed)
        {
            throw Unavailable(what, id, "the database is closed", null);
        }
        try
        {
            return work();
        }
        // A closed database answers reads with ObjectDisposedException and writes with LiteException: both mean the same.
        catch (Exception ex) when (ex is LiteException or IOException || (ex is ObjectDisposedException && _disposed))
        {
            throw Unavailable(what, id, Kind(ex), ex);
        }
    }

    private static StoreUnavailableException Unavailable(string what, PlanId? id, string kind, Exception? inner)
    {
        // Ids and the kind of failure only: LiteDB's own message can quote stored values.
        var message = $"The plan store could not {what}{(id is { } known ? $" (plan {known.Value})" : "")}: {kind}.";
        return inner is null ? new StoreUnavailableException(message) : new StoreUnavailableException(message, inner);
    }

    private static string Kind(Exception ex) =>
        ex is LiteException lite ? $"LiteDB error {lite.ErrorCode}" : ex.GetType().Name;
}
