using EigenPlan.Core.Notifications;
using MimeKit;

namespace EigenPlan.Web.Notifications;

/// <summary>
/// The <see cref="NotificationMessage"/> (the digest, or the evaluation notice) as a MIME message: plain text only (no HTML, no images, no tracking), with
/// <c>List-Unsubscribe</c> and <c>List-Unsubscribe-Post: List-Unsubscribe=One-Click</c> (RFC 8058), so a mail program's
/// own "afmelden" button works in one click without signing in.
/// </summary>
public static class NotificationEmail
{
    /// <param name="settings">Where the links point and who sends it.</param>
    /// <param name="due">The claimed e-mail: the digest, or an evaluation notice.</param>
    /// <param name="today">The server's date, to say how many days are left before an evaluation.</param>
    public static MimeMessage Create(NotificationSettings settings, DueNotification due, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(due);
        var content = due is { IsEvaluationNotice: true, EvaluationDate: { } date }
            ? NotificationMessage.ComposeEvaluationComing(settings.Site, due.InvitationId, due.UnsubscribeToken, EvaluationNotices.DaysLeft(date, today))
            : NotificationMessage.Compose(settings.Site, due.InvitationId, due.UnsubscribeToken);
        var message = new MimeMessage
        {
            Subject = content.Subject,
            Body = new TextPart("plain") { Text = content.Body },
        };
        message.From.Add(MailboxAddress.Parse(settings.From!));
        message.To.Add(MailboxAddress.Parse(due.Address));
        message.Headers.Add("List-Unsubscribe", $"<{NotificationMessage.OneClickUnsubscribeUri(settings.Site, due.UnsubscribeToken).AbsoluteUri}>");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        // Tells mail programs this is an automatic message: no out-of-office replies.
        message.Headers.Add("Auto-Submitted", "auto-generated");
        return message;
    }
}
