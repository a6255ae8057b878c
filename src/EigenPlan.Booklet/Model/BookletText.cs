using System.Globalization;
using System.Text;
using EigenPlan.Core.Plans;

namespace EigenPlan.Booklet.Model;

/// <summary>Makes resident text safe to typeset: no control or invisible format characters, at most the plan limit.</summary>
internal static class BookletText
{
    public static string Clean(string? text, int maxLength = PlanLimits.MaxTextLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var builder = new StringBuilder(Math.Min(text.Length, maxLength));
        foreach (var c in text.Replace("\r\n", "\n", StringComparison.Ordinal))
        {
            if (builder.Length >= maxLength)
            {
                break;
            }

            var category = char.GetUnicodeCategory(c);
            if (c is '\n' or '\r')
            {
                builder.Append('\n');
            }
            else if (c == '\t' || category is UnicodeCategory.SpaceSeparator)
            {
                builder.Append(' ');
            }
            // Control and format characters (bidi overrides, zero-width marks) have no glyph and can hide text.
            else if (category is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned))
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }
}
