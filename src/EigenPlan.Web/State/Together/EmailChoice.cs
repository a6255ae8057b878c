using EigenPlan.Core.Notifications;
using EigenPlan.Web.Notifications;
using Microsoft.Extensions.Options;

namespace EigenPlan.Web.State.Together;

/// <summary>
/// An invited person's choice to get an e-mail when something changes (scoped, next to <see cref="TogetherState"/>).
/// Offered only when the site has an SMTP server (<see cref="NotificationSettings.IsEnabled"/>) and only to invited
/// people: the owner already sees everything on the overview.
/// </summary>
public sealed class EmailChoice(TogetherState together, INotificationStore store, IOptions<NotificationSettings> settings)
{
    public bool IsOffered => settings.Value.IsEnabled && together.Session is { InvitationId: not null } && !together.IsOwner;

    public NotificationSubscription? Current { get; private set; }

    public async Task LoadAsync()
    {
        Current = IsOffered ? await store.FindAsync(together.Session!) : null;
    }

    /// <summary>Turns e-mail on; the Dutch problem with the typed address, or null when it is on.</summary>
    public async Task<string?> TurnOnAsync(string? typed)
    {
        if (!IsOffered)
        {
            return "E-mail kan hier niet aan.";
        }
        if (NotificationAddress.Check(typed, out var problem) is not { } address)
        {
            return problem;
        }
        await store.SubscribeAsync(together.Session!, address);
        await LoadAsync();
        return null;
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
