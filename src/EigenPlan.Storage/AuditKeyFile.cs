using EigenPlan.Core.Audit;
using EigenPlan.Core.Plans;

namespace EigenPlan.Storage;

/// <summary>
/// The LiteDB provider's audit key: a file (base64 of 32 random bytes) next to the database, created with mode 0600 on
/// first start and read on later starts. It is kept out of the database on purpose: someone who can change the
/// database file but not this file cannot forge log entries. A missing key for a database that already has keyed logs,
/// or an unreadable or malformed file, stops the start with a message that says what to do; the key is never replaced.
/// </summary>
internal static class AuditKeyFile
{
    public const string FileName = "audit.key";

    /// <param name="path">The key file.</param>
    /// <param name="databaseHasKeyedLogs">True when the database already holds head anchors: a new key would make them all unverifiable.</param>
    public static AuditKey LoadOrCreate(string path, bool databaseHasKeyedLogs)
    {
        if (File.Exists(path))
        {
            return Load(path);
        }
        if (databaseHasKeyedLogs)
        {
            throw new StoreUnavailableException(
                $"The audit key file {path} is missing, but the database next to it has access logs signed with a key. "
                + "Restore the key file from the backup you made with the database (without it no access log can be verified). "
                + "The app did not start and did not make a new key.");
        }
        var key = AuditKey.Generate();
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }
            using (var writer = new StreamWriter(new FileStream(path, options)))
            {
                writer.WriteLine(key.ToBase64());
            }
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process made it at the same moment: use theirs.
            return Load(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StoreUnavailableException($"The audit key file {path} could not be created ({ex.GetType().Name}). Check that the data folder is writable.", ex);
        }
    }

    private static AuditKey Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StoreUnavailableException(
                $"The audit key file {path} cannot be read ({ex.GetType().Name}). Give the app's user read access to it; do not replace it.", ex);
        }
        if (!AuditKey.TryParse(text, out var key, out var problem))
        {
            throw new StoreUnavailableException(
                $"The audit key file {path} is damaged: {problem}. Restore it from your backup; do not replace it with a new key "
                + "(the existing access logs would no longer verify). The app did not start.");
        }
        return key!;
    }
}
