using EigenPlan.Core.Insights;
using EigenPlan.Core.Notifications;
using EigenPlan.Core.Plans;
using EigenPlan.Core.Security;
using EigenPlan.Core.SharedPlans;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EigenPlan.Storage.PostgreSql;

/// <summary>Registers the PostgreSQL provider and what several instances share through it.</summary>
public static class PostgreSqlStorageServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="PostgreSqlStorageOptions"/> from <c>Storage:ConnectionString</c>, <c>Storage:KdfIterations</c>,
    /// <c>Storage:SaveLogInterval</c> and <c>Audit:Key</c> (validated at start-up: no start without the audit key), adds
    /// <see cref="TimeProvider.System"/> unless one is registered, one <see cref="PostgreSqlDatabase"/>, over it
    /// <see cref="PostgreSqlPlanStore"/> as <see cref="IPlanStore"/>, <see cref="PostgreSqlSharedPlanStore"/> as
    /// <see cref="ISharedPlanStore"/>, <see cref="PostgreSqlNotificationStore"/> as <see cref="INotificationStore"/>,
    /// <see cref="PostgreSqlInsightStore"/> as <see cref="IInsightStore"/>, <see cref="PostgreSqlSharedPlanChanges"/> as <see cref="ISharedPlanChanges"/>, and
    /// <see cref="PostgreSqlRateLimitCounters"/> as <see cref="IRateLimitCounters"/>, <see cref="PostgreSqlXmlRepository"/> and
    /// <see cref="PostgreSqlHealthCheck"/>, all singletons. Under a host the
    /// migrations run and the audit key is checked at start-up, and the change listener starts; a failure stops the start
    /// with one critical log line.
    /// </summary>
    public static IServiceCollection AddEigenPlanPostgreSqlStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<PostgreSqlStorageOptions>()
            .Configure(options => PostgreSqlStorageOptions.Bind(configuration, options))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<PostgreSqlStorageOptions>, ValidateSettings>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new PostgreSqlDatabase(sp.GetRequiredService<IOptions<PostgreSqlStorageOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IPlanStore>(sp => new PostgreSqlPlanStore(sp.GetRequiredService<PostgreSqlDatabase>(), sp.GetService<ILogger<PostgreSqlPlanStore>>()));
        services.AddSingleton<ISharedPlanStore>(sp => new PostgreSqlSharedPlanStore(sp.GetRequiredService<PostgreSqlDatabase>()));
        var timing = NotificationTimingSetting.Read(configuration);
        services.AddSingleton<INotificationStore>(sp => new PostgreSqlNotificationStore(sp.GetRequiredService<PostgreSqlDatabase>(), timing));
        services.AddSingleton<IInsightStore>(sp => new PostgreSqlInsightStore(sp.GetRequiredService<PostgreSqlDatabase>()));
        services.AddSingleton(sp => new PostgreSqlSharedPlanChanges(sp.GetRequiredService<PostgreSqlDatabase>(), sp.GetService<ILogger<PostgreSqlSharedPlanChanges>>()));
        services.AddSingleton<ISharedPlanChanges>(sp => sp.GetRequiredService<PostgreSqlSharedPlanChanges>());
        services.AddSingleton(sp => new PostgreSqlRateLimitCounters(sp.GetRequiredService<PostgreSqlDatabase>()));
        services.AddSingleton<IRateLimitCounters>(sp => sp.GetRequiredService<PostgreSqlRateLimitCounters>());
        services.AddSingleton(sp => new PostgreSqlXmlRepository(sp.GetRequiredService<PostgreSqlDatabase>()));
        services.AddSingleton(sp => new PostgreSqlHealthCheck(sp.GetRequiredService<PostgreSqlDatabase>()));
        services.AddHostedService<PrepareDatabaseAtStart>();
        return services;
    }

    /// <summary>
    /// Keeps the Data Protection key ring in the database (<see cref="PostgreSqlXmlRepository"/>), so cookies survive
    /// restarts and work on every instance. Needs <see cref="AddEigenPlanPostgreSqlStorage"/>.
    /// </summary>
    public static IDataProtectionBuilder PersistKeysToEigenPlanPostgreSql(this IDataProtectionBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(options => options.XmlRepository = sp.GetRequiredService<PostgreSqlXmlRepository>()));
        return builder;
    }
}

/// <summary>Fails the start with the settings' own problem: it names the setting and what to do, never the key's value.</summary>
internal sealed class ValidateSettings : IValidateOptions<PostgreSqlStorageOptions>
{
    public ValidateOptionsResult Validate(string? name, PostgreSqlStorageOptions options) =>
        options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}

/// <summary>
/// At host start: applies the migrations, checks the audit key and starts listening for shared-plan changes. A
/// <see cref="StoreUnavailableException"/> (database unreachable, schema newer than the app, another audit key) is
/// logged as one critical line that says what to do, and stops the host.
/// </summary>
internal sealed partial class PrepareDatabaseAtStart(PostgreSqlDatabase database, PostgreSqlSharedPlanChanges changes,
    ILogger<PrepareDatabaseAtStart> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var where = database.Describe();
        try
        {
            await database.EnsurePreparedAsync(cancellationToken);
            LogReady(logger, where);
        }
        catch (StoreUnavailableException ex)
        {
            LogCannotStart(logger, where, ex.Message);
            throw;
        }
        await changes.StartAsync(cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await changes.DisposeAsync();

    [LoggerMessage(Level = LogLevel.Information, Message = "The plan store is ready on PostgreSQL ({Database})")]
    private static partial void LogReady(ILogger logger, string database);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The plan store cannot start on PostgreSQL ({Database}): {Problem}")]
    private static partial void LogCannotStart(ILogger logger, string database, string problem);
}
