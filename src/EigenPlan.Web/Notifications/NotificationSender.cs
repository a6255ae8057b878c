using EigenPlan.Core.Notifications;
using EigenPlan.Core.Plans;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;

namespace EigenPlan.Web.Notifications;

/// <summary>
/// Sends the due e-mails, every <see cref="NotificationSettings.SendInterval"/>, over one SMTP connection per round. It
/// claims rows in the store first (<see cref="INotificationStore.ClaimDueAsync"/>: digests, and evaluation notices whose
/// not-before time has come), so with several instances each
/// e-mail is sent by exactly one of them; a failed send is released and tried again after <see cref="RetryAfter"/>.
/// Logs recipient ids and counts, never an address.
/// </summary>
public sealed partial class NotificationSender(INotificationStore store, IOptions<NotificationSettings> options, TimeProvider time,
    ILogger<NotificationSender> logger)
    : BackgroundService
{
    /// <summary>How long a claimed e-mail stays with this instance; long enough for a slow SMTP server.</summary>
    public static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(5);

    public static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(5);

    private const int BatchSize = 50;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        using var timer = new PeriodicTimer(settings.SendInterval);
        do
        {
            try
            {
                await SendDueAsync(settings, stoppingToken);
            }
            catch (Exception ex) when (ex is StoreUnavailableException)
            {
                LogStoreUnavailable(logger);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One round: claim, send, mark. Returns how many went out.</summary>
    public async Task<int> SendDueAsync(NotificationSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var due = await store.ClaimDueAsync(BatchSize, ClaimFor, cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }
        var sent = 0;
        var today = EvaluationNotices.Today(time.GetUtcNow().UtcDateTime, time.LocalTimeZone);
        using var client = new SmtpClient();
        try
        {
            await client.ConnectAsync(settings.SmtpHost!, settings.SmtpPort, settings.SmtpSecurity, cancellationToken);
            if (!string.IsNullOrEmpty(settings.SmtpUserName))
            {
                await client.AuthenticateAsync(settings.SmtpUserName, settings.SmtpPassword ?? "", cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogCannotConnect(logger, settings.SmtpHost!, ex.GetType().Name);
            foreach (var notification in due)
            {
                await store.ReleaseAsync(notification, RetryAfter, CancellationToken.None);
            }
            return 0;
        }
        foreach (var notification in due)
        {
            try
            {
                await client.SendAsync(NotificationEmail.Create(settings, notification, today), cancellationToken);
                await store.MarkSentAsync(notification, CancellationToken.None);
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not StoreUnavailableException)
            {
                LogNotSent(logger, notification.RecipientId, ex.GetType().Name);
                await store.ReleaseAsync(notification, RetryAfter, CancellationToken.None);
            }
        }
        await client.DisconnectAsync(quit: true, CancellationToken.None);
        LogSent(logger, sent);
        return sent;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent {Count} notification e-mails")]
    private static partial void LogSent(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification e-mail to recipient {RecipientId} failed ({Failure}); tried again later")]
    private static partial void LogNotSent(ILogger logger, string recipientId, string failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot reach the SMTP server {Host} ({Failure}); notification e-mails are tried again later")]
    private static partial void LogCannotConnect(ILogger logger, string host, string failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The store is unavailable; notification e-mails wait")]
    private static partial void LogStoreUnavailable(ILogger logger);
}
