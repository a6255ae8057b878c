using System.Reflection;
using EigenPlan.Content;
using EigenPlan.Core.Plans;
using EigenPlan.Core.SharedPlans;
using EigenPlan.Web.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EigenPlan.Web.Tests.Health;

public sealed class HealthCheckTests
{
    [Fact]
    public async Task Content_IsReady_OnceLoadedWithAFormatAndAMunicipality()
    {
        var catalog = new ContentCatalog(RepoRoot.Content);
        await catalog.StartLoading();

        var result = await new ContentHealthCheck(catalog).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    [Fact]
    public async Task Content_WithoutAUsableMunicipality_IsNotReady()
    {
        using var folder = TempContent.WithValidFormat();
        var catalog = new ContentCatalog(folder.Root);
        await catalog.StartLoading();

        var result = await new ContentHealthCheck(catalog).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }

    [Fact]
    public async Task Store_ThatCannotBeReached_IsNotReady()
    {
        var store = DispatchProxy.Create<ISharedPlanStore, UnavailableStore>();

        var result = await new StoreHealthCheck(store).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal("The store cannot be reached.", result.Description);
    }

    /// <summary>A store whose every call fails as a broken database does.</summary>
    public class UnavailableStore : DispatchProxy
    {
        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
            throw new StoreUnavailableException("read", new IOException("disk gone"));
    }
}
