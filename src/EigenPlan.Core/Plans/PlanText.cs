using System.Globalization;
using System.Text;
using EigenPlan.Core.Languages;

namespace EigenPlan.Core.Plans;

/// <summary>Cleans text typed by a resident before it goes into the plan.</summary>
public static class PlanText
{
    private static readonly NumberFormatInfo DutchNumbers = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = "," };

    /// <summary>
    /// Removes control characters except line breaks and tabs, and lone surrogate halves (they cannot be stored as
    /// UTF-8). Nothing else changes: no trimming, so typing a space at the end survives an autosave.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var keep = c switch
            {
                '\n' or '\r' or '\t' => true,
                _ when char.IsControl(c) => false,
                _ when char.IsHighSurrogate(c) => i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]),
                _ when char.IsLowSurrogate(c) => i > 0 && char.IsHighSurrogate(text[i - 1]),
                _ => true,
            };
            if (!keep && builder is null)
            {
                builder = new StringBuilder(text.Length).Append(text, 0, i);
            }
            else if (keep)
            {
                builder?.Append(c);
            }
        }
        return builder?.ToString() ?? text;
    }

    /// <summary>Like <see cref="Clean"/>, for one-line fields: line breaks and tabs become spaces, ends are trimmed.</summary>
    public static string CleanLine(string? text) =>
        Clean(text).Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ').Trim();

    /// <summary>A date the Dutch way, independent of the machine's culture: "10 maart 2026".</summary>
    public static string Date(DateOnly date) => PlanLanguage.Dutch.Date(date);

    /// <summary>A number the Dutch way: 20.000.</summary>
    public static string Number(int value) => value.ToString("N0", DutchNumbers);
}
