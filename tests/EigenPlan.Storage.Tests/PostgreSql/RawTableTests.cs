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

    [Fact]
    public async Task NotificationAddress_IsSealed_NotReadableInAnyColumn()
    {
        var created = await _stores.Plans.CreateAsync(StoreSamples.Plan(), StoreSamples.Laptop);
        var shared = StoreSamples.SharedPlan(created, DateTime.UtcNow);
        var owner = await _stores.Shared.CreateAsync(created.Session, shared);
        var invitation = await _stores.Shared.InviteAsync(owner, StoreSamples.Participant(shared, "Fatima"), InvitationRole.Contribute, null);
        var sister = Assert.IsType<InvitationOpenResult.Opened>(await _stores.Shared.OpenWithInvitationAsync(invitation.Token.Value)).Session;
        await _stores.Notifications.SubscribeAsync(sister, "zeldzaamadres@voorbeeld.nl");

        var values = await AllTextAndByteaValuesAsync();

        Assert.Contains(values, v => Contains(v, invitation.Invitation.Id, Encoding.UTF8));
        Assert.DoesNotContain(values, v => Contains(v, "zeldzaamadres", Encoding.UTF8));
    }

    /// <summary>
    /// The proof: <c>insight_counts</c> has exactly municipality, ISO week, metric, key and count — no id or
    /// sequence column, no time finer than the week, no plan id — and counting again adds to the same row.
    /// </summary>
    [Fact]
    public async Task InsightRows_CannotBeJoinedBackToAPlan()
    {
        var created = await _stores.Plans.CreateAsync(StoreSamples.Plan(), StoreSamples.Laptop);
        var week = new Core.Insights.InsightWeek(2026, 10);
        await _stores.Insights.AddAsync([new("almere", week, Core.Insights.InsightMetric.PlanStarted, "", 1)]);
        await _stores.Insights.AddAsync([new("almere", week, Core.Insights.InsightMetric.PlanStarted, "", 1)]);

        await using var connection = _database.Connect();
        var columns = new List<(string Name, string Type, bool Identity, bool HasDefault)>();
        await using (var command = new NpgsqlCommand(
            "SELECT column_name, data_type, is_identity = 'YES', column_default IS NOT NULL FROM information_schema.columns "
            + "WHERE table_schema = 'public' AND table_name = 'insight_counts' ORDER BY column_name", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1), reader.GetBoolean(2), reader.GetBoolean(3)));
            }
        }
        Assert.Equal([("count", "bigint"), ("key", "text"), ("metric", "text"), ("municipality", "text"), ("week", "text")],
            columns.Select(c => (c.Name, c.Type)));
        Assert.DoesNotContain(columns, c => c.Identity || c.HasDefault);
        await using var rows = new NpgsqlCommand("SELECT municipality, week, metric, key, count FROM insight_counts", connection);
        await using var read = await rows.ExecuteReaderAsync();
        Assert.True(await read.ReadAsync());
        Assert.Equal(("almere", "2026-W10", "plan_started", "", 2L), (read.GetString(0), read.GetString(1), read.GetString(2), read.GetString(3), read.GetInt64(4)));
        Assert.DoesNotContain(created.PlanId.Value, string.Join("|", read.GetString(0), read.GetString(1), read.GetString(3)), StringComparison.Ordinal);
        Assert.False(await read.ReadAsync());
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
