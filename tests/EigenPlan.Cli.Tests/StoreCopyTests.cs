using EigenPlan.Core.Insights;
using EigenPlan.Core.Notifications;
using EigenPlan.Core.Plans;
using EigenPlan.Core.Security;
using EigenPlan.Core.SharedPlans;
using EigenPlan.Storage;
using EigenPlan.Storage.PostgreSql;
using EigenPlan.Storage.Tests.Conformance;
using EigenPlan.Testing.PostgreSql;

namespace EigenPlan.Cli.Tests;

/// <summary>
/// <c>eigenplan store copy</c>, the round trip: plans made in a LiteDB file (devices, a shared plan, invitations, a new
/// code, a deleted plan) are copied to a real PostgreSQL database, and there every plan opens with its code and with its
/// device credential and reads the same; links work as before, and every access log verifies. What a municipality would
/// miss after moving comes along too: who asked for e-mail (the address still opens), the evaluation notice still
/// waiting, and the insight counters.
/// </summary>
public sealed class StoreCopyTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "eigenplan-copy-" + Guid.NewGuid().ToString("N"));
    private readonly TempPostgresCluster _cluster = TempPostgresCluster.Shared;
    private readonly string _target;

    public StoreCopyTests()
    {
        Directory.CreateDirectory(_folder);
        _target = _cluster.CreateDatabase();
    }

    private string DatabasePath => Path.Combine(_folder, "eigenplan.db");

    private string AuditKeyPath => Path.Combine(_folder, "audit.key");

    public void Dispose()
    {
        _cluster.DropDatabase(_target);
        Directory.Delete(_folder, recursive: true);
    }

    private sealed record Made(List<PlanCreated> Plans, PlanCreated Deleted, DeviceCredential SecondDevice, InvitationCreated Active,
        InvitationCreated Withdrawn, PersonalCode NewCode, EvaluationNotice Notice);

    private static readonly InsightWeek Week = InsightWeek.Of(new DateOnly(2026, 11, 30));

    /// <summary>Plans as residents leave them in the LiteDB file; the file is closed afterwards, as when the app is stopped.</summary>
    private async Task<Made> MakePlansInLiteDbAsync()
    {
        using var database = new LiteDbDatabase(new StorageOptions { DatabasePath = DatabasePath, KdfIterations = 1_000 });
        var plans = new LiteDbPlanStore(database);
        var shared = new LiteDbSharedPlanStore(database);
        var created = new List<PlanCreated>();
        for (var i = 0; i < 4; i++)
        {
            created.Add(await plans.CreateAsync(StoreSamples.Plan($"Marker{i}"), StoreSamples.Laptop));
        }
        var phone = Assert.IsType<PlanOpenResult.Opened>(await plans.OpenWithCodeAsync(created[0].Code.ToString(), StoreSamples.Phone));
        await plans.SaveAsync(phone.Session, StoreSamples.Plan("Bijgewerkt"), 1);
        var sharedPlan = StoreSamples.SharedPlan(created[0], DateTime.UtcNow);
        var owner = await shared.CreateAsync(created[0].Session, sharedPlan);
        var active = await shared.InviteAsync(owner, StoreSamples.Participant(sharedPlan, "Kees"), InvitationRole.Read, DateTime.UtcNow.AddDays(30).AddTicks(7));
        var withdrawn = await shared.InviteAsync(owner, StoreSamples.Participant(sharedPlan, "Fatima"), InvitationRole.Contribute, null);
        await shared.UpdateAsync(owner, e => e.PostMessage(sharedPlan.Goals[0].Id, "Voor het kopiëren"));
        await shared.WithdrawAsync(owner, withdrawn.Invitation.Id);
        // Kees asked for e-mail, and an evaluation he joins is coming up; the municipality's weekly figures are counted.
        var notifications = new LiteDbNotificationStore(database);
        var kees = Assert.IsType<InvitationOpenResult.Opened>(await shared.OpenWithInvitationAsync(active.Token.Value)).Session;
        await notifications.SubscribeAsync(kees, "kees@voorbeeld.nl");
        var notice = new EvaluationNotice("eval1", StoreSamples.Participant(sharedPlan, "Kees"), DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10),
            DateTime.UtcNow.AddDays(7));
        await notifications.ScheduleEvaluationNoticesAsync(sharedPlan.PlanId, [notice]);
        await new LiteDbInsightStore(database).AddAsync([new InsightCount("almere", Week, InsightMetric.PlanStarted, "", 12),
            new InsightCount("almere", Week, InsightMetric.TopicWorkedOn, "wonen.wonen", 3)]);
        var changed = await plans.ChangeCodeAsync(created[1].Session, created[1].Code.ToString(), StoreSamples.Laptop);
        created[1] = created[1] with { Code = changed!.Code, Device = changed.Device };
        var deleted = created[3];
        await plans.DeleteAsync(deleted.Session);
        created.RemoveAt(3);
        return new Made(created, deleted, phone.Device, active, withdrawn, changed.Code, notice);
    }

    [Fact]
    public async Task Copy_ThenEveryPlanOpensInPostgreSql_WithItsCodeAndDevice_AndReadsTheSame()
    {
        var made = await MakePlansInLiteDbAsync();
        // Where the web app keeps them next to the database, so the copy finds them without --keys-folder.
        var keys = Directory.CreateDirectory(Path.Combine(_folder, "dataprotection-keys"));
        File.WriteAllText(Path.Combine(keys.FullName, "key-5f8e1c.xml"), "<key id=\"5f8e1c\" version=\"1\" />");

        var (code, output, error) = Cli.Run(["store", "copy", "--from", DatabasePath, "--to", _cluster.ConnectionString(_target)]);

        Assert.True(code == 0, error + output);
        Assert.Contains("Controle: in elke tabel evenveel rijen als in het LiteDB-bestand.", output, StringComparison.Ordinal);
        Assert.Contains("Controle: 4 van 4 logboeken kloppen onder de auditsleutel", output, StringComparison.Ordinal);
        Assert.Contains($"Audit__Key = de inhoud van {AuditKeyPath}", output, StringComparison.Ordinal);
        var auditKey = File.ReadAllText(AuditKeyPath).Trim();
        Assert.DoesNotContain(auditKey, output, StringComparison.Ordinal);

        await using var database = new PostgreSqlDatabase(new PostgreSqlStorageOptions
        {
            ConnectionString = _cluster.ConnectionString(_target),
            AuditKey = auditKey,
            KdfIterations = 1_000,
        });
        await database.PrepareAsync();
        var plans = new PostgreSqlPlanStore(database);
        var shared = new PostgreSqlSharedPlanStore(database);
        foreach (var (created, expected) in made.Plans.Zip(["Bijgewerkt", "Marker1", "Marker2"]))
        {
            var byCode = Assert.IsType<PlanOpenResult.Opened>(await plans.OpenWithCodeAsync(created.Code.ToString(), StoreSamples.Phone));
            Assert.Equal($"Ik heb schulden bij {expected}.", Answer(await plans.LoadAsync(byCode.Session)));
            var byDevice = await plans.OpenWithDeviceAsync(created.Device);
            Assert.NotNull(byDevice);
            Assert.Equal($"Ik heb schulden bij {expected}.", Answer(await plans.LoadAsync(byDevice)));
            var log = await plans.VerifyAccessLogAsync(byDevice);
            Assert.True(log.IsValid, log.Reason);
        }
        // The two devices from LiteDB (labels still readable under the plan key) and the one just opened with the code.
        var devices = await plans.ListDevicesAsync((await plans.OpenWithDeviceAsync(made.SecondDevice))!);
        Assert.Equal(["Firefox op Windows", "Chrome op Android", "Chrome op Android"], devices.Select(d => d.Label));
        Assert.IsType<PlanOpenResult.WrongCode>(await plans.OpenWithCodeAsync(made.Deleted.Code.ToString(), StoreSamples.Phone));
        var reader = Assert.IsType<InvitationOpenResult.Opened>(await shared.OpenWithInvitationAsync(made.Active.Token.Value)).Session;
        Assert.Equal("Voor het kopiëren", (await shared.LoadAsync(reader))!.Goals[0].Messages[^1].Text);
        Assert.IsType<InvitationOpenResult.Withdrawn>(await shared.OpenWithInvitationAsync(made.Withdrawn.Token.Value));
        var owner = await shared.OpenAsOwnerAsync((await plans.OpenWithDeviceAsync(made.Plans[0].Device))!);
        Assert.Equal(made.Active.Invitation.ExpiresUtc, (await shared.ListInvitationsAsync(owner!)).Single(i => i.Id == made.Active.Invitation.Id).ExpiresUtc);
        Assert.Equal("1", _cluster.Psql(_target, "SELECT count(*) FROM data_protection_keys").Trim());

        // E-mail: Kees's address opens under the same audit key, and his evaluation notice goes at its time, to him.
        Assert.Matches(@"notification_recipients\s+1\s+1\s+1\n", output);
        Assert.Matches(@"evaluation_notices\s+1\s+1\s+1\n", output);
        Assert.Matches(@"insight_counts\s+2\s+2\s+2\n", output);
        Assert.Equal("kees@voorbeeld.nl", (await new PostgreSqlNotificationStore(database).FindAsync(reader))?.Address);
        await using (var aWeekLater = new PostgreSqlDatabase(new PostgreSqlStorageOptions
        {
            ConnectionString = _cluster.ConnectionString(_target),
            AuditKey = auditKey,
        }, new Later(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1))))
        {
            var due = Assert.Single(await new PostgreSqlNotificationStore(aWeekLater).ClaimDueAsync(10, TimeSpan.FromMinutes(5)));
            Assert.Equal(("kees@voorbeeld.nl", made.Notice.EvaluationId, made.Notice.Date), (due.Address, due.EvaluationId, due.EvaluationDate));
        }
        // Insight: the same weekly figures for the municipality's staff.
        var figures = await new PostgreSqlInsightStore(database).ReadAsync("almere");
        Assert.Equal<(InsightMetric, string, long)>([(InsightMetric.PlanStarted, "", 12L), (InsightMetric.TopicWorkedOn, "wonen.wonen", 3L)],
            figures.Where(f => f.Week == Week).Select(f => (f.Metric, f.Key, f.Count)).Order());
    }

    private sealed class Later(TimeSpan by) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + by;
    }

    [Fact]
    public async Task Copy_IntoADatabaseWithPlans_IsRefused_AndChangesNothing()
    {
        await MakePlansInLiteDbAsync();
        Assert.Equal(0, Cli.Run(["store", "copy", "--from", DatabasePath, "--to", _cluster.ConnectionString(_target)]).Code);
        var before = _cluster.Psql(_target, "SELECT count(*) FROM access_log");

        var (code, _, error) = Cli.Run(["store", "copy", "--from", DatabasePath, "--to", _cluster.ConnectionString(_target)]);

        Assert.Equal(1, code);
        Assert.Contains("De PostgreSQL-database is niet leeg", error, StringComparison.Ordinal);
        Assert.Equal(before, _cluster.Psql(_target, "SELECT count(*) FROM access_log"));
    }

    [Fact]
    public async Task Copy_WithoutTheAuditKeyFile_IsRefused()
    {
        await MakePlansInLiteDbAsync();
        File.Delete(AuditKeyPath);

        var (code, _, error) = Cli.Run(["store", "copy", "--from", DatabasePath, "--to", _cluster.ConnectionString(_target)]);

        Assert.Equal(1, code);
        Assert.Contains("Het auditsleutelbestand", error, StringComparison.Ordinal);
    }

    private static string Answer(StoredPlan plan) => plan.Content.Topic("geldzaken.inkomen").Answer("nu");
}
