using EigenPlan.Core.Security;
using Microsoft.Extensions.Configuration;

namespace EigenPlan.Storage;

/// <summary>Settings under <c>Storage:</c> in configuration.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>
    /// The folder next to the LiteDB file that holds ASP.NET Core Data Protection's keys (they encrypt the app's cookies).
    /// One name for the web app, which writes it, and <c>eigenplan store copy</c>, which moves it into PostgreSQL.
    /// </summary>
    public const string DataProtectionKeysFolderName = "dataprotection-keys";

    /// <summary>The LiteDB file; relative paths are taken from the content root (or the current directory).</summary>
    public string DatabasePath { get; set; } = "data/eigenplan.db";

    /// <summary>
    /// The audit key file (the access log's MAC key, kept outside the database); <c>audit.key</c> next to the database
    /// when not set. Back it up with the database.
    /// </summary>
    public string? AuditKeyPath { get; set; }

    /// <summary>PBKDF2 iterations for new plans and new codes. Keep the default in production; tests lower it to run fast.</summary>
    public int KdfIterations { get; set; } = PlanCrypto.DefaultIterations;

    /// <summary>Saves by one session within this time share one access log entry.</summary>
    public TimeSpan SaveLogInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The database file as an absolute path: a relative <see cref="DatabasePath"/> is taken from <paramref name="root"/>.</summary>
    public string FullDatabasePath(string root) => Path.GetFullPath(DatabasePath, root);

    /// <summary>The Data Protection key folder that belongs with the database file <paramref name="databasePath"/>.</summary>
    public static string DataProtectionKeysFolder(string databasePath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath))!, DataProtectionKeysFolderName);

    /// <summary>Reads the section by hand: the project does not take the configuration binder package for four values.</summary>
    public static void Bind(IConfiguration section, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(options);
        options.DatabasePath = section[nameof(DatabasePath)] ?? options.DatabasePath;
        options.AuditKeyPath = section[nameof(AuditKeyPath)] is { Length: > 0 } keyPath ? keyPath : options.AuditKeyPath;
        options.KdfIterations = ReadInt(section, nameof(KdfIterations)) ?? options.KdfIterations;
        options.SaveLogInterval = ReadTime(section, nameof(SaveLogInterval)) ?? options.SaveLogInterval;
    }

    /// <summary>Null when usable, else what is wrong (bad configuration fails at start-up).</summary>
    public string? Problem() =>
        string.IsNullOrWhiteSpace(DatabasePath) ? "Storage:DatabasePath is empty."
        : KdfIterations < 1_000 ? "Storage:KdfIterations must be at least 1000 (default 210000)."
        : SaveLogInterval < TimeSpan.Zero ? "Storage:SaveLogInterval must not be negative."
        : null;

    private static int? ReadInt(IConfiguration section, string key) =>
        section[key] is { } text
            ? int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : throw Invalid(key, text)
            : null;

    private static TimeSpan? ReadTime(IConfiguration section, string key) =>
        section[key] is { } text
            ? TimeSpan.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : throw Invalid(key, text)
            : null;

    private static InvalidOperationException Invalid(string key, string text) =>
        new($"{SectionName}:{key} has an invalid value '{text}'.");
}
