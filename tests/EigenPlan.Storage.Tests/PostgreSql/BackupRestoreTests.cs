using System.Globalization;
using EigenPlan.Core.Plans;
using EigenPlan.Core.SharedPlans;
using EigenPlan.Storage.Tests.Conformance;

namespace EigenPlan.Storage.Tests.PostgreSql;

/// <summary>
/// The backup and restore of docs/operations/backup.md, done as written: <c>pg_dump -Fc</c> of a database with plans,
/// <c>pg_restore</c> into a new database, and an app instance on the copy (the same <c>Audit__Key</c>) opens every plan
/// with its code and its devices, the invitation link still works, and every access log verifies.
/// </summary>
public sealed class BackupRestoreTests : IDisposable
{
    private readonly PostgreSqlTestDatabase _original = new();
    private readonly PostgreSqlTestDatabase _restored = new();

    public void Dispose()
    {
        _original.Dispose();
        _restored.Dispose();
    }

    [Fact]
    public async Task DumpAndRestore_EveryPlanOpensWithItsCodeAndDevice_LinksWork_LogsVerify()
    {
        var created = new List<PlanCreated>();
        InvitationCreated invitation;
        using (var stores = new PostgreSqlStoreSet(_original))
        {
            for (var i = 0; i < 3; i++)
            {
                created.Add(await stores.Plans.CreateAsync(StoreSamples.Plan($"Plan{i}"), StoreSamples.Laptop));
            }
            await stores.Plans.SaveAsync(created[1].Session, StoreSamples.Plan("Bewaard"), 1);
            var shared = StoreSamples.SharedPlan(created[0], DateTime.UtcNow);
            var owner = await stores.Shared.CreateAsync(created[0].Session, shared);
            invitation = await stores.Shared.InviteAsync(owner, StoreSamples.Participant(shared, "Fatima"), InvitationRole.Contribute, null);
            await stores.Plans.DeleteAsync(created[2].Session);
        }
        var dump = Path.Combine(_original.Cluster.Folder, $"backup-{Guid.NewGuid():N}.dump");
        var port = _original.Cluster.Port.ToString(CultureInfo.InvariantCulture);

        _original.Cluster.RunServerTool("pg_dump", ["-h", "127.0.0.1", "-p", port, "-U", "postgres", "--format=custom", "--file", dump, _original.Name]);
        _restored.Cluster.RunServerTool("pg_restore", ["-h", "127.0.0.1", "-p", port, "-U", "postgres", "--no-owner", "--exit-on-error",
            "--dbname", _restored.Name, dump]);
        File.Delete(dump);

        using var restored = new PostgreSqlStoreSet(_restored);
        var byCode = Assert.IsType<PlanOpenResult.Opened>(await restored.Plans.OpenWithCodeAsync(created[1].Code.ToString(), StoreSamples.Phone));
        var saved = await restored.Plans.LoadAsync(byCode.Session);
        Assert.Equal(("Ik heb schulden bij Bewaard.", 2L), (Answer(saved), saved.Version));
        var byDevice = await restored.Plans.OpenWithDeviceAsync(created[0].Device);
        Assert.Equal("Ik heb schulden bij Plan0.", Answer(await restored.Plans.LoadAsync(byDevice!)));
        Assert.IsType<PlanOpenResult.WrongCode>(await restored.Plans.OpenWithCodeAsync(created[2].Code.ToString(), StoreSamples.Phone));
        var link = Assert.IsType<InvitationOpenResult.Opened>(await restored.Shared.OpenWithInvitationAsync(invitation.Token.Value));
        Assert.Equal(2, (await restored.Shared.LoadAsync(link.Session))!.Goals.Count);
        Assert.True((await restored.Plans.VerifyAccessLogAsync(byCode.Session)).IsValid);
        Assert.True((await restored.Plans.VerifyAccessLogAsync(byDevice!)).IsValid);
    }

    private static string Answer(StoredPlan plan) => plan.Content.Topic("geldzaken.inkomen").Answer("nu");
}
