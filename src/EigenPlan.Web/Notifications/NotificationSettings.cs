using MailKit.Security;

namespace EigenPlan.Web.Notifications;

/// <summary>
/// <c>Notifications:</c> — e-mail to invited people who ask for it. Off until <see cref="SmtpHost"/> is set; then
/// <see cref="SiteUrl"/> and <see cref="From"/> are required (checked at start-up).
/// </summary>
public sealed class NotificationSettings
{
    public const string SectionName = "Notifications";

    /// <summary>The SMTP server; empty: e-mail is off and participants are not offered it.</summary>
    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    /// <summary>How to secure the connection: <c>StartTls</c> (default), <c>SslOnConnect</c> (port 465), <c>Auto</c>, or <c>None</c> (only on a trusted local relay).</summary>
    public SecureSocketOptions SmtpSecurity { get; set; } = SecureSocketOptions.StartTls;

    public string? SmtpUserName { get; set; }

    public string? SmtpPassword { get; set; }

    /// <summary>The sender, e.g. <c>Mijn Eigen Plan &lt;noreply@eigenplan.gemeente.nl&gt;</c>.</summary>
    public string? From { get; set; }

    /// <summary>The site's public address, e.g. <c>https://eigenplan.gemeente.nl/</c>: the e-mail's links start with it.</summary>
    public Uri? SiteUrl { get; set; }

    /// <summary>How often the sender looks for due e-mails.</summary>
    public TimeSpan SendInterval { get; set; } = TimeSpan.FromSeconds(30);

    public bool IsEnabled => !string.IsNullOrWhiteSpace(SmtpHost);

    /// <summary>The first problem, in words an operator can act on; null when fine.</summary>
    public string? Problem() =>
        !IsEnabled ? null
        : SiteUrl is not { IsAbsoluteUri: true } || SiteUrl.Scheme is not ("https" or "http") ? "Notifications:SiteUrl must be the site's address, e.g. https://eigenplan.gemeente.nl/."
        : string.IsNullOrWhiteSpace(From) || !MimeKit.MailboxAddress.TryParse(From, out _) ? "Notifications:From must be an e-mail address, e.g. Mijn Eigen Plan <noreply@eigenplan.gemeente.nl>."
        : SmtpPort is < 1 or > 65535 ? "Notifications:SmtpPort must be between 1 and 65535."
        : SendInterval < TimeSpan.FromSeconds(1) ? "Notifications:SendInterval must be at least one second."
        : null;

    /// <summary>The site address with a trailing slash, so relative links append to it.</summary>
    public Uri Site => SiteUrl!.AbsoluteUri.EndsWith('/') ? SiteUrl : new Uri(SiteUrl.AbsoluteUri + "/");
}
