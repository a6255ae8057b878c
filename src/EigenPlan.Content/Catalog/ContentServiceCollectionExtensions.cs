using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EigenPlan.Content;

/// <summary>Registers the content catalog.</summary>
public static class ContentServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IContentCatalog"/> as a singleton reading the folder from configuration section
    /// <c>Content</c> (<see cref="ContentOptions"/>). In a host, content is loaded at start-up (and problems logged);
    /// a missing content folder then stops the start with a clear message.
    /// </summary>
    public static IServiceCollection AddEigenPlanContent(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new ContentOptions { Path = configuration.GetSection(ContentOptions.SectionName)[nameof(ContentOptions.Path)] };
        services.AddSingleton(options);
        services.AddSingleton(provider => new ContentCatalog(
            ContentPathResolver.Resolve(options.Path),
            new ContentLoadOptions { Clock = provider.GetService<TimeProvider>() ?? TimeProvider.System },
            provider.GetService<ILogger<ContentCatalog>>()));
        services.AddSingleton<IContentCatalog>(provider => provider.GetRequiredService<ContentCatalog>());
        services.AddHostedService<ContentStartup>();
        return services;
    }

    /// <summary>Loads the content when the host starts, so problems show in the log before the first visitor.</summary>
    private sealed class ContentStartup(ContentCatalog catalog) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            _ = catalog.Current;
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
