using System.Globalization;
using System.Text.RegularExpressions;
using EigenPlan.Content.Yaml;

namespace EigenPlan.Content.Schema;

/// <summary>
/// What a value is under YAML 1.2's core schema — the reading editors (the YAML extension of VS Code) use to check a
/// file against the JSON Schema. The checker reads values the same way, so <c>naam: 42</c> is a number for both, and
/// <c>naam: "42"</c> is text for both. Quoted values are always text.
/// </summary>
internal static partial class YamlValues
{
    public enum Kind
    {
        Null,
        Boolean,
        Integer,
        Float,
        Text,
    }

    public static Kind KindOf(YamlScalar scalar)
    {
        if (!scalar.IsPlain)
        {
            return Kind.Text;
        }

        var value = scalar.Value;
        return scalar.IsNull ? Kind.Null
            : value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE" ? Kind.Boolean
            : CoreInteger().IsMatch(value) ? Kind.Integer
            : CoreFloat().IsMatch(value) ? Kind.Float
            : Kind.Text;
    }

    /// <summary>
    /// The whole number a plain value stands for (<c>3</c>, <c>+3</c>, <c>0x3</c>, <c>0o3</c>, and <c>3.0</c>, which JSON
    /// Schema also counts as an integer), or null when it is no whole number or does not fit an <see cref="int"/>.
    /// </summary>
    public static int? Integer(YamlScalar scalar) => KindOf(scalar) switch
    {
        Kind.Integer => IntegerValue(scalar.Value),
        Kind.Float when double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && double.IsFinite(number) && number == Math.Floor(number) && number is >= int.MinValue and <= int.MaxValue => (int)number,
        _ => null,
    };

    private static int? IntegerValue(string value)
    {
        long number;
        try
        {
            number = value.StartsWith("0x", StringComparison.Ordinal) ? Convert.ToInt64(value[2..], 16)
                : value.StartsWith("0o", StringComparison.Ordinal) ? Convert.ToInt64(value[2..], 8)
                : long.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }
        catch (OverflowException)
        {
            return null;
        }

        return number is >= int.MinValue and <= int.MaxValue ? (int)number : null;
    }

    /// <summary>The YAML 1.2 core schema's integers: decimal, octal (<c>0o</c>) and hexadecimal (<c>0x</c>).</summary>
    [GeneratedRegex("^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex CoreInteger();

    /// <summary>The YAML 1.2 core schema's floats, with infinity and not-a-number.</summary>
    [GeneratedRegex(@"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", RegexOptions.CultureInvariant)]
    private static partial Regex CoreFloat();
}
