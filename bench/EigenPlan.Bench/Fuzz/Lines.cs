using System.Text;

namespace EigenPlan.Bench.Fuzz;

/// <summary>Line-level helpers on raw bytes, so a mutation of one line never re-encodes (and so repairs) the rest.</summary>
internal static class Lines
{
    private static readonly byte[] NewLine = [(byte)'\n'];

    public static List<byte[]> Split(byte[] data)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < data.Length; i++)
        {
            if (data[i] == '\n')
            {
                lines.Add(data[start..i]);
                start = i + 1;
            }
        }

        lines.Add(data[start..]);
        return lines;
    }

    public static byte[] Join(List<byte[]> lines, byte[]? separator = null)
    {
        separator ??= NewLine;
        var result = new List<byte>(lines.Sum(l => l.Length + separator.Length));
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                result.AddRange(separator);
            }

            result.AddRange(lines[i]);
        }

        return [.. result];
    }

    /// <summary>
    /// Replaces the value on a line: after <c>key: </c> (YAML, JSON) or after <c>- </c> (a YAML list item); otherwise
    /// field number <paramref name="field"/> of a comma-separated line (CSV); a line without either gets it appended.
    /// </summary>
    public static string ReplaceValue(string line, string value, uint field)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        if (colon >= 0)
        {
            var end = line.TrimEnd().EndsWith(',') ? line.LastIndexOf(',') : line.Length;
            return line[..(colon + 2)] + value + (end < line.Length && end > colon ? line[end..] : "");
        }

        var dash = line.TrimStart().StartsWith("- ", StringComparison.Ordinal) ? line.IndexOf("- ", StringComparison.Ordinal) : -1;
        if (dash >= 0)
        {
            return line[..(dash + 2)] + value;
        }

        var fields = line.Split(',');
        if (fields.Length > 1)
        {
            fields[field % fields.Length] = value;
            return string.Join(',', fields);
        }

        return new StringBuilder(line).Append(value).ToString();
    }
}
