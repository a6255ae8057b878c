using System.Text;

namespace EigenPlan.Content.Hsds;

/// <summary>A table as rows of named text values, read from and written to RFC 4180 CSV.</summary>
public sealed class CsvTable(IReadOnlyList<string> columns)
{
    public IReadOnlyList<string> Columns { get; } = columns;

    public List<Dictionary<string, string>> Rows { get; } = [];

    public void Add(params (string Column, string? Value)[] values)
    {
        var row = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (column, value) in values)
        {
            if (!Columns.Contains(column))
            {
                throw new InvalidOperationException($"Column '{column}' is not a column of this table.");
            }

            if (!string.IsNullOrEmpty(value))
            {
                row[column] = value;
            }
        }

        Rows.Add(row);
    }

    public void Write(TextWriter output)
    {
        output.Write(string.Join(',', Columns.Select(Quote)) + "\r\n");
        foreach (var row in Rows)
        {
            output.Write(string.Join(',', Columns.Select(c => Quote(row.GetValueOrDefault(c, "")))) + "\r\n");
        }
    }

    public static CsvTable Read(TextReader input)
    {
        var records = ReadRecords(input.ReadToEnd()).ToList();
        if (records.Count == 0)
        {
            return new CsvTable([]);
        }

        var table = new CsvTable(records[0]);
        foreach (var record in records.Skip(1).Where(r => r.Count > 1 || (r.Count == 1 && r[0].Length > 0)))
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < Math.Min(record.Count, table.Columns.Count); i++)
            {
                if (record[i].Length > 0)
                {
                    row[table.Columns[i]] = record[i];
                }
            }

            table.Rows.Add(row);
        }

        return table;
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static IEnumerable<List<string>> ReadRecords(string text)
    {
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                record.Add(field.ToString());
                field.Clear();
                yield return record;
                record = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            yield return record;
        }
    }
}
