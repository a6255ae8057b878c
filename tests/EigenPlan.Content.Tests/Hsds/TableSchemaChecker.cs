using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace EigenPlan.Content.Tests.Hsds;

/// <summary>
/// A small Frictionless Table Schema checker (no such package is served here), to hold an exported package against
/// the official HSDS 3.0 descriptor: each resource's file name, the columns and their order, types and formats
/// (<c>uuid</c>, <c>email</c>, <c>uri</c>, <c>date</c>, <c>datetime</c>, <c>number</c>, <c>time</c>), <c>enum</c>,
/// <c>required</c>, <c>unique</c>, primary keys and foreign keys across tables — and the package's own descriptor
/// against the official field definitions. It reads the CSV files itself, without the project's reader, so the two
/// cannot share a mistake. Columns after the standard's are allowed only with <see cref="ExtensionPrefix"/>.
/// </summary>
internal sealed partial class TableSchemaChecker(JsonElement official)
{
    public const string ExtensionPrefix = "eigenplan_";

    /// <summary>The official HSDS 3.0 descriptor vendored in <c>Hsds/Official</c>.</summary>
    public static TableSchemaChecker Official()
    {
        var path = Path.Combine(RepoRoot.Path, "tests", "EigenPlan.Content.Tests", "Hsds", "Official", "datapackage.json");
        return new TableSchemaChecker(JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone());
    }

