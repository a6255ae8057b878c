using System.Globalization;
using EigenPlan.Core.Notifications;
using Microsoft.Extensions.Configuration;

namespace EigenPlan.Storage;

/// <summary>
/// <c>Notifications:GatherDelay</c>: how long the first change waits for more before its e-mail goes (default ten
/// minutes). Only the gather delay can be set; the daily digest and the hourly red gap are promises to residents.
/// </summary>
public static class NotificationTimingSetting
{
    public const string Name = "Notifications:GatherDelay";

    /// <summary>The timing the configuration asks for; <see cref="InvalidOperationException"/> for a value that is not a time span from 0 to 1 day.</summary>
    public static NotificationTiming Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration[Name] is not { Length: > 0 } text)
        {
            return NotificationTiming.Standard;
        }
        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var delay) && delay >= TimeSpan.Zero && delay <= TimeSpan.FromDays(1)
            ? NotificationTiming.Standard with { GatherDelay = delay }
            : throw new InvalidOperationException($"{Name} is '{text}'; use a time such as 00:10:00 (at most one day).");
    }
}
