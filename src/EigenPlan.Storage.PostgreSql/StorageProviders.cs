using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EigenPlan.Storage.PostgreSql;

/// <summary>Which store the app runs on: <c>Storage:Provider</c> = <c>LiteDb</c> (the default) or <c>PostgreSql</c>.</summary>
public enum StorageProvider
{
    /// <summary>One file, one instance, no server: the default.</summary>
    LiteDb,
    /// <summary>A PostgreSQL database shared by any number of instances.</summary>
    PostgreSql,
}

/// <summary>
/// The one place that picks the store from configuration. It lives here because only this project sees both providers
/// (EigenPlan.Storage cannot reference PostgreSQL without a cycle); the web app calls <see cref="AddEigenPlanStorageProvider"/>.
/// </summary>
public static class StorageProviders
{
    public const string SettingName = "Storage:Provider";

    /// <summary>The configured provider; LiteDB when not set. <see cref="InvalidOperationException"/> for an unknown name.</summary>
    public static StorageProvider Configured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[SettingName];
        return string.IsNullOrWhiteSpace(value) ? StorageProvider.LiteDb
            : Enum.TryParse<StorageProvider>(value.Trim(), ignoreCase: true, out var provider) && Enum.IsDefined(provider) ? provider
            : throw new InvalidOperationException($"{SettingName} is '{value}'; use LiteDb (the default) or PostgreSql.");
    }

    /// <summary>
    /// Registers the configured provider: <see cref="StorageServiceCollectionExtensions.AddEigenPlanStorage"/> for LiteDB, or
    /// <see cref="PostgreSqlStorageServiceCollectionExtensions.AddEigenPlanPostgreSqlStorage"/> for PostgreSQL. Both give
    /// <c>IPlanStore</c>, <c>ISharedPlanStore</c>, <c>ISharedPlanChanges</c> and <c>IRateLimitCounters</c>.
    /// </summary>
    public static IServiceCollection AddEigenPlanStorageProvider(this IServiceCollection services, IConfiguration configuration) =>
        Configured(configuration) switch
        {
            StorageProvider.PostgreSql => services.AddEigenPlanPostgreSqlStorage(configuration),
            _ => services.AddEigenPlanStorage(configuration),
        };

    /// <summary>
    /// Keeps ASP.NET Core Data Protection's keys (they encrypt the cookies) with the plans, so cookies survive restarts:
    /// with PostgreSQL in the database, shared by every instance (<see cref="PostgreSqlStorageServiceCollectionExtensions.PersistKeysToEigenPlanPostgreSql"/>);
    /// with LiteDB in <see cref="StorageOptions.DataProtectionKeysFolderName"/> next to the database file (one instance).
    /// </summary>
    public static IDataProtectionBuilder PersistKeysToEigenPlanStore(this IDataProtectionBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (Configured(configuration) == StorageProvider.PostgreSql)
        {
            return builder.PersistKeysToEigenPlanPostgreSql();
        }
        // The keys are not encrypted at rest: whoever can read this folder can also read the database file next to it.
        builder.Services.AddOptions<KeyManagementOptions>()
            .Configure<IOptions<StorageOptions>, IServiceProvider>((options, storage, services) =>
            {
                var root = services.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory();
                var folder = StorageOptions.DataProtectionKeysFolder(storage.Value.FullDatabasePath(root));
                options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(folder), services.GetRequiredService<ILoggerFactory>());
            });
        return builder;
    }
}
