using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

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
    /// <c>IPlanStore</c>, <c>ISharedPlanStore</c> and <c>ISharedPlanChanges</c>.
    /// </summary>
    public static IServiceCollection AddEigenPlanStorageProvider(this IServiceCollection services, IConfiguration configuration) =>
        Configured(configuration) switch
        {
            StorageProvider.PostgreSql => services.AddEigenPlanPostgreSqlStorage(configuration),
            _ => services.AddEigenPlanStorage(configuration),
        };
}
