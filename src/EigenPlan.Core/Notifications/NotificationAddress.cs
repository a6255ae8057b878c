using System.Text.RegularExpressions;

namespace EigenPlan.Core.Notifications;

/// <summary>
/// Checks an e-mail address a participant types for notifications: one line, at most 254 characters, a name part, an
/// <c>@</c> and a domain with a dot — no spaces, no angle brackets or commas (one address, never a list or a header).
/// </summary>
public static partial class NotificationAddress
{
    public const int MaxLength = 254;

    /// <summary>The cleaned address (trimmed), or null with a short Dutch message in <paramref name="problem"/>.</summary>
    public static string? Check(string? typed, out string? problem)
    {
        var address = typed?.Trim() ?? "";
        problem = address.Length == 0 ? "Vul je e-mailadres in."
            : address.Length > MaxLength ? "Dit e-mailadres is te lang."
            : !Shape().IsMatch(address) ? "Dit is geen geldig e-mailadres. Het ziet eruit als naam@voorbeeld.nl."
            : null;
        return problem is null ? address : null;
    }

    /// <summary>Local part without spaces, quotes, brackets or separators; a domain of labels with at least one dot.</summary>
    [GeneratedRegex(@"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$")]
    private static partial Regex Shape();
}
