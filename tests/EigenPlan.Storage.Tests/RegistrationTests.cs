using EigenPlan.Core.Plans;
using EigenPlan.Core.SharedPlans;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EigenPlan.Storage.Tests;

public class RegistrationTests
{
    [Fact]
    public async Task AddEigenPlanStorage_BindsOptions_CreatesFolder_AndWorks()
    {
        var folder = Path.Combine(Path.GetTempPath(), "eigenplan-di-" + Guid.NewGuid().ToString("N"));
        var dbPath = Path.Combine(folder, "nested", "eigenplan.db");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = dbPath,
            ["Storage:KdfIterations"] = "1000",
            ["Storage:MaxFailedOpens"] = "3",
        }).Build();
        try
        {
            await using (var provider = new ServiceCollection().AddEigenPlanStorage(configuration).BuildServiceProvider())
            {
                var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
                Assert.Equal(1000, options.KdfIterations);
                Assert.Equal(3, options.MaxFailedOpens);
                Assert.Equal(TimeSpan.FromMinutes(15), options.FailureWindow);

                var store = provider.GetRequiredService<IPlanStore>();
                Assert.Same(store, provider.GetRequiredService<IPlanStore>());
                var created = await store.CreateAsync(TempStore.Plan());
                Assert.Equal("Henriëtte Wolkenkrabber", (await store.LoadAsync(created.Session)).About.Name);

                // The shared-plan store is over the same database: it takes the plan store's owner session.
                var shared = provider.GetRequiredService<ISharedPlanStore>();
                Assert.Same(shared, provider.GetRequiredService<ISharedPlanStore>());
                Assert.False(await shared.ExistsAsync(created.Session));
            }
            Assert.True(File.Exists(dbPath));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void AddEigenPlanStorage_BadSettings_FailValidation()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:KdfIterations"] = "10",
        }).Build();
        using var provider = new ServiceCollection().AddEigenPlanStorage(configuration).BuildServiceProvider();
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StorageOptions>>().Value);
    }
}
