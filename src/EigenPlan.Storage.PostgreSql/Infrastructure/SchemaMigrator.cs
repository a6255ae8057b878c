using System.Globalization;
using System.Reflection;
using EigenPlan.Core.Plans;
using Npgsql;

namespace EigenPlan.Storage.PostgreSql;

/// <summary>
/// Versioned migrations: the embedded scripts <c>Migrations/NNNN_name.sql</c>, applied in order at start-up. All that are
/// missing run in one transaction under a transaction-level advisory lock, and each is recorded in <c>schema_version</c>:
/// an instance that starts at the same moment waits for the lock and then finds the migrations done; a failed script
/// leaves the database as it was. A database newer than this app (rolled back after an upgrade) stops the start.
/// </summary>
internal static class SchemaMigrator
{
    /// <summary>Any fixed number, the same in every instance: "EigenPla" in ASCII.</summary>
    private const long LockKey = 0x4569_6765_6E50_6C61;

    /// <summary>Every migration this app knows, in order.</summary>
    public static IReadOnlyList<Migration> All { get; } = Load();

    public static async Task<IReadOnlyList<string>> MigrateAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync("SELECT pg_advisory_xact_lock($1)", [LockKey], cancellationToken);
        await connection.ExecuteAsync(
            "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, name text NOT NULL, applied_utc timestamptz NOT NULL DEFAULT now())",
            cancellationToken);
        var current = await connection.ScalarAsync<int>("SELECT coalesce(max(version), 0) FROM schema_version", [], cancellationToken);
        var latest = All[^1].Version;
        if (current > latest)
        {
            throw new StoreUnavailableException(
                $"The database schema is at version {current}, newer than this version of the app knows ({latest}). "
                + "Start the newer version of the app, or restore the backup made before the upgrade.");
        }
        var applied = new List<string>();
        foreach (var migration in All.Where(m => m.Version > current))
        {
            await connection.ExecuteAsync(migration.Script, cancellationToken);
            await connection.ExecuteAsync("INSERT INTO schema_version (version, name) VALUES ($1, $2)", [migration.Version, migration.Name], cancellationToken);
            applied.Add(migration.Name);
        }
        await transaction.CommitAsync(cancellationToken);
        return applied;
    }

    private static List<Migration> Load()
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Migrations.", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Read(assembly, n))
            .OrderBy(m => m.Version)
            .ToList();
        // Numbered 1, 2, 3 … without gaps or doubles: a gap would mean a script is missing from the build.
        if (migrations.Count == 0 || migrations.Select((m, i) => m.Version != i + 1).Any(wrong => wrong))
        {
            throw new InvalidOperationException("The embedded migrations are not numbered 0001, 0002, … without gaps.");
        }
        return migrations;
    }

    private static Migration Read(Assembly assembly, string resource)
    {
        var name = resource["Migrations.".Length..^".sql".Length];
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
        return new Migration(int.Parse(name[..4], CultureInfo.InvariantCulture), name, reader.ReadToEnd());
    }
}

/// <summary>One migration script: <c>0001_initial</c> is version 1.</summary>
internal sealed record Migration(int Version, string Name, string Script);
