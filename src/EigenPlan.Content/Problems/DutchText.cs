using System.Globalization;

namespace EigenPlan.Content.Problems;

/// <summary>Small helpers for Dutch wording in messages, independent of the machine's culture settings.</summary>
internal static class DutchText
{
    /// <summary>100000 → "100.000".</summary>
    public static string Number(long value) =>
        value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');

    /// <summary>1.1 → "1,1".</summary>
    public static string Decimal(double value, string format = "0.0") =>
        value.ToString(format, CultureInfo.InvariantCulture).Replace('.', ',');

    /// <summary>"1 fout" / "3 fouten".</summary>
    public static string Count(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";

    /// <summary>"a, b of c".</summary>
    public static string OrList(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Join("", items) : string.Join(", ", items.Take(items.Count - 1)) + " of " + items[^1];
}
