using EigenPlan.Core.Audit;
using EigenPlan.Core.SharedPlans;
using LiteDB;

namespace EigenPlan.Storage.Tests.LiteDb;

/// <summary>The plan store and the shared-plan store are two classes over one <see cref="LiteDbDatabase"/>.</summary>
public sealed class SplitStoreTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task DeletingThePlan_RemovesTheSharedPlanAndEveryInvitationFromTheFile()
    {
        var created = await _temp.CreateAsync();
        var plan = _temp.SharedPlan(created);
        var owner = await _temp.Shared.CreateAsync(created.Session, plan);
        foreach (var participant in plan.Participants.Where(p => p.Kind != ParticipantKind.Resident))
        {
            await _temp.Shared.InviteAsync(owner, participant.Id, InvitationRole.Read, null);
        }

        await _temp.Store.DeleteAsync(created.Session);

        _temp.Close();
        using var db = new LiteDatabase(_temp.Options.DatabasePath);
        Assert.Null(db.GetCollection("shared_plans").FindById(created.PlanId.Value));
        Assert.Equal(0, db.GetCollection("devices").Count(Query.EQ("planId", created.PlanId.Value)));
        Assert.Equal(0, db.GetCollection("invitations").Count(Query.EQ("planId", created.PlanId.Value)));
        Assert.True(db.GetCollection("plans").FindById(created.PlanId.Value).ContainsKey("deletedTicks"));
    }

    [Fact]
    public async Task SharedStore_RefusesAnOwnerSessionFromAnotherDatabase()
    {
        using var other = new TempStore();
        var created = await other.CreateAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => _temp.Shared.ExistsAsync(created.Session));
        await Assert.ThrowsAsync<ArgumentException>(() => _temp.Shared.CreateAsync(created.Session, other.SharedPlan(created)));
    }

    [Fact]
    public async Task SharedStore_RefusesASharedSessionFromAnotherDatabase()
    {
        using var other = new TempStore();
        var created = await other.CreateAsync();
        var owner = await other.Shared.CreateAsync(created.Session, other.SharedPlan(created));

        await Assert.ThrowsAsync<ArgumentException>(() => _temp.Shared.LoadAsync(owner));
    }

    [Fact]
    public async Task StoresOverTheSameDatabase_ShareOneLogChain()
    {
        var created = await _temp.CreateAsync();
        var owner = await _temp.Shared.CreateAsync(created.Session, _temp.SharedPlan(created));
        await _temp.Store.RecordAsync(created.Session, AccessAction.Printed);
        await _temp.Shared.RecordAsync(owner, AccessAction.Exported);

        Assert.Equal(4, (await _temp.Store.ReadAccessLogAsync(created.Session)).Count);
        Assert.True((await _temp.Store.VerifyAccessLogAsync(created.Session)).IsValid);
    }
}
