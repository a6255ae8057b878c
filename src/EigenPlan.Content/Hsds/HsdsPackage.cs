using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace EigenPlan.Content.Hsds;

/// <summary>An HSDS data package: <c>datapackage.json</c> and one CSV file per table.</summary>
public sealed class HsdsPackage
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public Dictionary<string, CsvTable> Tables { get; } = new(StringComparer.Ordinal);

    /// <summary>The table, created empty with the standard columns when it is not there yet.</summary>
    public CsvTable Table(string name) =>
        Tables.TryGetValue(name, out var table) ? table : Tables[name] = new CsvTable(HsdsTables.Columns[name]);

    /// <summary>Rows of a table, or none when the package does not have it.</summary>
    public IReadOnlyList<Dictionary<string, string>> Rows(string name) => Tables.TryGetValue(name, out var table) ? table.Rows : [];

    /// <summary>Writes the CSV files and <c>datapackage.json</c> into <paramref name="directory"/>; returns the paths.</summary>
    public IReadOnlyList<string> Write(string directory, string packageName, string title)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var (name, table) in Tables.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var path = Path.Combine(directory, name + ".csv");
            using (var writer = new StreamWriter(path, append: false, Utf8))
            {
                table.Write(writer);
            }

            written.Add(path);
        }

        var descriptor = Path.Combine(directory, "datapackage.json");
        File.WriteAllText(descriptor, Descriptor(packageName, title), Utf8);
        written.Add(descriptor);
        return written;
    }

    /// <summary>Reads every resource listed in <c>datapackage.json</c>, or every CSV file when there is no descriptor.</summary>
    public static HsdsPackage Read(string directory)
    {
        var package = new HsdsPackage();
        var descriptor = Path.Combine(directory, "datapackage.json");
        IEnumerable<(string Name, string Path)> resources = File.Exists(descriptor)
            ? JsonDocument.Parse(File.ReadAllText(descriptor)).RootElement.GetProperty("resources").EnumerateArray()
                .Select(r => (r.GetProperty("name").GetString()!, Path.Combine(directory, r.GetProperty("path").GetString()!)))
                .ToList()
            : Directory.GetFiles(directory, "*.csv").Select(p => (Path.GetFileNameWithoutExtension(p), p));
        foreach (var (name, path) in resources)
        {
            if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && File.Exists(path))
            {
                using var reader = new StreamReader(path, Encoding.UTF8);
                package.Tables[name] = CsvTable.Read(reader);
            }
        }

        return package;
    }

    private string Descriptor(string packageName, string title)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("name", packageName);
            json.WriteString("title", title);
            json.WriteString("profile", "tabular-data-package");
            json.WriteString("description", "Sociale Kaart als Open Referral HSDS 3.0 data package, geschreven door eigenplan export-hsds.");
            json.WriteStartArray("resources");
            foreach (var (name, table) in Tables.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("name", name);
                json.WriteString("path", name + ".csv");
                json.WriteString("profile", "tabular-data-resource");
                json.WriteString("format", "csv");
                json.WriteString("mediatype", "text/csv");
                json.WriteString("encoding", "utf-8");
                json.WriteStartObject("schema");
                json.WriteStartArray("fields");
                foreach (var column in table.Columns)
                {
                    json.WriteStartObject();
                    json.WriteString("name", column);
                    json.WriteString("type", "string");
                    if (HsdsTables.Required.GetValueOrDefault(name)?.Contains(column) == true)
                    {
                        json.WriteStartObject("constraints");
                        json.WriteBoolean("required", true);
                        json.WriteEndObject();
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteString("primaryKey", "id");
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
