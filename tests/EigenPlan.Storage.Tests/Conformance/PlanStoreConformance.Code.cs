using EigenPlan.Core.Audit;
using EigenPlan.Core.Plans;
using EigenPlan.Core.SharedPlans;

namespace EigenPlan.Storage.Tests.Conformance;

// Asking the code again, and a new code that closes every other device.
public abstract partial class PlanStoreConformance
{
    [Fact]
    public async Task CheckCode_TrueOnlyForThisPlansCode()
    {
        var created = await CreateAsync();
        var other = await CreateAsync();

        Assert.True(await Plans.CheckCodeAsync(created.Session, created.Code.ToString().ToLowerInvariant()));
        Assert.False(await Plans.CheckCodeAsync(created.Session, StoreSamples.WrongSecret(created)));
        Assert.False(await Plans.CheckCodeAsync(created.Session, other.Code.ToString()));
        Assert.False(await Plans.CheckCodeAsync(created.Session, "geen code"));
        Assert.Equal(AccessAction.OpenFailed, (await Plans.ReadAccessLogAsync(created.Session))[^1].Action);
    }

    [Fact]
    public async Task ChangeCode_WithAWrongCurrentCode_ChangesNothing()
    {
        var created = await CreateAsync();
        var (_, phoneDevice) = await OpenSecondDeviceAsync(created);

        Assert.Null(await Plans.ChangeCodeAsync(created.Session, StoreSamples.WrongSecret(created), StoreSamples.Laptop));

        Assert.NotNull(await Plans.OpenWithDeviceAsync(phoneDevice));
        Assert.IsType<PlanOpenResult.Opened>(await Plans.OpenWithCodeAsync(created.Code.ToString(), StoreSamples.Phone));
    }

    [Fact]
    public async Task ChangeCode_OldCodeAndEveryOtherDeviceStopWorking_TheNewCodeAndThisDeviceWork()
    {
        var created = await CreateAsync();
        var (phone, phoneDevice) = await OpenSecondDeviceAsync(created);
        var plan = (await Plans.LoadAsync(created.Session)).Content;
        plan.Topic("wonen.wonen").Answers["wil"] = "Een tuin.";
        await Plans.SaveAsync(created.Session, plan, 1);

        var changed = await Plans.ChangeCodeAsync(created.Session, created.Code.ToString(), StoreSamples.Laptop);

        Assert.NotNull(changed);
        Assert.Equal(created.PlanId, changed.Code.PlanId);
        Assert.NotEqual(created.Code, changed.Code);
        Assert.IsType<PlanOpenResult.WrongCode>(await Plans.OpenWithCodeAsync(created.Code.ToString(), StoreSamples.Phone));
        Assert.Null(await Plans.OpenWithDeviceAsync(phoneDevice));
        Assert.Null(await Plans.OpenWithDeviceAsync(created.Device));
        await Assert.ThrowsAsync<DeviceClosedException>(() => Plans.LoadAsync(phone));
        await Assert.ThrowsAsync<DeviceClosedException>(() => Plans.LoadAsync(created.Session));
        // The same plan, whole, under the new code and the new credential.
        var byNewDevice = await Plans.OpenWithDeviceAsync(changed.Device);
        Assert.Equal("Een tuin.", (await Plans.LoadAsync(byNewDevice!)).Content.Topic("wonen.wonen").Answer("wil"));
        Assert.Equal("Een tuin.", (await Plans.LoadAsync(changed.Session)).Content.Topic("wonen.wonen").Answer("wil"));
        var byNewCode = Assert.IsType<PlanOpenResult.Opened>(await Plans.OpenWithCodeAsync(changed.Code.ToString(), StoreSamples.Phone));
        Assert.Equal(2, (await Plans.LoadAsync(byNewCode.Session)).Version);
        Assert.Equal(2, (await Plans.ListDevicesAsync(changed.Session)).Count);
        Assert.Contains(AccessAction.CodeChanged, (await Plans.ReadAccessLogAsync(changed.Session)).Select(e => e.Action));
    }

    [Fact]
    public async Task ChangeCode_SharedPlanAndInvitationsKeepWorking()
    {
        var created = await CreateAsync();
        var plan = StoreSamples.SharedPlan(created, Clock.UtcNow);
        var owner = await Shared.CreateAsync(created.Session, plan);
        var invitation = await Shared.InviteAsync(owner, StoreSamples.Participant(plan, "Fatima"), InvitationRole.Contribute, null);

        var changed = await Plans.ChangeCodeAsync(created.Session, created.Code.ToString(), StoreSamples.Laptop);

        var newOwner = await Shared.OpenAsOwnerAsync(changed!.Session);
        Assert.NotNull(newOwner);
        Assert.Equal(2, (await Shared.LoadAsync(newOwner))!.Goals.Count);
        Assert.IsType<InvitationOpenResult.Opened>(await Shared.OpenWithInvitationAsync(invitation.Token.Value));
        // The old owner session was on a device the new code closed.
        Assert.Null(await Shared.LoadAsync(owner));
    }
}
