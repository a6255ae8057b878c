using EigenPlan.Core.Insights;
using EigenPlan.Core.Notifications;
using EigenPlan.Core.Plans;
using EigenPlan.Core.Security;
using EigenPlan.Core.SharedPlans;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EigenPlan.Storage;

/// <summary>Registers the encrypted plan store and the shared-plan store over one database.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="StorageOptions"/> from <c>Storage:</c> (validated at start-up), adds <see cref="TimeProvider.System"/>
    /// unless one is registered, one <see cref="LiteDbDatabase"/>, and over it a <see cref="LiteDbPlanStore"/> as
    /// <see cref="IPlanStore"/>, a <see cref="LiteDbSharedPlanStore"/> as <see cref="ISharedPlanStore"/>, a
    /// <see cref="LiteDbNotificationStore"/> as <see cref="INotificationStore"/> (timing from <see cref="NotificationTimingSetting"/>)
    /// and a <see cref="LiteDbInsightStore"/> as <see cref="IInsightStore"/>, all singletons, and
    /// an <see cref="InMemorySharedPlanChanges"/> as <see cref="ISharedPlanChanges"/> and <see cref="InMemoryRateLimitCounters"/> as
    /// <see cref="IRateLimitCounters"/> unless one is registered (one instance on one file: nothing to share).
    /// A relative database path is resolved against the host's content root, or the current directory without a host;
    /// its folder is created. Under a host the database is opened at start-up (<see cref="OpenDatabaseAtStart"/>), so a
    /// damaged file or audit key stops the start with a clear message rather than failing a resident's first request.
    /// </summary>
    public static IServiceCollection AddEigenPlanStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>()
            .Configure(options => StorageOptions.Bind(configuration.GetSection(StorageOptions.SectionName), options))
            .Validate(options => options.Problem() is null, "Storage settings are invalid: check Storage:DatabasePath, KdfIterations, SaveLogInterval.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var configured = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var root = sp.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory();
            var options = new StorageOptions
            {
                DatabasePath = configured.FullDatabasePath(root),
                AuditKeyPath = configured.AuditKeyPath is { } keyPath ? Path.GetFullPath(keyPath, root) : null,
                KdfIterations = configured.KdfIterations,
                SaveLogInterval = configured.SaveLogInterval,
            };
            return new LiteDbDatabase(options, sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton<IPlanStore>(sp =>
            new LiteDbPlanStore(sp.GetRequiredService<LiteDbDatabase>(), sp.GetService<ILogger<LiteDbPlanStore>>()));
        services.AddSingleton<ISharedPlanStore>(sp => new LiteDbSharedPlanStore(sp.GetRequiredService<LiteDbDatabase>()));
        var timing = NotificationTimingSetting.Read(configuration);
        services.AddSingleton<INotificationStore>(sp => new LiteDbNotificationStore(sp.GetRequiredService<LiteDbDatabase>(), timing));
        services.AddSingleton<IInsightStore>(sp => new LiteDbInsightStore(sp.GetRequiredService<LiteDbDatabase>()));
        // One instance on one file: change notifications stay in this process.
        services.TryAddSingleton<ISharedPlanChanges, InMemorySharedPlanChanges>();
        services.TryAddSingleton<IRateLimitCounters>(sp => new InMemoryRateLimitCounters(sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<OpenDatabaseAtStart>();
        return services;
    }
}

/// <summary>
/// Opens the database when the host starts. A <see cref="StoreUnavailableException"/> (damaged file, unreadable audit key)
/// is logged as one critical line that names the file and what to do, and stops the host.
/// </summary>
internal sealed partial class OpenDatabaseAtStart(IServiceProvider services, ILogger<OpenDatabaseAtStart> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            _ = services.GetRequiredService<LiteDbDatabase>();
        }
        catch (StoreUnavailableException ex)
        {
            LogCannotStart(logger, ex.Message);
            throw;
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Critical, Message = "The plan store cannot start: {Problem}")]
    private static partial void LogCannotStart(ILogger logger, string problem);
}
