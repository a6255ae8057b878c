using EigenPlan.Core.Audit;
using EigenPlan.Core.Plans;
using EigenPlan.Core.SharedPlans;
using LiteDB;

namespace EigenPlan.Storage.Tests;

/// <summary>LiteDB's and the disk's failures leave the stores as <see cref="StoreUnavailableException"/>, with ids only.</summary>
[Collection(nameof(RunsAlone))]
public sealed class StoreFailureTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task ClosedDatabase_EveryCallOfBothStores_IsStoreUnavailable()
    {
        var created = await _temp.Store.CreateAsync(TempStore.Plan());
        var plan = _temp.SharedPlan(created);
        var owner = await _temp.Shared.CreateAsync(created.Session, plan);
        var invitation = await _temp.Shared.InviteAsync(owner, plan.Participants[^1].Id, InvitationRole.Read, null);

        _temp.Close();

        var failures = new List<StoreUnavailableException>
        {
            await Assert.ThrowsAsync<StoreUnavailableException>(() => _temp.Store.LoadAsync(created.Session)),
            await Assert.ThrowsAsync<StoreUnavailableException>(() => _temp.Store.SaveAsync(created.Session, TempStore.Plan())),
            await Assert.ThrowsAsync<StoreUnavailableException>(() => _temp.Store.DeleteAsync(created.Session)),
            await Assert.ThrowsAsync<StoreUnavailableException>(() => _temp.Store.RecordAsync(created.Session, AccessAction.Printed)),
            await Assert.ThrowsAsync<StoreUnavailableException>(() => _temp.Store.ReadAccessLogAsync(created.Session)),
            await Assert.ThrowsAsync<StoreUnavailableException>(() => _temp.Store.OpenWithDeviceKeyAsync(created.PlanId.Value, created.DeviceKey.Value)),
            await Assert.ThrowsAsync<StoreUnavailableException>(() => _temp.Store.OpenWithCodeAsync(created.Code.ToString(), "c")),
            await Assert.ThrowsAsync<StoreUnavailableException>(() => _temp.Shared.OpenAsOwnerAsync(created.Session)),
            await Assert.ThrowsAsync<StoreUnavailableException>(() => _temp.Shared.LoadAsync(owner)),
            await Assert.ThrowsAsync<StoreUnavailableException>(() => _temp.Shared.UpdateAsync(owner, e => e.PostMessage(plan.Goals[0].Id, "Hoi"))),
            await Assert.ThrowsAsync<StoreUnavailableException>(() => _temp.Shared.ListInvitationsAsync(owner)),
        };
        var byLink = await Assert.ThrowsAsync<StoreUnavailableException>(() => _temp.Shared.OpenWithInvitationAsync(invitation.Token.Value));

        Assert.All(failures, f => Assert.Contains(created.PlanId.Value, f.Message, StringComparison.Ordinal));
        Assert.All(failures.Append(byLink), f => Assert.Contains("closed", f.Message, StringComparison.Ordinal));
        Assert.DoesNotContain(invitation.Token.Value, byLink.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<StoreUnavailableException>(() => _temp.Store.CreateAsync(TempStore.Plan()));
    }

    [Fact]
    public async Task PlanTooBigForOneDocument_SaveIsStoreUnavailable_WithIdsOnly()
    {
        var created = await _temp.Store.CreateAsync(TempStore.Plan());
        var plan = TempStore.Plan("Kwartelkoning");
        // Random base64 does not compress: well over LiteDB's 16 MB document limit once encrypted.
        plan.House("wonen").FreeText = Convert.ToBase64String(new Random(7).GetItems<byte>(Enumerable.Range(0, 256).Select(i => (byte)i).ToArray(), 18_000_000));

        var failure = await Assert.ThrowsAsync<StoreUnavailableException>(() => _temp.Store.SaveAsync(created.Session, plan));

        Assert.IsType<LiteException>(failure.InnerException);
        Assert.Contains(created.PlanId.Value, failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Kwartelkoning", failure.ToString(), StringComparison.Ordinal);
        // LiteDB rolled the write back cleanly: the plan is as it was, and the store still works.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Assert.Contains("Zonnebloemveld", (await _temp.Store.LoadAsync(created.Session)).Topic("geldzaken.inkomen").Answer("nu"), StringComparison.Ordinal);
        await _temp.Store.SaveAsync(created.Session, TempStore.Plan("Kwartelkoning"));
    }
}
