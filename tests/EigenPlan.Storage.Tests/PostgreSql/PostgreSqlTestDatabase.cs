using EigenPlan.Core.Insights;
using EigenPlan.Core.Notifications;
using EigenPlan.Core.Plans;
using EigenPlan.Core.SharedPlans;
using EigenPlan.Storage.PostgreSql;
using EigenPlan.Storage.Tests.Conformance;
using EigenPlan.Testing.PostgreSql;
using Npgsql;

namespace EigenPlan.Storage.Tests.PostgreSql;

/// <summary>
/// A fresh, empty database on the shared throw-away cluster (or the one given), dropped on dispose. Opens
/// <see cref="PostgreSqlDatabase"/> objects on it as the app does (migrations applied at start), all with this process's
/// test audit key unless told otherwise.
/// </summary>
internal sealed class PostgreSqlTestDatabase : IDisposable
{
    /// <summary>The audit key every test database of this process uses (as every instance of one deployment would).</summary>
    public static readonly string AuditKey = Core.Audit.AuditKey.Generate().ToBase64();

    public PostgreSqlTestDatabase(TempPostgresCluster? cluster = null)
    {
        Cluster = cluster ?? TempPostgresCluster.Shared;
        Name = $"t_{Guid.NewGuid():N}";
        // Through a pooled connection rather than psql: a process per database would cost more than the database.
        Admin($"CREATE DATABASE \"{Name}\" TEMPLATE template0");
    }

    public TempPostgresCluster Cluster { get; }

    public string Name { get; }

    public string ConnectionString => Cluster.ConnectionString(Name);

    public PostgreSqlStorageOptions Options(int kdfIterations = 1_000, string? auditKey = null) => new()
    {
        ConnectionString = ConnectionString,
        AuditKey = auditKey ?? AuditKey,
        KdfIterations = kdfIterations,
    };

    /// <summary>A new database object (its own connection pool) with migrations applied, as an app instance starting.</summary>
    public PostgreSqlDatabase Open(TimeProvider? clock = null, int kdfIterations = 1_000)
    {
        var database = new PostgreSqlDatabase(Options(kdfIterations), clock);
        database.PrepareAsync().GetAwaiter().GetResult();
        return database;
    }

    /// <summary>Runs SQL through psql and returns its unaligned output (rows on lines, columns split by '|').</summary>
    public string Psql(string sql) => Cluster.Psql(Name, sql);

    /// <summary>Runs a statement on the cluster's <c>postgres</c> database.</summary>
    public void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(Cluster.ConnectionString("postgres"));
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    /// <summary>A connection of the test's own to this database (for looking at and changing the tables directly).</summary>
    public NpgsqlConnection Connect()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        if (!Cluster.IsRunning)
        {
            return;
        }
        try
        {
            Admin($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
        }
        catch (NpgsqlException)
        {
            // The cluster is going away; it takes its databases with it.
        }
    }
}

/// <summary>Both PostgreSQL stores over one database object, as the app registers them.</summary>
internal sealed class PostgreSqlStoreSet : IDisposable
{
    private readonly TimeProvider _clock;
    private readonly int _kdfIterations;

    public PostgreSqlStoreSet(PostgreSqlTestDatabase database, TimeProvider? clock = null, int kdfIterations = 1_000)
    {
        TestDatabase = database;
        _clock = clock ?? TimeProvider.System;
        _kdfIterations = kdfIterations;
        Open();
    }

    public PostgreSqlTestDatabase TestDatabase { get; }

    public PostgreSqlDatabase Database { get; private set; } = null!;

    public PostgreSqlPlanStore Plans { get; private set; } = null!;

    public PostgreSqlSharedPlanStore Shared { get; private set; } = null!;

    public PostgreSqlNotificationStore Notifications { get; private set; } = null!;

    public PostgreSqlInsightStore Insights { get; private set; } = null!;

    /// <summary>A new database object and new stores on the same data, as an app restart would.</summary>
    public void Restart()
    {
        Database.Dispose();
        Open();
    }

    public void Dispose() => Database.Dispose();

    private void Open()
    {
        Database = TestDatabase.Open(_clock, _kdfIterations);
        Plans = new PostgreSqlPlanStore(Database);
        Shared = new PostgreSqlSharedPlanStore(Database);
        Notifications = new PostgreSqlNotificationStore(Database, StoreSamples.FastNotifications);
        Insights = new PostgreSqlInsightStore(Database);
    }
}

/// <summary>The PostgreSQL provider as the conformance suite sees it: its own fresh database, dropped afterwards.</summary>
internal sealed class PostgreSqlStores(ManualClock clock, int kdfIterations) : StoreUnderTest
{
    private readonly PostgreSqlTestDatabase _database = new();
    private PostgreSqlStoreSet? _stores;

    private PostgreSqlStoreSet Stores => _stores ??= new PostgreSqlStoreSet(_database, clock, kdfIterations);

    public override IPlanStore Plans => Stores.Plans;

    public override ISharedPlanStore Shared => Stores.Shared;

    public override INotificationStore Notifications => Stores.Notifications;

    public override IInsightStore Insights => Stores.Insights;

    public override void Restart() => Stores.Restart();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stores?.Dispose();
            _database.Dispose();
        }
    }
}
