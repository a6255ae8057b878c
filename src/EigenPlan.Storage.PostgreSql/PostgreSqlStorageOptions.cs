using EigenPlan.Core.Audit;
using EigenPlan.Core.Security;
using Microsoft.Extensions.Configuration;

namespace EigenPlan.Storage.PostgreSql;

/// <summary>
/// Settings of the PostgreSQL provider: <c>Storage:ConnectionString</c>, <c>Storage:KdfIterations</c>,
/// <c>Storage:SaveLogInterval</c> (as for LiteDB) and the audit key <c>Audit:Key</c> (environment: <c>Audit__Key</c>),
/// base64 of 32 random bytes, which is kept out of the database on purpose and is required: without it the app does
/// not start.
/// </summary>
public sealed class PostgreSqlStorageOptions
{
    public const string AuditKeySetting = "Audit:Key";

    /// <summary>An Npgsql connection string, e.g. <c>Host=db;Database=eigenplan;Username=eigenplan;Password=…</c>.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>The access log's MAC key, base64 of 32 bytes. Treat it like a password; back it up apart from the database.</summary>
    public string? AuditKey { get; set; }

    /// <summary>PBKDF2 iterations for new plans and new codes. Keep the default in production; tests lower it to run fast.</summary>
    public int KdfIterations { get; set; } = PlanCrypto.DefaultIterations;

    /// <summary>Saves by one session within this time share one access log entry.</summary>
    public TimeSpan SaveLogInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Reads <c>Storage:</c> and <c>Audit:Key</c> from configuration.</summary>
    public static void Bind(IConfiguration configuration, PostgreSqlStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        var storage = configuration.GetSection(StorageOptions.SectionName);
        var shared = new StorageOptions { KdfIterations = options.KdfIterations, SaveLogInterval = options.SaveLogInterval };
        StorageOptions.Bind(storage, shared);
        options.ConnectionString = storage[nameof(ConnectionString)] ?? options.ConnectionString;
        options.AuditKey = configuration[AuditKeySetting] is { Length: > 0 } key ? key : options.AuditKey;
        options.KdfIterations = shared.KdfIterations;
        options.SaveLogInterval = shared.SaveLogInterval;
    }

    /// <summary>Null when usable, else what is wrong, for the operator (bad configuration fails at start-up). Never quotes the key.</summary>
    public string? Problem() =>
        string.IsNullOrWhiteSpace(ConnectionString) ? "Storage:ConnectionString is empty: set Storage__ConnectionString to the PostgreSQL connection string."
        : string.IsNullOrWhiteSpace(AuditKey) ? "Audit:Key is not set: with PostgreSQL the access log's key must be given as Audit__Key (base64 of 32 random bytes, e.g. from `openssl rand -base64 32`). Keep it apart from the database and back it up."
        : !Core.Audit.AuditKey.TryParse(AuditKey, out _, out var keyProblem) ? $"Audit:Key is not usable: {keyProblem}. It must be base64 of 32 random bytes."
        : KdfIterations < 1_000 ? "Storage:KdfIterations must be at least 1000 (default 210000)."
        : SaveLogInterval < TimeSpan.Zero ? "Storage:SaveLogInterval must not be negative."
        : null;

    /// <summary>The parsed audit key; <see cref="InvalidOperationException"/> with <see cref="Problem"/> when the options are not usable.</summary>
    public AuditKey ParseAuditKey() =>
        Problem() is { } problem ? throw new InvalidOperationException(problem)
        : Core.Audit.AuditKey.TryParse(AuditKey, out var key, out _) ? key! : throw new InvalidOperationException("Audit:Key is not usable.");
}
