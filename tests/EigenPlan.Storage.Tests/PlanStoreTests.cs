using EigenPlan.Core.Plans;
using EigenPlan.Core.Security;

namespace EigenPlan.Storage.Tests;

public class PlanStoreTests
{
    [Fact]
    public async Task Create_ThenLoad_GivesSameContent_AndTheCodeForTheOwner()
    {
        using var temp = new TempStore();
        var created = await temp.Store.CreateAsync(TempStore.Plan());

        var loaded = await temp.Store.LoadAsync(created.Session);

        Assert.Equal("Henriëtte Wolkenkrabber", loaded.About.Name);
        Assert.Equal("Ik heb schulden bij Zonnebloemveld.", loaded.Topic("geldzaken.inkomen").Answer("nu"));
        Assert.Equal([1f, 2, 3, 4], loaded.House("wonen").Drawing.Strokes[0].Points);
        Assert.Equal(created.Code.ToString(), loaded.PersonalCode);
        Assert.Equal(created.Code.PlanId, created.PlanId);
    }

    [Fact]
    public async Task OpenWithCode_TypedLeniently_Opens_AndDeviceKeyMatches()
    {
        using var temp = new TempStore();
        var created = await temp.Store.CreateAsync(TempStore.Plan());
        var typed = created.Code.ToString().ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal).Replace('0', 'o');

        var result = await temp.Store.OpenWithCodeAsync(typed, "client-1");

        var opened = Assert.IsType<PlanOpenResult.Opened>(result);
        Assert.Equal(created.PlanId, opened.PlanId);
        Assert.Equal(created.DeviceKey.Value, opened.DeviceKey.Value);
        Assert.Equal("Ik heb schulden bij Zonnebloemveld.", (await temp.Store.LoadAsync(opened.Session)).Topic("geldzaken.inkomen").Answer("nu"));
    }

    [Fact]
    public async Task Save_ThenReopenAfterRestart_WithCodeAndWithDeviceKey()
    {
        using var temp = new TempStore();
        var created = await temp.Store.CreateAsync(TempStore.Plan());
        var plan = await temp.Store.LoadAsync(created.Session);
        plan.Topic("wonen.wonen").Answers["wil"] = "Een tuin.";
        await temp.Store.SaveAsync(created.Session, plan);

        var store = temp.Restart();

        var byDevice = await store.OpenWithDeviceKeyAsync(created.PlanId.Value, created.DeviceKey.Value);
        Assert.NotNull(byDevice);
        Assert.Equal("Een tuin.", (await store.LoadAsync(byDevice)).Topic("wonen.wonen").Answer("wil"));
        var byCode = Assert.IsType<PlanOpenResult.Opened>(await store.OpenWithCodeAsync(created.Code.ToString(), "c"));
        Assert.Equal("Een tuin.", (await store.LoadAsync(byCode.Session)).Topic("wonen.wonen").Answer("wil"));
    }

    [Fact]
    public async Task OpenWithDeviceKey_ForgedOrOtherPlansKeyOrUnknownId_IsNull()
    {
        using var temp = new TempStore();
        var a = await temp.Store.CreateAsync(TempStore.Plan());
        var b = await temp.Store.CreateAsync(TempStore.Plan());
        var forged = PlanCrypto.DeriveDeviceKey(PersonalCode.Generate(a.PlanId), PlanCrypto.NewSalt(), 1_000);

        Assert.Null(await temp.Store.OpenWithDeviceKeyAsync(a.PlanId.Value, b.DeviceKey.Value));
        Assert.Null(await temp.Store.OpenWithDeviceKeyAsync(a.PlanId.Value, forged.Value));
        Assert.Null(await temp.Store.OpenWithDeviceKeyAsync(a.PlanId.Value, "niet-base64!"));
        Assert.Null(await temp.Store.OpenWithDeviceKeyAsync("ZZZZ!", a.DeviceKey.Value));
        Assert.NotNull(await temp.Store.OpenWithDeviceKeyAsync(a.PlanId.Value.ToLowerInvariant(), a.DeviceKey.Value));
    }

    [Fact]
    public async Task OpenWithDeviceKey_DoesNotRunTheSlowDerivation()
    {
        using var temp = new TempStore(iterations: 600_000);
        var content = TempStore.Plan();
        var created = await temp.Store.CreateAsync(content);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var kdf = PlanCrypto.DeriveDeviceKey(created.Code, PlanCrypto.NewSalt(), 600_000);
        var kdfTime = watch.Elapsed;

        watch.Restart();
        var session = await temp.Store.OpenWithDeviceKeyAsync(created.PlanId.Value, created.DeviceKey.Value);
        var deviceTime = watch.Elapsed;

        Assert.NotNull(session);
        Assert.NotNull(kdf);
        Assert.True(deviceTime < kdfTime / 5, $"device key open took {deviceTime.TotalMilliseconds} ms, KDF {kdfTime.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Delete_RemovesPlan_CodeAndDeviceKeyStopWorking()
    {
        using var temp = new TempStore();
        var created = await temp.Store.CreateAsync(TempStore.Plan());

        await temp.Store.DeleteAsync(created.Session);

        await Assert.ThrowsAsync<PlanNotFoundException>(() => temp.Store.LoadAsync(created.Session));
        await Assert.ThrowsAsync<PlanNotFoundException>(() => temp.Store.SaveAsync(created.Session, TempStore.Plan()));
        Assert.Null(await temp.Store.OpenWithDeviceKeyAsync(created.PlanId.Value, created.DeviceKey.Value));
        Assert.IsType<PlanOpenResult.WrongCode>(await temp.Store.OpenWithCodeAsync(created.Code.ToString(), "c"));
    }

    [Fact]
    public async Task ConcurrentSaves_SamePlan_LastWriteWins_NeverCorrupt()
    {
        using var temp = new TempStore();
        var created = await temp.Store.CreateAsync(TempStore.Plan());
        var second = await temp.Store.OpenWithDeviceKeyAsync(created.PlanId.Value, created.DeviceKey.Value);

        var saves = Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
        {
            var plan = TempStore.Plan($"versie-{i}");
            await temp.Store.SaveAsync(i % 2 == 0 ? created.Session : second!, plan);
        }));
        await Task.WhenAll(saves);

        var loaded = await temp.Store.LoadAsync(created.Session);
        Assert.Matches("^Ik heb schulden bij versie-[0-9]+\\.$", loaded.Topic("geldzaken.inkomen").Answer("nu"));
        Assert.True((await temp.Store.VerifyAccessLogAsync(created.Session)).IsValid);
    }

    [Fact]
    public async Task Session_FromAnotherStore_IsRefused()
    {
        using var one = new TempStore();
        using var two = new TempStore();
        var created = await one.Store.CreateAsync(TempStore.Plan());
        await Assert.ThrowsAsync<ArgumentException>(() => two.Store.LoadAsync(created.Session));
    }

    [Fact]
    public async Task Create_ManyPlans_GetDistinctIds()
    {
        using var temp = new TempStore();
        var ids = new HashSet<string>();
        for (var i = 0; i < 30; i++)
        {
            ids.Add((await temp.Store.CreateAsync(TempStore.Plan())).PlanId.Value);
        }
        Assert.Equal(30, ids.Count);
    }
}
