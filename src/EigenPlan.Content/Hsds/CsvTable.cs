using System.Text;

namespace EigenPlan.Content.Hsds;

/// <summary>
/// A table as rows of named text values, read from and written to RFC 4180 CSV. Cells are written formula-safe and
/// read back to the same text (<see cref="CsvCells"/>).
/// </summary>
public sealed class CsvTable(IReadOnlyList<string> columns)
{
    private readonly List<int> _lines = [];

    public IReadOnlyList<string> Columns { get; } = columns;

    public List<Dictionary<string, string>> Rows { get; } = [];

    /// <summary>The file the table was read from, relative to its package (for problems), or null.</summary>
    public string? File { get; init; }

    /// <summary>The line in the file where row <paramref name="index"/> starts (the header is line 1), or 0 when not read from a file.</summary>
    public int LineOf(int index) => index < _lines.Count ? _lines[index] : 0;

    /// <summary>
    /// The line where a quoted cell opens that is never closed, or null. Such a cell runs to the end of the file, so
    /// the rows after it are not read; the package reader refuses the file instead of losing them silently.
    /// </summary>
    public int? UnclosedQuoteLine { get; private set; }

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
            output.Write(string.Join(',', Columns.Select(c => Quote(CsvCells.Neutralise(row.GetValueOrDefault(c, ""))))) + "\r\n");
        }
    }

    /// <summary>Reads a CSV text; <paramref name="file"/> names it in problems.</summary>
    public static CsvTable Read(TextReader input, string? file = null)
    {
        var records = ReadRecords(input.ReadToEnd(), out var unclosedQuoteLine);
        if (records.Count == 0)
        {
            return new CsvTable([]) { File = file, UnclosedQuoteLine = unclosedQuoteLine };
        }

        var table = new CsvTable(records[0].Fields) { File = file, UnclosedQuoteLine = unclosedQuoteLine };
        foreach (var (line, record) in records.Skip(1).Where(r => r.Fields.Count > 1 || (r.Fields.Count == 1 && r.Fields[0].Length > 0)))
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < Math.Min(record.Count, table.Columns.Count); i++)
            {
                if (record[i].Length > 0)
                {
                    row[table.Columns[i]] = CsvCells.Restore(record[i]);
                }
            }

            table.Rows.Add(row);
            table._lines.Add(line);
        }

        return table;
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    /// <summary>The records of a CSV text, each with the line it starts on (a quoted cell may span lines).</summary>
    private static List<(int Line, List<string> Fields)> ReadRecords(string text, out int? unclosedQuoteLine)
    {
        var records = new List<(int Line, List<string> Fields)>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var line = 1;
        var start = 1;
        var quoteOpenedOn = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
            }

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
                quoteOpenedOn = line;
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
                    i++; // the '\n' of "\r\n", which the line count above has not seen
                    line++;
                }

                record.Add(field.ToString());
                field.Clear();
                records.Add((start, record));
                record = [];
                start = line;
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add((start, record));
        }

        unclosedQuoteLine = quoted ? quoteOpenedOn : null;
        return records;
    }
}
