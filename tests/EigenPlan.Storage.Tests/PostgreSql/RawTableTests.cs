using System.Text;
using EigenPlan.Core.Plans;
using EigenPlan.Core.SharedPlans;
using EigenPlan.Storage.Tests.Conformance;
using Npgsql;

namespace EigenPlan.Storage.Tests.PostgreSql;

/// <summary>What someone who can read every table (a database administrator, a stolen dump) finds: ids, no words.</summary>
public sealed class RawTableTests : IDisposable
{
    private readonly PostgreSqlTestDatabase _database = new();
    private readonly PostgreSqlStoreSet _stores;

    public RawTableTests() => _stores = new PostgreSqlStoreSet(_database);

    public void Dispose()
    {
        _stores.Dispose();
        _database.Dispose();
    }

    [Fact]
    public async Task EveryTextAndByteaColumn_HoldsNoPlanContent_NoCode_NoSecret_NoLabel_NoToken()
    {
        var created = await _stores.Plans.CreateAsync(StoreSamples.Plan("Kwartelkoningstraat"), StoreSamples.Laptop);
        var plan = (await _stores.Plans.LoadAsync(created.Session)).Content;
        plan.House("wonen").FreeText = "Mijn geheime Pimpernelletje.";
        await _stores.Plans.SaveAsync(created.Session, plan, 1);
        var phone = Assert.IsType<PlanOpenResult.Opened>(
            await _stores.Plans.OpenWithCodeAsync(created.Code.ToString(), new NewDevice("Zeppelinbrowser op Marsfoon", false)));
        var shared = StoreSamples.SharedPlan(created, DateTime.UtcNow);
        var owner = await _stores.Shared.CreateAsync(phone.Session, shared);
        var invitation = await _stores.Shared.InviteAsync(owner, StoreSamples.Participant(shared, "Fatima"), InvitationRole.Contribute, null);
        await _stores.Shared.UpdateAsync(owner, e => e.PostMessage(shared.Goals[0].Id, "Wolkenkrabberbericht"));
        var changed = await _stores.Plans.ChangeCodeAsync(phone.Session, created.Code.ToString(), StoreSamples.Laptop);

        var values = await AllTextAndByteaValuesAsync();

        // Check the test can see text at all: the public id is stored in plain form.
        Assert.Contains(values, v => Contains(v, created.PlanId.Value, Encoding.UTF8));
        Assert.True(values.Count > 50, $"only {values.Count} values read");
        foreach (var secret in new[] { "Kwartelkoningstraat", "Pimpernelletje", "Wolkenkrabber", "Henri", "schulden", "inkomen", "Zeppelinbrowser",
                     "Firefox", "Rondkomen", "Fatima", created.Code.SecretPart, created.Code.ToString(), changed!.Code.SecretPart, changed.Code.ToString(),
                     created.Device.Secret, phone.Device.Secret, changed.Device.Secret, invitation.Token.Value, PostgreSqlTestDatabase.AuditKey })
        {
            Assert.DoesNotContain(values, v => Contains(v, secret, Encoding.UTF8) || Contains(v, secret, Encoding.Unicode));
        }
    }

    /// <summary>Every value of every text and bytea column of every table in the database, as bytes.</summary>
    private async Task<List<byte[]>> AllTextAndByteaValuesAsync()
    {
        await using var connection = _database.Connect();
        var columns = new List<(string Table, string Column)>();
        await using (var command = new NpgsqlCommand(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND data_type IN ('text', 'bytea')", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }
        Assert.Contains(("plans", "ciphertext"), columns);
        Assert.Contains(("invitations", "shared_key"), columns);
        var values = new List<byte[]>();
        foreach (var (table, column) in columns)
        {
            await using var command = new NpgsqlCommand($"SELECT \"{column}\" FROM \"{table}\" WHERE \"{column}\" IS NOT NULL", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                values.Add(reader.GetValue(0) switch
                {
                    byte[] bytes => bytes,
                    string text => Encoding.UTF8.GetBytes(text),
                    var other => throw new InvalidOperationException($"{table}.{column} is {other.GetType()}"),
                });
            }
        }
        return values;
    }

    private static bool Contains(byte[] haystack, string needle, Encoding encoding) => haystack.AsSpan().IndexOf(encoding.GetBytes(needle)) >= 0;
}
