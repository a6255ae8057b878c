using EigenPlan.Core.Audit;
using EigenPlan.Core.Plans;

namespace EigenPlan.Storage.Tests.Conformance;

// Devices: each browser has its own key; the resident sees them and can close any of them.
public abstract partial class PlanStoreConformance
{
    [Fact]
    public async Task ListDevices_ShowsEachDeviceWithLabelAndTimes_AndMarksThisOne()
    {
        var created = await CreateAsync();
        Clock.Advance(TimeSpan.FromHours(2));
        var (phone, _) = await OpenSecondDeviceAsync(created, StoreSamples.Phone);
        Clock.Advance(TimeSpan.FromHours(1));
        await OpenSecondDeviceAsync(created, StoreSamples.Library);

        var devices = await Plans.ListDevicesAsync(phone);

        Assert.Equal(["Firefox op Windows", "Chrome op Android", "Edge op Windows"], devices.Select(d => d.Label));
        Assert.Equal([false, true, false], devices.Select(d => d.IsThisDevice));
        Assert.Equal([false, false, true], devices.Select(d => d.Shared));
        var start = new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);
        Assert.Equal([start, start.AddHours(2), start.AddHours(3)], devices.Select(d => d.CreatedUtc));
        Assert.Equal(devices.Select(d => d.CreatedUtc), devices.Select(d => d.LastUsedUtc));
        Assert.Equal(start.AddHours(3 + 12), devices[2].ExpiresUtc);
        Assert.Equal(start.AddDays(90), devices[0].ExpiresUtc);
        Assert.All(devices, d => Assert.Equal(22, d.Id.Length));
    }

    [Fact]
    public async Task RevokeDevice_ItsCredentialNoLongerOpens_AndItsOpenSessionEnds_OthersKeepWorking()
    {
        var created = await CreateAsync();
        var (phone, phoneDevice) = await OpenSecondDeviceAsync(created);

        Assert.True(await Plans.RevokeDeviceAsync(created.Session, phoneDevice.DeviceId));

        Assert.Null(await Plans.OpenWithDeviceAsync(phoneDevice));
        await Assert.ThrowsAsync<DeviceClosedException>(() => Plans.LoadAsync(phone));
        await Assert.ThrowsAsync<DeviceClosedException>(() => Plans.SaveAsync(phone, StoreSamples.Plan(), 1));
        Assert.NotNull(await Plans.OpenWithDeviceAsync(created.Device));
        Assert.Equal(["Firefox op Windows"], (await Plans.ListDevicesAsync(created.Session)).Select(d => d.Label));
        Assert.False(await Plans.RevokeDeviceAsync(created.Session, phoneDevice.DeviceId));
    }

    [Fact]
    public async Task CloseOnThisDevice_RevokesItsOwnDevice_ServerSide()
    {
        var created = await CreateAsync(device: StoreSamples.Library);

        Assert.True(await Plans.RevokeDeviceAsync(created.Session, created.Session.DeviceId));

        Assert.Null(await Plans.OpenWithDeviceAsync(created.Device));
        await Assert.ThrowsAsync<DeviceClosedException>(() => Plans.LoadAsync(created.Session));
        // The code still opens the plan (on a new device).
        Assert.IsType<PlanOpenResult.Opened>(await Plans.OpenWithCodeAsync(created.Code.ToString(), StoreSamples.Phone));
    }

    [Fact]
    public async Task RevokeDevice_OfAnotherPlan_IsRefused()
    {
        var mine = await CreateAsync();
        var other = await CreateAsync();

        Assert.False(await Plans.RevokeDeviceAsync(mine.Session, other.Device.DeviceId));
        Assert.False(await Plans.RevokeDeviceAsync(mine.Session, "geen-apparaat"));
        Assert.NotNull(await Plans.OpenWithDeviceAsync(other.Device));
    }

    [Fact]
    public async Task SharedComputer_Expires12HoursAfterOpening_EvenWhenUsed()
    {
        var created = await CreateAsync(device: StoreSamples.Library);
        Clock.Advance(TimeSpan.FromHours(6));
        Assert.NotNull(await Plans.OpenWithDeviceAsync(created.Device));

        Clock.Advance(TimeSpan.FromHours(6));

        Assert.Null(await Plans.OpenWithDeviceAsync(created.Device));
        await Assert.ThrowsAsync<DeviceClosedException>(() => Plans.LoadAsync(created.Session));
    }

    [Fact]
    public async Task PersonalDevice_Works90DaysAfterItsLastUse()
    {
        var created = await CreateAsync();
        Clock.Advance(TimeSpan.FromDays(80));
        Assert.NotNull(await Plans.OpenWithDeviceAsync(created.Device));
        Clock.Advance(TimeSpan.FromDays(80));
        Assert.NotNull(await Plans.OpenWithDeviceAsync(created.Device));

        Clock.Advance(TimeSpan.FromDays(90));

        Assert.Null(await Plans.OpenWithDeviceAsync(created.Device));
    }

    [Fact]
    public async Task LastUsed_IsWrittenAtMostOnceAnHour()
    {
        var created = await CreateAsync();
        var start = Clock.UtcNow;
        Clock.Advance(TimeSpan.FromMinutes(30));
        var session = await Plans.OpenWithDeviceAsync(created.Device);
        Assert.Equal(start, (await Plans.ListDevicesAsync(session!)).Single().LastUsedUtc);

        Clock.Advance(TimeSpan.FromMinutes(31));
        session = await Plans.OpenWithDeviceAsync(created.Device);

        Assert.Equal(start.AddMinutes(61), (await Plans.ListDevicesAsync(session!)).Single().LastUsedUtc);
    }

    [Fact]
    public async Task ForgedDeviceCredentials_WriteNothingToTheLog()
    {
        var created = await CreateAsync();
        for (var i = 0; i < 50; i++)
        {
            await Plans.OpenWithDeviceAsync(StoreSamples.ForgedSecret(created.Device));
        }

        var log = await Plans.ReadAccessLogAsync(created.Session);

        Assert.Equal([AccessAction.Created], log.Select(e => e.Action));
    }
}
