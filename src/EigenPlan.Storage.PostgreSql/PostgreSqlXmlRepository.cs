using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace EigenPlan.Storage.PostgreSql;

/// <summary>
/// ASP.NET Core Data Protection's key ring in the table <c>data_protection_keys</c>, so every instance signs and reads
/// cookies with the same keys and they survive restarts. Register with
/// <see cref="PostgreSqlStorageServiceCollectionExtensions.PersistKeysToEigenPlanPostgreSql"/>.
/// </summary>
/// <remarks>
/// Like Data Protection's own file and database repositories, the key XML is stored as Data Protection gives it: on
/// Linux without a key-encryption certificate that is the key itself, readable to whoever can read the table. Protect
/// it with <c>ProtectKeysWithCertificate</c> where that matters, and keep the database's access as narrow as the keys'.
/// </remarks>
public sealed class PostgreSqlXmlRepository : IXmlRepository
{
    private readonly PostgreSqlDatabase _database;

    public PostgreSqlXmlRepository(PostgreSqlDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        // The key ring may be read before the host's start-up work ran: make sure the table exists.
        _database.EnsurePreparedAsync().GetAwaiter().GetResult();
        return _database.Read("read the Data Protection keys", connection =>
        {
            using var command = connection.Command("SELECT xml FROM data_protection_keys ORDER BY id", []);
            using var reader = command.ExecuteReader();
            var elements = new List<XElement>();
            while (reader.Read())
            {
                elements.Add(XElement.Parse(reader.GetString(0)));
            }
            return elements;
        });
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        _database.EnsurePreparedAsync().GetAwaiter().GetResult();
        _database.Read("store a Data Protection key", connection =>
        {
            using var command = connection.Command("INSERT INTO data_protection_keys (friendly_name, xml) VALUES ($1, $2)",
                [friendlyName ?? "", element.ToString(SaveOptions.DisableFormatting)]);
            return command.ExecuteNonQuery();
        });
    }
}
