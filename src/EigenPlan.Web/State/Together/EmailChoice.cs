using EigenPlan.Core.Notifications;
using EigenPlan.Web.Languages;
using EigenPlan.Web.Notifications;
using EigenPlan.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace EigenPlan.Web.State.Together;

/// <summary>
/// An invited person's choice to get an e-mail when something changes (scoped, next to <see cref="TogetherState"/>).
/// Offered only when the site has an SMTP server (<see cref="NotificationSettings.IsEnabled"/>) and only to invited
/// people: the owner already sees everything on the overview.
/// </summary>
public sealed class EmailChoice(TogetherState together, INotificationStore store, IOptions<NotificationSettings> settings,
    IStringLocalizer<TeamText> text)
{
    public bool IsOffered => settings.Value.IsEnabled && together.Session is { InvitationId: not null } && !together.IsOwner;

    public NotificationSubscription? Current { get; private set; }

    public async Task LoadAsync()
    {
        Current = IsOffered ? await store.FindAsync(together.Session!) : null;
    }

    /// <summary>Turns e-mail on; the problem with the typed address in the page's language, or null when it is on.</summary>
    public async Task<string?> TurnOnAsync(string? typed)
    {
        if (!IsOffered)
        {
            return text["EmailNotHere"];
        }
        if (NotificationAddress.Check(typed, out var problem) is not { } address)
        {
            return CurrentLanguage.Value.IsDutch ? problem : InLanguage(typed);
        }
        await store.SubscribeAsync(together.Session!, address);
        await LoadAsync();
        return null;
    }

    // The Core's check decides and words it in Dutch; another language names the same three cases, in the Core's order.
    private string InLanguage(string? typed)
    {
        var trimmed = typed?.Trim() ?? "";
        return text[trimmed.Length == 0 ? "EmailMissing" : trimmed.Length > NotificationAddress.MaxLength ? "EmailTooLong" : "EmailInvalid"];
    }

    public async Task TurnOffAsync()
    {
        if (IsOffered)
        {
            await store.UnsubscribeAsync(together.Session!);
        }
        Current = null;
    }
}
