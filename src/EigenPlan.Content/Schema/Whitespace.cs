using System.Text.RegularExpressions;

namespace EigenPlan.Content.Schema;

/// <summary>
/// White space, spelled out character by character so the checker (.NET) and editors (ECMAScript, through the JSON
/// Schema) agree on every character: <c>\s</c> differs between the two (U+0085, U+FEFF). Text that is only white
/// space is an error in both.
/// </summary>
internal static partial class Whitespace
{
    /// <summary>The characters, for use inside a regular expression's <c>[…]</c>: .NET's and ECMAScript's white space together.</summary>
    public const string Characters = @"\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF";

    /// <summary>Matches text with at least one character that is not white space.</summary>
    public const string NotBlankPattern = "[^" + Characters + "]";

    /// <summary>Matches text on one line with at least one character that is not white space.</summary>
    public const string SingleLineNotBlankPattern = "^[^\\n]*[^" + Characters + "][^\\n]*$";

    public static bool IsBlank(string value) => !NotBlank().IsMatch(value);

    [GeneratedRegex(NotBlankPattern, RegexOptions.CultureInvariant)]
    private static partial Regex NotBlank();
}
