using EigenPlan.Core.Audit;
using EigenPlan.Core.Plans;
using EigenPlan.Storage.PostgreSql;

namespace EigenPlan.Storage.Tests.PostgreSql;

/// <summary>The audit key comes from configuration (never the database), is required, and must be the database's own.</summary>
public sealed class AuditKeyTests : IDisposable
{
    private readonly PostgreSqlTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Theory]
    [InlineData(null, "Audit:Key is not set")]
    [InlineData("", "Audit:Key is not set")]
    [InlineData("geen-base64!", "not base64")]
    [InlineData("AAAA", "3 bytes instead of 32")]
    public void WithoutAUsableAuditKey_TheDatabaseDoesNotOpen(string? key, string problem)
    {
        var options = _database.Options();
        options.AuditKey = key;

        var failure = Assert.Throws<ArgumentException>(() => new PostgreSqlDatabase(options));

        Assert.Contains(problem, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherKeyThanTheDatabaseWasStartedWith_StopsTheStart_WithoutSayingTheKey()
    {
        await using (var first = new PostgreSqlDatabase(_database.Options()))
        {
            await first.PrepareAsync();
        }
        var otherKey = AuditKey.Generate().ToBase64();

        await using var second = new PostgreSqlDatabase(_database.Options(auditKey: otherKey));
        var failure = await Assert.ThrowsAsync<StoreUnavailableException>(() => second.PrepareAsync());

        Assert.Contains("Audit:Key is not the key this database's access logs were signed with", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(otherKey, failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(PostgreSqlTestDatabase.AuditKey, failure.Message, StringComparison.Ordinal);
        // The database keeps no key, only a MAC of a fixed text.
        Assert.DoesNotContain(PostgreSqlTestDatabase.AuditKey, _database.Psql("SELECT mac FROM audit_key_check"), StringComparison.Ordinal);
    }
}
