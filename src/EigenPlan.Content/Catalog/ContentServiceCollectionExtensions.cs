using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EigenPlan.Content;

/// <summary>Registers the content catalog.</summary>
public static class ContentServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IContentCatalog"/> (and <see cref="ContentCatalog"/>) as a singleton reading the folder from
    /// configuration section <c>Content</c> (<see cref="ContentOptions"/>). In a host, the formats load at start-up and
    /// the municipalities in the background, so the first request is served at once; with <c>Content:Watch</c> (default
    /// on) changed files are reloaded within seconds. A missing content folder stops the start with a clear message.
    /// </summary>
    public static IServiceCollection AddEigenPlanContent(this IServiceCollection services, IConfiguration configuration)
    {
        var options = ContentOptions.From(configuration);
        services.AddSingleton(options);
        services.AddSingleton(provider => new ContentCatalog(
            ContentPathResolver.Resolve(options.Path),
            new ContentLoadOptions { Clock = provider.GetService<TimeProvider>() ?? TimeProvider.System },
            provider.GetService<ILogger<ContentCatalog>>()));
        services.AddSingleton<IContentCatalog>(provider => provider.GetRequiredService<ContentCatalog>());
        services.AddHostedService<ContentStartup>();
        if (options.Watch)
        {
            services.AddHostedService<ContentWatcher>();
        }

        return services;
    }

    /// <summary>Starts loading when the host starts: formats at once, municipalities in the background.</summary>
    private sealed class ContentStartup(ContentCatalog catalog) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            _ = catalog.StartLoading();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
