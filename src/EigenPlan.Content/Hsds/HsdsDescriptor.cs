using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace EigenPlan.Content.Hsds;

/// <summary>
/// Writes <c>datapackage.json</c> the way the HSDS 3.0 repository builds its example packages
/// (<c>examples/make_datapackages.py</c>): the official resource definitions for the tables present, with only the
/// foreign keys whose target table is present. Our own columns are described as extra fields at the end.
/// </summary>
internal static class HsdsDescriptor
{
    public const string FileName = "datapackage.json";

    /// <summary>Our own package property: <c>"eigenplan": { "voorbeeld": … }</c>.</summary>
    public const string ExtensionProperty = "eigenplan";

    public const string ExampleProperty = "voorbeeld";

    public static string Write(string packageName, string title, bool isExample)
    {
        var present = HsdsTables.All.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("name", packageName);
            json.WriteString("title", title);
            json.WriteString("profile", "tabular-data-package");
            json.WriteString("description", "Sociale Kaart als Open Referral HSDS 3.0 datapakket, geschreven door eigenplan export-hsds. "
                + $"Eigen kolommen staan achteraan en beginnen met 'eigenplan_'; '{ExtensionProperty}.{ExampleProperty}' = true betekent voorbeeldgegevens die de gemeente nog niet heeft gecontroleerd.");
            json.WriteStartObject(ExtensionProperty);
            json.WriteBoolean(ExampleProperty, isExample);
            json.WriteEndObject();
            json.WriteStartArray("resources");
            foreach (var table in HsdsTables.All)
            {
                Resource(json, table, present);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Resource(Utf8JsonWriter json, HsdsTable table, HashSet<string> present)
    {
        json.WriteStartObject();
        json.WriteString("name", table.Name);
        json.WriteString("path", table.Path);
        json.WriteString("profile", "tabular-data-resource");
        json.WriteString("format", "csv");
        json.WriteString("mediatype", "text/csv");
        json.WriteString("encoding", "utf-8");
        json.WriteStartObject("schema");
        json.WriteString("primaryKey", "id");
        json.WriteStartArray("fields");
        foreach (var field in table.Fields.Concat(table.Extensions))
        {
            Field(json, field);
        }

        json.WriteEndArray();
        var foreignKeys = table.ForeignKeys.Where(k => present.Contains(k.Resource)).ToList();
        if (foreignKeys.Count > 0)
        {
            json.WriteStartArray("foreignKeys");
            foreach (var key in foreignKeys)
            {
                json.WriteStartObject();
                json.WriteString("fields", key.Field);
                json.WriteStartObject("reference");
                json.WriteString("resource", key.Resource);
                json.WriteString("fields", "id");
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Field(Utf8JsonWriter json, HsdsField field)
    {
        json.WriteStartObject();
        json.WriteString("name", field.Name);
        json.WriteString("type", field.Type);
        if (field.Format is { } format)
        {
            json.WriteString("format", format);
        }

        if (field.Description is { } description)
        {
            json.WriteString("description", description);
        }

        json.WriteStartObject("constraints");
        json.WriteBoolean("required", field.Required);
        json.WriteBoolean("unique", field.Unique);
        if (field.Enum is { } values)
        {
            json.WriteStartArray("enum");
            foreach (var value in values)
            {
                json.WriteStringValue(value);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
