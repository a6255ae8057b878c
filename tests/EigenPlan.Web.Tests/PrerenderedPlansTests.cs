using EigenPlan.Core.Plans;
using EigenPlan.Core.Security;
using EigenPlan.Web.State;
using Microsoft.Extensions.DependencyInjection;

namespace EigenPlan.Web.Tests;

/// <summary>The plan a prerendered page opened goes to its circuit once, only for the same device, and not for long.</summary>
public class PrerenderedPlansTests : PlanComponentContext
{
    [Fact]
    public async Task Take_SameDevice_Once()
    {
        var (plans, opened, device) = await KeptAsync();
        var token = plans.Keep(opened)!;

        Assert.Same(opened, plans.Take(token, device));
        Assert.Null(plans.Take(token, device));
    }

    [Fact]
    public async Task Take_AnotherDeviceOfTheSamePlan_GetsNothing()
    {
        var (plans, opened, _) = await KeptAsync();
        var token = plans.Keep(opened)!;

        Assert.Null(plans.Take(token, DeviceCredential.New(opened.Session.PlanId)));
        Assert.Null(plans.Take("not-a-token", DeviceCredential.New(opened.Session.PlanId)));
    }

    [Fact]
    public async Task Take_AfterItsLifetime_GetsNothing()
    {
        var clock = new MovingClock();
        var (_, opened, device) = await KeptAsync();
        var plans = new PrerenderedPlans(clock);
        var token = plans.Keep(opened)!;

        clock.Now += PrerenderedPlans.Lifetime;

        Assert.Null(plans.Take(token, device));
    }

    private async Task<(PrerenderedPlans Plans, OpenedPlan Opened, DeviceCredential Device)> KeptAsync()
    {
        var store = Services.GetRequiredService<IPlanStore>();
        var created = await store.CreateAsync(new PlanContent { MunicipalityId = "almere", FormatId = "basis" }, new NewDevice("bunit", shared: false));
        var stored = await store.LoadAsync(created.Session);
        return (Services.GetRequiredService<PrerenderedPlans>(), new OpenedPlan(created.Session, stored.Content, stored.Version), created.Device);
    }

    private sealed class MovingClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
