using EigenPlan.Core.Notifications;
using MimeKit;

namespace EigenPlan.Web.Notifications;

/// <summary>
/// The <see cref="NotificationMessage"/> as a MIME message: plain text only (no HTML, no images, no tracking), with
/// <c>List-Unsubscribe</c> and <c>List-Unsubscribe-Post: List-Unsubscribe=One-Click</c> (RFC 8058), so a mail program's
/// own "afmelden" button works in one click without signing in.
/// </summary>
public static class NotificationEmail
{
    public static MimeMessage Create(NotificationSettings settings, DueNotification due)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(due);
        var content = NotificationMessage.Compose(settings.Site, due.InvitationId, due.UnsubscribeToken);
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
