using EigenPlan.Core.Notifications;
using Microsoft.Extensions.Options;

namespace EigenPlan.Web.Notifications;

/// <summary>E-mail notifications: settings, the notifier the shared plan reports to, and (when SMTP is set) the sender.</summary>
public static class NotificationServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="NotificationSettings"/> (checked at start-up), registers <see cref="SharedPlanNotifier"/> as
    /// <see cref="ISharedPlanNotifications"/> and the store as <see cref="INotificationSink"/>, and — only when
    /// <c>Notifications:SmtpHost</c> is set — the <see cref="NotificationSender"/> hosted service. The queue
    /// (<see cref="INotificationStore"/>) comes from the storage provider.
    /// </summary>
    public static IServiceCollection AddEigenPlanNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<NotificationSettings>().BindConfiguration(NotificationSettings.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<NotificationSettings>, ValidateNotificationSettings>();
        services.AddSingleton<INotificationSink>(sp => sp.GetRequiredService<INotificationStore>());
        services.AddSingleton<ISharedPlanNotifications, SharedPlanNotifier>();
        if (!string.IsNullOrWhiteSpace(configuration[$"{NotificationSettings.SectionName}:{nameof(NotificationSettings.SmtpHost)}"]))
        {
            services.AddHostedService<NotificationSender>();
        }
        return services;
    }

    private sealed class ValidateNotificationSettings : IValidateOptions<NotificationSettings>
    {
        public ValidateOptionsResult Validate(string? name, NotificationSettings options) =>
            options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
