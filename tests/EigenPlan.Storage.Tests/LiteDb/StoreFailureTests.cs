using EigenPlan.Core.Audit;
using EigenPlan.Core.Plans;
using EigenPlan.Core.SharedPlans;
using EigenPlan.Storage.Tests.Conformance;
using LiteDB;

namespace EigenPlan.Storage.Tests.LiteDb;

/// <summary>LiteDB's and the disk's failures leave the stores as <see cref="StoreUnavailableException"/>, with ids only.</summary>
[Collection(nameof(RunsAlone))]
public sealed class StoreFailureTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task ClosedDatabase_EveryCallOfBothStores_IsStoreUnavailable()
    {
        var created = await _temp.CreateAsync();
        var plan = _temp.SharedPlan(created);
        var owner = await _temp.Shared.CreateAsync(created.Session, plan);
        var invitation = await _temp.Shared.InviteAsync(owner, plan.Participants[^1].Id, InvitationRole.Read, null);

        _temp.Close();

        var failures = new List<StoreUnavailableException>
        {
            await Assert.ThrowsAsync<StoreUnavailableException>(() => _temp.Store.LoadAsync(created.Session)),
            await Assert.ThrowsAsync<StoreUnavailableException>(() => _temp.Store.SaveAsync(created.Session, StoreSamples.Plan(), 1)),
            await Assert.ThrowsAsync<StoreUnavailableException>(() => _temp.Store.DeleteAsync(created.Session)),
            await Assert.ThrowsAsync<StoreUnavailableException>(() => _temp.Store.RecordAsync(created.Session, AccessAction.Printed)),
            await Assert.ThrowsAsync<StoreUnavailableException>(() => _temp.Store.ReadAccessLogAsync(created.Session)),
            await Assert.ThrowsAsync<StoreUnavailableException>(() => _temp.Store.OpenWithDeviceAsync(created.Device)),
            await Assert.ThrowsAsync<StoreUnavailableException>(() => _temp.Store.OpenWithCodeAsync(created.Code.ToString(), StoreSamples.Phone)),
            await Assert.ThrowsAsync<StoreUnavailableException>(() => _temp.Shared.OpenAsOwnerAsync(created.Session)),
            await Assert.ThrowsAsync<StoreUnavailableException>(() => _temp.Shared.LoadAsync(owner)),
            await Assert.ThrowsAsync<StoreUnavailableException>(() => _temp.Shared.UpdateAsync(owner, e => e.PostMessage(plan.Goals[0].Id, "Hoi"))),
            await Assert.ThrowsAsync<StoreUnavailableException>(() => _temp.Shared.ListInvitationsAsync(owner)),
            await Assert.ThrowsAsync<StoreUnavailableException>(() => _temp.Store.ListDevicesAsync(created.Session)),
            await Assert.ThrowsAsync<StoreUnavailableException>(() => _temp.Store.RevokeDeviceAsync(created.Session, created.Device.DeviceId)),
            await Assert.ThrowsAsync<StoreUnavailableException>(() => _temp.Store.CheckCodeAsync(created.Session, created.Code.ToString())),
            await Assert.ThrowsAsync<StoreUnavailableException>(() => _temp.Store.ChangeCodeAsync(created.Session, created.Code.ToString(), StoreSamples.Laptop)),
            await Assert.ThrowsAsync<StoreUnavailableException>(() => _temp.Store.VerifyAccessLogAsync(created.Session)),
            await Assert.ThrowsAsync<StoreUnavailableException>(() => _temp.Shared.ExtendInvitationAsync(owner, invitation.Invitation.Id, DateTime.UtcNow.AddDays(200))),
            await Assert.ThrowsAsync<StoreUnavailableException>(() => _temp.Shared.WithdrawAsync(owner, invitation.Invitation.Id)),
        };
        var byLink = await Assert.ThrowsAsync<StoreUnavailableException>(() => _temp.Shared.OpenWithInvitationAsync(invitation.Token.Value));

        Assert.All(failures, f => Assert.Contains(created.PlanId.Value, f.Message, StringComparison.Ordinal));
        Assert.All(failures.Append(byLink), f => Assert.Contains("closed", f.Message, StringComparison.Ordinal));
        Assert.DoesNotContain(invitation.Token.Value, byLink.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<StoreUnavailableException>(() => _temp.CreateAsync());
    }

    [Fact]
    public async Task PlanTooBigForOneDocument_SaveIsStoreUnavailable_WithIdsOnly()
    {
        var created = await _temp.CreateAsync();
        var plan = StoreSamples.Plan("Kwartelkoning");
        // Random base64 does not compress: well over LiteDB's 16 MB document limit once encrypted.
        plan.House("wonen").FreeText = Convert.ToBase64String(new Random(7).GetItems<byte>(Enumerable.Range(0, 256).Select(i => (byte)i).ToArray(), 18_000_000));

        var failure = await Assert.ThrowsAsync<StoreUnavailableException>(() => _temp.Store.SaveAsync(created.Session, plan, 1));

        Assert.IsType<LiteException>(failure.InnerException);
        Assert.Contains(created.PlanId.Value, failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Kwartelkoning", failure.ToString(), StringComparison.Ordinal);
        // LiteDB rolled the write back cleanly: the plan is as it was, and the store still works.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var loaded = await _temp.Store.LoadAsync(created.Session);
        Assert.Contains("Zonnebloemveld", loaded.Content.Topic("geldzaken.inkomen").Answer("nu"), StringComparison.Ordinal);
        Assert.Equal(1, loaded.Version);
        Assert.IsType<SaveResult.Saved>(await _temp.Store.SaveAsync(created.Session, StoreSamples.Plan("Kwartelkoning"), 1));
    }
}
