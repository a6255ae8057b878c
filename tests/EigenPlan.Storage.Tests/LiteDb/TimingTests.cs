using System.Diagnostics;
using EigenPlan.Core.Plans;
using EigenPlan.Core.Security;
using EigenPlan.Storage.Tests.Conformance;
using Xunit.Abstractions;

namespace EigenPlan.Storage.Tests.LiteDb;

/// <summary>What the production key derivation costs here; prints numbers, fails only when something is far off.</summary>
public class TimingTests(ITestOutputHelper output)
{
    [Fact]
    public async Task DefaultIterations_OpenWithCodeIsSlowish_DeviceAndSaveAreFast()
    {
        using var temp = new TempStore(iterations: PlanCrypto.DefaultIterations);
        var watch = Stopwatch.StartNew();
        var created = await temp.CreateAsync();
        var create = watch.Elapsed;

        watch.Restart();
        var opened = await temp.Store.OpenWithCodeAsync(created.Code.ToString(), StoreSamples.Phone);
        var byCode = watch.Elapsed;

        watch.Restart();
        var session = await temp.Store.OpenWithDeviceAsync(created.Device);
        var byDevice = watch.Elapsed;

        watch.Restart();
        await temp.Store.SaveAsync(session!, StoreSamples.Plan(), 1);
        var save = watch.Elapsed;

        watch.Restart();
        await temp.Store.LoadAsync(session!);
        var load = watch.Elapsed;

        output.WriteLine($"iterations {PlanCrypto.DefaultIterations}: create {create.TotalMilliseconds:F0} ms, open with code {byCode.TotalMilliseconds:F0} ms, "
            + $"device {byDevice.TotalMilliseconds:F1} ms, save {save.TotalMilliseconds:F1} ms, load {load.TotalMilliseconds:F1} ms");
        Assert.IsType<PlanOpenResult.Opened>(opened);
        Assert.InRange(byCode, TimeSpan.FromMilliseconds(10), TimeSpan.FromSeconds(5));
        Assert.True(byDevice < byCode, "the device credential must skip the key derivation");
    }
}
