using System.Globalization;
using System.Text;

namespace EigenPlan.Core.Plans;

/// <summary>
/// The resident's conversation with the municipality (the <i>gesprek</i>), for a calendar reminder. Holds only what the
/// resident typed for it: never anything from the plan.
/// </summary>
public sealed record ConversationAppointment
{
    public required DateOnly Date { get; init; }
    /// <summary>The start time; null makes it an all-day event (the time is not known yet).</summary>
    public TimeOnly? Time { get; init; }
    /// <summary>How long it takes, for timed events: 15 minutes to 8 hours. Default one hour.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromHours(1);
    /// <summary>The resident's own title; empty gives <see cref="ConversationReminder.DefaultTitle"/>.</summary>
    public string? Title { get; init; }
    /// <summary>Where, in the resident's words (an address, "bij mij thuis", "online").</summary>
    public string? Place { get; init; }
}

/// <summary>
/// Builds an iCalendar file (RFC 5545) with one event for the conversation and a reminder the day before: for a timed
/// event 24 hours before, for an all-day event at 9:00 the day before. Times are "floating" local times (no time zone),
/// which calendars read as the time where the resident is: right for an appointment made at the kitchen table in the
/// Netherlands, and it keeps the file small. Lines are folded at 75 octets, end in CRLF, and text is escaped.
/// </summary>
public static class ConversationReminder
{
    public const string DefaultTitle = "Gesprek met de gemeente";
    /// <summary>The event's description: a fixed reminder, no plan content.</summary>
    public const string Description = "Neem je eigen plan mee naar het gesprek.";
    public const string FileName = "gesprek-met-de-gemeente.ics";
    public const string ContentType = "text/calendar; charset=utf-8";
    private const int MaxOctetsPerLine = 75;

    /// <summary>
    /// Checks what the resident typed: the date not in the past (before <paramref name="today"/>) nor more than two years
    /// ahead, title and place one line of at most <see cref="PlanLimits.MaxNameLength"/> characters, the duration
    /// within 15 minutes and 8 hours. Null when all is well, otherwise a short Dutch message.
    /// </summary>
    public static string? Check(ConversationAppointment appointment, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        if (appointment.Date < today)
        {
            return "Deze datum is al voorbij. Kies de dag van het gesprek.";
        }
        if (appointment.Date > today.AddYears(2))
        {
            return "Deze datum ligt ver in de toekomst. Kijk of het jaartal goed is.";
        }
        if (PlanText.CleanLine(appointment.Title).Length > PlanLimits.MaxNameLength || PlanText.CleanLine(appointment.Place).Length > PlanLimits.MaxNameLength)
        {
            return $"Deze tekst is te lang. Er passen {PlanLimits.MaxNameLength} tekens in.";
        }
        if (appointment.Time is not null && (appointment.Duration < TimeSpan.FromMinutes(15) || appointment.Duration > TimeSpan.FromHours(8)))
        {
            return "Een gesprek duurt tussen een kwartier en acht uur.";
        }
        return null;
    }

    /// <summary>
    /// The .ics text. <paramref name="uid"/> identifies the event (a calendar updates instead of duplicating when the
    /// same id comes again); a new random one when null. Call <see cref="Check"/> first: this only cleans text.
    /// </summary>
    public static string ToIcs(ConversationAppointment appointment, DateTimeOffset now, string? uid = null)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        var title = PlanText.CleanLine(appointment.Title) is { Length: > 0 } own ? own : DefaultTitle;
        var place = PlanText.CleanLine(appointment.Place);
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//EigenPlan//Mijn Eigen Plan//NL",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            "UID:" + Escape(uid ?? $"{Guid.NewGuid():N}@eigenplan"),
            "DTSTAMP:" + now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture),
        };
        if (appointment.Time is { } time)
        {
            var start = appointment.Date.ToDateTime(time);
            lines.Add("DTSTART:" + Local(start));
            lines.Add("DTEND:" + Local(start + appointment.Duration));
        }
        else
        {
            lines.Add("DTSTART;VALUE=DATE:" + Day(appointment.Date));
            lines.Add("DTEND;VALUE=DATE:" + Day(appointment.Date.AddDays(1)));
        }
        lines.Add("SUMMARY:" + Escape(title));
        if (place.Length > 0)
        {
            lines.Add("LOCATION:" + Escape(place));
        }
        lines.AddRange(
        [
            "DESCRIPTION:" + Escape(Description),
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            "DESCRIPTION:" + Escape("Morgen: " + title),
            // All day starts at midnight: 15 hours before is 9:00 the day before, not the middle of the night.
            "TRIGGER:" + (appointment.Time is null ? "-PT15H" : "-P1D"),
            "END:VALARM",
            "END:VEVENT",
            "END:VCALENDAR",
        ]);
        var ics = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(line, ics);
        }
        return ics.ToString();
    }

    /// <summary>The file's bytes: UTF-8 without a byte order mark.</summary>
    public static byte[] ToUtf8(ConversationAppointment appointment, DateTimeOffset now, string? uid = null) =>
        new UTF8Encoding(false).GetBytes(ToIcs(appointment, now, uid));

    /// <summary>RFC 5545 TEXT escaping: backslash, semicolon, comma and line breaks.</summary>
    internal static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal);

    /// <summary>Writes one content line, folded so no line is longer than 75 octets; never splits a character.</summary>
    private static void Fold(string line, StringBuilder output)
    {
        var octets = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var length = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (octets + size > MaxOctetsPerLine)
            {
                output.Append("\r\n ");
                octets = 1; // the space that starts a continuation line counts
            }
            output.Append(line, i, length);
            octets += size;
            i += length - 1;
        }
        output.Append("\r\n");
    }

    private static string Local(DateTime time) => time.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    private static string Day(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
