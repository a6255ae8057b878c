using EigenPlan.Storage.PostgreSql;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EigenPlan.Storage.Tests.PostgreSql;

/// <summary>The Data Protection key ring in the database: what one instance protects, another (or a restarted one) unprotects.</summary>
public sealed class DataProtectionKeyTests : IDisposable
{
    private readonly PostgreSqlTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private ServiceProvider Instance()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = _database.ConnectionString,
            ["Audit:Key"] = PostgreSqlTestDatabase.AuditKey,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddEigenPlanPostgreSqlStorage(configuration);
        services.AddDataProtection().SetApplicationName("eigenplan").PersistKeysToEigenPlanPostgreSql();
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task WhatOneInstanceProtects_AnotherInstanceUnprotects_WithOneKeyInTheTable()
    {
        string protectedText;
        await using (var first = Instance())
        {
            protectedText = first.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Protect("eigenplan-sessie");
        }

        await using var second = Instance();
        var text = second.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Unprotect(protectedText);

        Assert.Equal("eigenplan-sessie", text);
        Assert.Equal("1", _database.Psql("SELECT count(*) FROM data_protection_keys").Trim());
        Assert.StartsWith("<key id=", _database.Psql("SELECT xml FROM data_protection_keys").Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRepository_ReturnsWhatWasStored_InOrder()
    {
        await using var database = new PostgreSqlDatabase(_database.Options());
        var repository = new PostgreSqlXmlRepository(database);

        repository.StoreElement(new System.Xml.Linq.XElement("key", new System.Xml.Linq.XAttribute("id", "een")), "key-een");
        repository.StoreElement(new System.Xml.Linq.XElement("key", new System.Xml.Linq.XAttribute("id", "twee")), "key-twee");

        Assert.Equal(["een", "twee"], new PostgreSqlXmlRepository(database).GetAllElements().Select(e => e.Attribute("id")!.Value));
    }
}