    /// <summary>Every problem in the package folder, as "file:line: column: what" (empty when it conforms).</summary>
    public List<string> Check(string folder)
    {
        var problems = new List<string>();
        using var ours = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "datapackage.json")));
        var resources = ours.RootElement.GetProperty("resources").EnumerateArray()
            .Select(r => (Name: r.GetProperty("name").GetString()!, Path: r.GetProperty("path").GetString()!, Schema: r.GetProperty("schema")))
            .ToList();
        var present = resources.Select(r => r.Name).ToHashSet();
        var tables = new Dictionary<string, Table>();
        foreach (var (name, path, schema) in resources)
        {
            if (Resource(name) is not { } standard)
            {
                problems.Add($"datapackage.json: '{name}' is not an HSDS 3.0 resource");
                continue;
            }

            if (path != standard.GetProperty("path").GetString())
            {
                problems.Add($"datapackage.json: '{name}' has path '{path}'; the standard says '{standard.GetProperty("path").GetString()}'");
            }

            CompareDescriptor(name, standard.GetProperty("schema"), schema, present, problems);
            var records = ReadCsv(File.ReadAllText(Path.Combine(folder, path)));
            tables[name] = new Table(standard.GetProperty("schema"), path, [.. records[0].Cells], [.. records.Skip(1)]);
        }

        foreach (var table in tables.Values)
        {
            CheckTable(table, problems);
            CheckForeignKeys(table, tables, problems);
        }

        return problems;
    }

    /// <summary>A CSV file as read, with the official schema of its resource.</summary>
    private sealed record Table(JsonElement Schema, string File, List<string> Header, List<(int Line, string[] Cells)> Rows)
    {
        public string Value(string[] cells, string column) => Header.IndexOf(column) is >= 0 and var i && i < cells.Length ? cells[i] : "";
    }

    private JsonElement? Resource(string name) =>
        official.GetProperty("resources").EnumerateArray().Cast<JsonElement?>().FirstOrDefault(r => r!.Value.GetProperty("name").GetString() == name);

    private static List<JsonElement> Fields(JsonElement schema) => [.. schema.GetProperty("fields").EnumerateArray()];

    /// <summary>
    /// The package's own descriptor must say what the standard says for each standard field, and carry the standard's
    /// foreign keys to the tables present (the rule of the standard's own <c>examples/make_datapackages.py</c>).
    /// </summary>
    private static void CompareDescriptor(string name, JsonElement standard, JsonElement ours, HashSet<string> present, List<string> problems)
    {
        var ourFields = Fields(ours).ToDictionary(f => f.GetProperty("name").GetString()!);
        foreach (var field in Fields(standard))
        {
            var fieldName = field.GetProperty("name").GetString()!;
            if (!ourFields.TryGetValue(fieldName, out var mine))
            {
                problems.Add($"datapackage.json: {name}.{fieldName} is not described");
            }
            else if (Facts(field) != Facts(mine))
            {
                problems.Add($"datapackage.json: {name}.{fieldName} is described as {Facts(mine)}; the standard says {Facts(field)}");
            }
        }

        if (ours.GetProperty("primaryKey").GetString() != standard.GetProperty("primaryKey").GetString())
        {
            problems.Add($"datapackage.json: {name} has another primary key than the standard");
        }

        var expected = ForeignKeys(standard).Where(k => present.Contains(k.Resource)).Order().ToList();
        var actual = ForeignKeys(ours).Order().ToList();
        if (!expected.SequenceEqual(actual))
        {
            problems.Add($"datapackage.json: {name} has foreign keys [{string.Join(", ", actual)}]; the standard's to tables present are [{string.Join(", ", expected)}]");
        }
    }

    private static string Facts(JsonElement field)
    {
        var constraints = field.TryGetProperty("constraints", out var c) ? c : default;
        static string Get(JsonElement e, string key) =>
            e.ValueKind == JsonValueKind.Object && e.TryGetProperty(key, out var v) ? JsonSerializer.Serialize(v) : "-";
        return $"type={Get(field, "type")} format={Get(field, "format")} required={Get(constraints, "required")} unique={Get(constraints, "unique")} enum={Get(constraints, "enum")}";
    }

    private static List<(string Field, string Resource)> ForeignKeys(JsonElement schema) =>
        schema.TryGetProperty("foreignKeys", out var keys)
            ? [.. keys.EnumerateArray().Select(k => (k.GetProperty("fields").GetString()!, k.GetProperty("reference").GetProperty("resource").GetString()!))]
            : [];

    private static void CheckTable(Table table, List<string> problems)
    {
        var (schema, file, header, rows) = (table.Schema, table.File, table.Header, table.Rows);
        var fields = Fields(schema);
        var names = fields.Select(f => f.GetProperty("name").GetString()!).ToList();
        if (!header.Take(names.Count).SequenceEqual(names))
        {
            problems.Add($"{file}:1: the columns are [{string.Join(",", header)}]; the standard's are [{string.Join(",", names)}], in that order");
            return;
        }

        foreach (var extra in header.Skip(names.Count).Where(h => !h.StartsWith(ExtensionPrefix, StringComparison.Ordinal)))
        {
            problems.Add($"{file}:1: extra column '{extra}' is not a documented extension ({ExtensionPrefix}…)");
        }

        var primaryKey = schema.GetProperty("primaryKey").GetString();
        var seen = names.ToDictionary(n => n, _ => new Dictionary<string, int>());
        foreach (var (line, cells) in rows)
        {
            if (cells.Length != header.Count)
            {
                problems.Add($"{file}:{line}: {cells.Length} cells; the header has {header.Count}");
                continue;
            }

            for (var i = 0; i < fields.Count; i++)
            {
                var (value, constraints) = (cells[i], fields[i].GetProperty("constraints"));
                if (value.Length == 0)
                {
                    // Table Schema's default missing value is the empty string.
                    if (Flag(constraints, "required") || names[i] == primaryKey)
                    {
                        problems.Add($"{file}:{line}: {names[i]}: required, but empty");
                    }

                    continue;
                }

                if (TypeProblem(fields[i], value) is { } typeProblem)
                {
                    problems.Add($"{file}:{line}: {names[i]}: {typeProblem}");
                }

                if (constraints.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => a.GetString() == value))
                {
                    problems.Add($"{file}:{line}: {names[i]}: '{value}' is not one of {allowed.GetRawText()}");
                }

                if ((Flag(constraints, "unique") || names[i] == primaryKey) && !seen[names[i]].TryAdd(value, line))
                {
                    problems.Add($"{file}:{line}: {names[i]}: '{value}' is also on line {seen[names[i]][value]} (unique)");
                }
            }
        }
    }

    private static bool Flag(JsonElement constraints, string name) => constraints.TryGetProperty(name, out var value) && value.GetBoolean();

    private static void CheckForeignKeys(Table table, Dictionary<string, Table> tables, List<string> problems)
    {
        foreach (var (field, resource) in ForeignKeys(table.Schema))
        {
            if (!tables.TryGetValue(resource, out var target))
            {
                continue; // as in the standard's own example packages: keys to tables that are not there do not apply
            }

            var ids = target.Rows.Select(r => target.Value(r.Cells, "id")).ToHashSet();
            foreach (var (line, cells) in table.Rows)
            {
                if (table.Value(cells, field) is { Length: > 0 } value && !ids.Contains(value))
                {
                    problems.Add($"{table.File}:{line}: {field}: '{value}' is no id in {resource}");
                }
            }
        }
    }

    private static string? TypeProblem(JsonElement field, string value)
    {
        var type = field.GetProperty("type").GetString();
        var format = field.TryGetProperty("format", out var f) ? f.GetString() : null;
        var ok = (type, format) switch
        {
            ("string", "uuid") => Uuid().IsMatch(value),
            ("string", "email") => Email().IsMatch(value),
            // An absolute URI with its own scheme (on Linux .NET would also take "/etc/x" as a file URI).
            ("string", "uri") => UriScheme().IsMatch(value) && Uri.TryCreate(value, UriKind.Absolute, out _) && !value.Any(char.IsWhiteSpace),
            ("string", _) => true,
            ("number", _) => Number().IsMatch(value),
            ("date", _) => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            ("datetime", _) => DateTimeValue().IsMatch(value) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            ("time", _) => TimeOnly.TryParseExact(value, "HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            _ => false,
        };
        return ok ? null : $"'{value}' is not a {type}{(format is null ? "" : "/" + format)}";
    }

    /// <summary>RFC 4180 records with the line each starts on; the first is the header.</summary>
    private static List<(int Line, string[] Cells)> ReadCsv(string text)
    {
        var records = new List<(int, string[])>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var (line, start, quoted) = (1, 1, false);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n' || (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n'))
            {
                i += c == '\r' ? 1 : 0;
                cells.Add(cell.ToString());
                cell.Clear();
                records.Add((start, cells.ToArray()));
                cells.Clear();
                start = ++line;
            }
            else
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            records.Add((start, cells.ToArray()));
        }

        return records;
    }

    [GeneratedRegex("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    private static partial Regex Uuid();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex UriScheme();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex Email();

    [GeneratedRegex(@"^[-+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Number();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")]
    private static partial Regex DateTimeValue();
}
