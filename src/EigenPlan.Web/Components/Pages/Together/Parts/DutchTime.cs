namespace EigenPlan.Web.Components.Pages.Together.Parts;

/// <summary>Dates and times the Dutch way ("9 maart 2026, 14:05"), in Dutch time, without depending on ICU culture data.</summary>
public static class DutchTime
{
    private static readonly string[] Months =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    private static readonly TimeZoneInfo Zone = FindZone();

    public static string Date(DateOnly date) => $"{date.Day} {Months[date.Month - 1]} {date.Year}";

    public static string Time(DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);
        return $"{Date(DateOnly.FromDateTime(local))}, {local:HH\\:mm}";
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
