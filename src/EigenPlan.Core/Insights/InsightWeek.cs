using System.Globalization;

namespace EigenPlan.Core.Insights;

/// <summary>An ISO 8601 week (<c>2026-W09</c>): the finest time any count has.</summary>
public readonly record struct InsightWeek(int Year, int Week) : IComparable<InsightWeek>
{
    public static InsightWeek Of(DateOnly date) =>
        new(ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue)), ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)));

    /// <summary>The Monday the week starts on.</summary>
    public DateOnly Monday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday));

    public InsightWeek Next() => Of(Monday.AddDays(7));

    public static bool TryParse(string? text, out InsightWeek week)
    {
        week = default;
        if (text is not { Length: 8 } || text[4] != '-' || text[5] != 'W'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || number < 1 || number > ISOWeek.GetWeeksInYear(year))
        {
            return false;
        }
        week = new InsightWeek(year, number);
        return true;
    }

    public int CompareTo(InsightWeek other) => (Year, Week).CompareTo((other.Year, other.Week));

    public override string ToString() => $"{Year:D4}-W{Week:D2}";

    public static bool operator <(InsightWeek left, InsightWeek right) => left.CompareTo(right) < 0;

    public static bool operator <=(InsightWeek left, InsightWeek right) => left.CompareTo(right) <= 0;

    public static bool operator >(InsightWeek left, InsightWeek right) => left.CompareTo(right) > 0;

    public static bool operator >=(InsightWeek left, InsightWeek right) => left.CompareTo(right) >= 0;
}
