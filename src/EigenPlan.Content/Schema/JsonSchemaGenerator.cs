using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using EigenPlan.Content.Schema;

namespace EigenPlan.Content;

/// <summary>
/// Writes JSON Schemas (draft 2020-12) for the content files, from the same declarative schema the checker uses.
/// Editors such as VS Code (YAML extension) then show the Dutch descriptions and flag mistakes while typing.
/// </summary>
public static class JsonSchemaGenerator
{
    public const string FormatFileName = "format.schema.json";
    public const string MunicipalityFileName = "municipality.schema.json";
    public const string ExplanationFileName = "uitleg.schema.json";
    public const string TranslationFileName = "format-translation.schema.json";
    public const string ExplanationTranslationFileName = "uitleg-translation.schema.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        // Keep Dutch letters (é, ë) and quotes readable in the committed files.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Every schema file: file name → JSON text (LF line endings, final newline).</summary>
    public static IReadOnlyDictionary<string, string> GenerateAll() => new Dictionary<string, string>
    {
        [FormatFileName] = Generate(ContentSchemas.Format, "Een Eigen Plan-formaat: de huizen, onderwerpen, vragen en smileys. Bestand: content/formats/<id>.yaml."),
        [MunicipalityFileName] = Generate(ContentSchemas.Municipality, "Een gemeente met wijkteam, cliëntondersteuning en sociale kaart. Bestand: content/municipalities/<id>.yaml."),
        [ExplanationFileName] = Generate(ExplanationSchema.Root, "Het uitlegboekje bij een formaat: uitleg en voorbeelden van verzonnen mensen. Bestand: content/uitleg/<formaat>.yaml."),
        [TranslationFileName] = Generate(TranslationSchema.Root, "De vertaling van een Eigen Plan-formaat: alleen de woorden, bij de ids van het Nederlandse bestand. Kleuren, plaatjes, rollen en ZRM komen uit het Nederlandse bestand. Bestand: content/formats/<formaat>.<taal>.yaml, zoals basis.en.yaml."),
        [ExplanationTranslationFileName] = Generate(ExplanationTranslationSchema.Root, "De vertaling van een uitlegboekje: een kopie van het Nederlandse bestand met dezelfde sleutels en ids, en de teksten vertaald. De namen en de smileys blijven hetzelfde. Bestand: content/uitleg/<formaat>.<taal>.yaml, zoals basis.en.yaml."),
    };

    /// <summary>Writes every schema file into <paramref name="directory"/> and returns the paths written.</summary>
    public static IReadOnlyList<string> WriteAll(string directory)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var (name, text) in GenerateAll())
        {
            var path = Path.Combine(directory, name);
            File.WriteAllText(path, text);
            written.Add(path);
        }

        return written;
    }

    private static string Generate(ObjectSchema root, string description)
    {
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = root.Title,
            ["description"] = description,
        };
        foreach (var (key, value) in Describe(root))
        {
            schema[key] = value?.DeepClone();
        }

        return schema.ToJsonString(Json).ReplaceLineEndings("\n") + "\n";
    }

    private static JsonObject Describe(SchemaType type) => type switch
    {
        ObjectSchema obj => DescribeObject(obj),
        ListSchema list => DescribeList(list),
        TextSchema text => DescribeText(text),
        IntegerSchema integer => new JsonObject { ["type"] = "integer", ["minimum"] = integer.Minimum, ["maximum"] = integer.Maximum },
        BooleanSchema => new JsonObject { ["type"] = "boolean" },
        MapSchema map => DescribeMap(map),
        _ => throw new InvalidOperationException($"Unknown schema type {type.GetType().Name}."),
    };

    private static JsonObject DescribeObject(ObjectSchema schema)
    {
        var properties = new JsonObject();
        foreach (var field in schema.Fields)
        {
            var property = new JsonObject { ["description"] = field.Description };
            foreach (var (key, value) in Describe(field.Type))
            {
                property[key] = value?.DeepClone();
            }

            if (!field.Required)
            {
                AllowNull(property);
            }

            properties[field.Key] = property;
        }

        var result = new JsonObject { ["type"] = "object", ["properties"] = properties };
        var required = schema.Fields.Where(f => f.Required).Select(f => (JsonNode?)f.Key).ToArray();
        if (required.Length > 0)
        {
            result["required"] = new JsonArray(required);
        }

        if (schema.AtLeastOneOf is { } oneOf)
        {
            // Filled in, as the checker counts it: present and not left empty (null).
            result["anyOf"] = new JsonArray(oneOf.Select(key => (JsonNode?)new JsonObject
            {
                ["required"] = new JsonArray(key),
                ["properties"] = new JsonObject { [key] = new JsonObject { ["not"] = new JsonObject { ["type"] = "null" } } },
            }).ToArray());
        }

        result["additionalProperties"] = false;
        return result;
    }

    private static JsonObject DescribeMap(MapSchema schema)
    {
        var result = new JsonObject
        {
            ["type"] = "object",
            ["propertyNames"] = new JsonObject { ["description"] = schema.KeyDescription, ["pattern"] = schema.KeyFormat.Pattern },
            ["additionalProperties"] = Describe(schema.Value),
        };
        if (schema.MinItems is { } min)
        {
            result["minProperties"] = min;
        }

        return result;
    }

    /// <summary>
    /// An optional field may be left empty (<c>omschrijving:</c>), which YAML reads as null; the checker treats that as
    /// not filled in, so the schema allows null there too.
    /// </summary>
    private static void AllowNull(JsonObject property)
    {
        if (property["type"] is JsonValue type)
        {
            property["type"] = new JsonArray(type.GetValue<string>(), "null");
        }

        if (property["enum"] is JsonArray values)
        {
            values.Add(null);
        }
    }

    private static JsonObject DescribeList(ListSchema schema)
    {
        var result = new JsonObject { ["type"] = "array", ["items"] = Describe(schema.Item) };
        if (schema.MinItems is { } min)
        {
            result["minItems"] = min;
        }

        if (schema.MaxItems is { } max)
        {
            result["maxItems"] = max;
        }

        return result;
    }

    private static JsonObject DescribeText(TextSchema schema)
    {
        var result = new JsonObject { ["type"] = "string" };
        if (schema.AllowedValues is { } allowed)
        {
            result["enum"] = new JsonArray(allowed.Select(v => (JsonNode?)v).ToArray());
            return result;
        }

        result["minLength"] = 1;
        if (schema.MaxLength is { } maxLength)
        {
            result["maxLength"] = maxLength;
        }

        // Every pattern also refuses text that is only white space: a shape's own pattern does, the others say so.
        if (schema.Format is { } format)
        {
            result["pattern"] = format.Pattern;
            if (format.JsonFormat is { } jsonFormat)
            {
                result["format"] = jsonFormat;
            }
        }
        else
        {
            result["pattern"] = schema.SingleLine ? Whitespace.SingleLineNotBlankPattern : Whitespace.NotBlankPattern;
        }

        return result;
    }
}
