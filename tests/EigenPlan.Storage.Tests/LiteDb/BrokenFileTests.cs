using System.Security.Cryptography;
using EigenPlan.Core.Audit;
using EigenPlan.Core.Plans;
using EigenPlan.Storage.Tests.Conformance;

namespace EigenPlan.Storage.Tests.LiteDb;

/// <summary>
/// A damaged database file or audit key stops the start with a message that names the file and says what to do, and
/// leaves the file exactly as it was (issue 12). A file after a crash, with its write-ahead log beside it, still opens.
/// </summary>
public sealed class BrokenFileTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    private string DatabasePath => _temp.Options.DatabasePath;

    private async Task<byte[]> ClosedFileWithAPlanAsync()
    {
        for (var i = 0; i < 20; i++)
        {
            await _temp.CreateAsync();
        }
        _temp.Close();
        return File.ReadAllBytes(DatabasePath);
    }

    private StoreUnavailableException RefusedStart() =>
        Assert.Throws<StoreUnavailableException>(() => new LiteDbDatabase(_temp.Options, _temp.Clock).Dispose());

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task TruncatedFile_RefusesToStart_NamingTheFile_AndLeavesItAlone(int keepPartsOf)
    {
        var bytes = await ClosedFileWithAPlanAsync();
        File.WriteAllBytes(DatabasePath, bytes[..(bytes.Length * (keepPartsOf - 1) / keepPartsOf)]);
        var before = File.ReadAllBytes(DatabasePath);

        var failure = RefusedStart();

        Assert.Contains(DatabasePath, failure.Message, StringComparison.Ordinal);
        Assert.Contains("backup", failure.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(DatabasePath));
    }

    [Fact]
    public async Task TruncatedOnAPageBoundary_RefusesToStart_AndLeavesItAlone()
    {
        var bytes = await ClosedFileWithAPlanAsync();
        File.WriteAllBytes(DatabasePath, bytes[..(bytes.Length / 2 / 8192 * 8192)]);
        var before = File.ReadAllBytes(DatabasePath);

        var failure = RefusedStart();

        Assert.Contains(DatabasePath, failure.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(DatabasePath));
    }

    [Fact]
    public async Task RandomBytes_RefuseToStart_NamingTheFile_AndAreLeftAlone()
    {
        var bytes = await ClosedFileWithAPlanAsync();
        File.WriteAllBytes(DatabasePath, RandomNumberGenerator.GetBytes(bytes.Length));
        var before = File.ReadAllBytes(DatabasePath);

        var failure = RefusedStart();

        Assert.Contains(DatabasePath, failure.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(DatabasePath));
    }

    [Fact]
    public async Task DamagedPages_RefuseToStart_AndAreLeftAlone()
    {
        var bytes = await ClosedFileWithAPlanAsync();
        for (var i = 3 * 8192; i < 3 * 8192 + 600; i++)
        {
            bytes[i] ^= 0x5A;
        }
        File.WriteAllBytes(DatabasePath, bytes);

        Assert.Contains(DatabasePath, RefusedStart().Message, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(DatabasePath));
    }

    [Fact]
    public async Task EmptyFile_RefusesToStart()
    {
        await ClosedFileWithAPlanAsync();
        File.WriteAllBytes(DatabasePath, []);

        Assert.Contains(DatabasePath, RefusedStart().Message, StringComparison.Ordinal);
        Assert.Empty(File.ReadAllBytes(DatabasePath));
    }

    [Fact]
    public async Task EveryWrite_IsInTheFileWhenItReturns_AsAProcessKilledThenWouldFindIt()
    {
        // LiteDB 5 returns from a commit before its background writer has written the change; the store waits for it.
        for (var round = 0; round < 20; round++)
        {
            using var temp = new TempStore();
            var created = await temp.CreateAsync();
            var crashAfterCreate = CopyWhileOpen(temp, "create");
            var saved = Assert.IsType<SaveResult.Saved>(await temp.Store.SaveAsync(created.Session, StoreSamples.Plan($"ronde {round}"), 1));
            var crashAfterSave = CopyWhileOpen(temp, "save");

            Assert.Equal(1, (await LoadCopyAsync(crashAfterCreate, created)).Version);
            var loaded = await LoadCopyAsync(crashAfterSave, created);
            Assert.Equal(($"Ik heb schulden bij ronde {round}.", saved.Version), (loaded.Content.Topic("geldzaken.inkomen").Answer("nu"), loaded.Version));
        }
    }

    private async Task<StoredPlan> LoadCopyAsync(string folder, PlanCreated created)
    {
        using var database = new LiteDbDatabase(new StorageOptions { DatabasePath = Path.Combine(folder, "plans.db"), KdfIterations = 1_000 }, _temp.Clock);
        var store = new LiteDbPlanStore(database);
        var session = await store.OpenWithDeviceAsync(created.Device);
        Assert.NotNull(session);
        return await store.LoadAsync(session);
    }

    [Fact]
    public async Task FileAfterACrash_WithItsWriteAheadLog_PassesTheCheck_AndOpensWithEverythingCommitted()
    {
        var created = await _temp.CreateAsync();
        _temp.Close();
        // Changes committed to the write-ahead log but not yet moved into the data file, as a crash can leave them.
        using (var db = new LiteDB.LiteDatabase(new LiteDB.ConnectionString { Filename = DatabasePath, Connection = LiteDB.ConnectionType.Direct }))
        {
            db.GetCollection("extra").Insert(new LiteDB.BsonDocument { ["_id"] = "na-de-crash" });
            db.Commit();
            Thread.Sleep(300);
            var crash = CopyWhileOpen(_temp, "crash");
            Assert.True(new FileInfo(Path.Combine(crash, "plans-log.db")).Length > 0, "the crash copy should have a write-ahead log");
            var before = File.ReadAllBytes(Path.Combine(crash, "plans.db"));

            using var database = new LiteDbDatabase(new StorageOptions { DatabasePath = Path.Combine(crash, "plans.db"), KdfIterations = 1_000 }, _temp.Clock);

            Assert.NotNull(await new LiteDbPlanStore(database).OpenWithDeviceAsync(created.Device));
            Assert.NotEmpty(before);
        }
    }

    /// <summary>Copies the database folder while the database is open, as a killed process leaves it.</summary>
    private static string CopyWhileOpen(TempStore temp, string name)
    {
        var crash = Path.Combine(temp.Folder, name);
        Directory.CreateDirectory(crash);
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(temp.Options.DatabasePath)!))
        {
            using var source = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var target = File.Create(Path.Combine(crash, Path.GetFileName(file)));
            source.CopyTo(target);
        }
        return crash;
    }

    [Fact]
    public async Task AuditKey_IsCreatedNextToTheDatabase_OwnerOnly_AndKeptAcrossRestarts()
    {
        var created = await _temp.CreateAsync();
        var key = File.ReadAllText(_temp.AuditKeyPath);
        Assert.True(AuditKey.TryParse(key, out _, out _));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_temp.AuditKeyPath));
        }

        var store = _temp.Restart();

        Assert.Equal(key, File.ReadAllText(_temp.AuditKeyPath));
        var session = await store.OpenWithDeviceAsync(created.Device);
        Assert.True((await store.VerifyAccessLogAsync(session!)).IsValid);
    }

    [Fact]
    public async Task AuditKey_Missing_ForADatabaseWithSignedLogs_RefusesToStart_AndMakesNoNewKey()
    {
        await ClosedFileWithAPlanAsync();
        File.Delete(_temp.AuditKeyPath);

        var failure = RefusedStart();

        Assert.Contains(_temp.AuditKeyPath, failure.Message, StringComparison.Ordinal);
        Assert.Contains("Restore", failure.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.AuditKeyPath));
    }

    [Theory]
    [InlineData("")]
    [InlineData("geen sleutel")]
    [InlineData("AAAA")]
    public async Task AuditKey_Damaged_RefusesToStart_AndIsLeftAlone(string content)
    {
        await ClosedFileWithAPlanAsync();
        File.WriteAllText(_temp.AuditKeyPath, content);

        var failure = RefusedStart();

        Assert.Contains(_temp.AuditKeyPath, failure.Message, StringComparison.Ordinal);
        Assert.Equal(content, File.ReadAllText(_temp.AuditKeyPath));
    }

    [Fact]
    public async Task AuditKey_Replaced_EveryLogFailsToVerify()
    {
        var created = await _temp.CreateAsync();
        _temp.Close();
        File.WriteAllText(_temp.AuditKeyPath, AuditKey.Generate().ToBase64());

        var store = _temp.Restart();
        var session = await store.OpenWithDeviceAsync(created.Device);

        Assert.False((await store.VerifyAccessLogAsync(session!)).IsValid);
    }
}
