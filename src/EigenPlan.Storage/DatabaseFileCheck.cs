using EigenPlan.Core.Plans;
using LiteDB;

namespace EigenPlan.Storage;

/// <summary>
/// Reads an existing database file completely before the app uses it, without ever writing to it: a truncated or
/// damaged file stops the start with a message naming the file and what to do, instead of failing later on a resident's
/// save (or, worse, being "repaired" by opening it). LiteDB itself shortens a file whose length is not whole pages when
/// it opens it, even read-only; so the check reads through a read-only stream, or — after a crash, when a write-ahead
/// log lies next to it — on a copy of both files in a temporary folder.
/// </summary>
internal static class DatabaseFileCheck
{
    private const int PageSize = 8192;

    /// <exception cref="StoreUnavailableException">The file exists but is not a whole, readable LiteDB database.</exception>
    public static void Check(string path)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return;
        }
        var log = LogPath(path);
        try
        {
            if (file.Length == 0 || file.Length % PageSize != 0)
            {
                throw Broken(path, $"its length ({file.Length} bytes) is not a whole number of {PageSize}-byte pages: it was cut off");
            }
            if (File.Exists(log))
            {
                ReadCopy(path, log);
            }
            else
            {
                using var data = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
                using var db = new LiteDatabase(data, null, new MemoryStream());
                ReadEverything(db);
            }
        }
        catch (StoreUnavailableException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw Broken(path, ex is LiteException lite ? $"LiteDB error {lite.ErrorCode}" : ex.GetType().Name, ex);
        }
    }

    /// <summary>LiteDB's name for the write-ahead log of <paramref name="path"/>: <c>name-log.ext</c>.</summary>
    public static string LogPath(string path) =>
        Path.Combine(Path.GetDirectoryName(path) ?? "", Path.GetFileNameWithoutExtension(path) + "-log" + Path.GetExtension(path));

    /// <summary>After a crash: let LiteDB recover a copy (as it will recover the real file), then read the copy.</summary>
    private static void ReadCopy(string path, string log)
    {
        var folder = Directory.CreateTempSubdirectory("eigenplan-check-");
        try
        {
            var copy = Path.Combine(folder.FullName, Path.GetFileName(path));
            File.Copy(path, copy);
            File.Copy(log, LogPath(copy));
            using var db = new LiteDatabase(new ConnectionString { Filename = copy, Connection = ConnectionType.Direct });
            ReadEverything(db);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Every document, and every index walked from end to end (a damaged index page is not met by reading the documents).</summary>
    private static void ReadEverything(LiteDatabase db)
    {
        var indexes = db.GetCollection("$indexes").FindAll().Select(i => (Collection: i["collection"].AsString, Name: i["name"].AsString)).ToList();
        foreach (var name in db.GetCollectionNames().ToList())
        {
            var collection = db.GetCollection(name);
            var count = 0;
            foreach (var document in collection.FindAll())
            {
                _ = document.Keys.Count;
                count++;
            }
            foreach (var index in indexes.Where(i => i.Collection == name))
            {
                if (collection.Count(Query.All(index.Name)) != count)
                {
                    throw new InvalidDataException($"index {name}.{index.Name} does not match its collection");
                }
            }
        }
    }

    private static StoreUnavailableException Broken(string path, string what, Exception? inner = null)
    {
        var message = $"The plan database file {path} is damaged ({what}). The app did not start and did not change the file. "
            + "Stop the app, keep this file for investigation, and restore the database and its audit.key from your last backup "
            + "(see README, 'Back-up terugzetten'). Do not delete the file to start empty: the residents' plans are in it.";
        return inner is null ? new StoreUnavailableException(message) : new StoreUnavailableException(message, inner);
    }
}
