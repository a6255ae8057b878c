using EigenPlan.Core.Languages;
using EigenPlan.Web.Languages;

namespace EigenPlan.Web.Components.Pages.Together.Parts;

/// <summary>
/// Dates and times in Dutch time (Europe/Amsterdam), written in the page's language ("9 maart 2026, 14:05", "9 March
/// 2026, 14:05", "9 marca 2026"), without depending on ICU culture data: the month names are the language's own
/// (<see cref="PlanLanguage.Months"/>), so a server without ICU writes the same words, and Arabic keeps Western digits.
/// </summary>
public static class DutchTime
{
    private static readonly TimeZoneInfo Zone = FindZone();

    /// <summary>"9 maart 2026" in the current interface language.</summary>
    public static string Date(DateOnly date) => Date(date, CurrentLanguage.Value);

    public static string Date(DateOnly date, PlanLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.Date(date);
    }

    /// <summary>"9 maart 2026, 14:05" in Dutch time, in the current interface language.</summary>
    public static string Time(DateTime utc) => Time(utc, CurrentLanguage.Value);

    public static string Time(DateTime utc, PlanLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);
        var comma = language.IsRightToLeft ? "،" : ",";
        return $"{Date(DateOnly.FromDateTime(local), language)}{comma} {local:HH\\:mm}";
    }

    /// <summary>Midnight at the start (or end) of a Dutch calendar day, in UTC: for the log's period filter.</summary>
    public static DateTime StartOfDayUtc(DateOnly date) => TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue), Zone);

    public static DateTime EndOfDayUtc(DateOnly date) => TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MaxValue), Zone);

    public static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date : null;

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
