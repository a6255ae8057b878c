using System.Globalization;

namespace EigenPlan.Content.Schema;

/// <summary>WCAG 2 contrast between a house colour and the white text drawn on it (tabs, headings).</summary>
internal static class Contrast
{
    /// <summary>WCAG AA for normal text.</summary>
    public const double Minimum = 4.5;

    /// <summary>Contrast ratio of white on <paramref name="hex"/> (<c>#RRGGBB</c>), from 1 to 21.</summary>
    public static double WithWhite(string hex)
    {
        var luminance = 0.2126 * Channel(hex, 1) + 0.7152 * Channel(hex, 3) + 0.0722 * Channel(hex, 5);
        return 1.05 / (luminance + 0.05);
    }

    private static double Channel(string hex, int start)
    {
        var value = int.Parse(hex.AsSpan(start, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
        return value <= 0.04045 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4);
    }
}
