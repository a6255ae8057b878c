using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace EigenPlan.Content.Tests.Schema;

/// <summary>
/// YAML ↔ JSON for the schema agreement test, written apart from the project's reader so they cannot share a mistake:
/// <see cref="Read"/> turns a (trusted) YAML file into the JSON an editor validates (YAML 1.2 core schema), and
/// <see cref="Write"/> writes JSON back as block YAML with one value replaced by raw YAML text, telling where it landed.
/// </summary>
internal static partial class YamlJson
{
    /// <summary>A string that stands for the value to replace while writing.</summary>
    public const string Marker = "\u0001hier\u0001";

    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonNode Read(string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        return ToJson(stream.Documents[0].RootNode)!;
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, ToJson(c.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(ToJson)]),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } scalar => Plain(scalar.Value ?? ""),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => throw new InvalidOperationException(node.GetType().Name),
    };

    /// <summary>YAML 1.2 core schema (spec 10.3.2) for an unquoted value.</summary>
    private static JsonValue? Plain(string value) => value switch
    {
        "" or "~" or "null" or "Null" or "NULL" => null,
        "true" or "True" or "TRUE" => JsonValue.Create(true),
        "false" or "False" or "FALSE" => JsonValue.Create(false),
        _ when Regex.IsMatch(value, "^[-+]?[0-9]+$") => JsonValue.Create(long.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)),
        _ when Regex.IsMatch(value, @"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$") => JsonValue.Create(double.Parse(value, CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(value),
    };

    /// <summary>Block YAML for <paramref name="root"/>, with the <see cref="Marker"/> value written as <paramref name="raw"/>; and its 1-based line and column.</summary>
    public static (string Text, int Line, int Column) Write(JsonNode root, string raw)
    {
        var writer = new Writer(raw);
        writer.Object((JsonObject)root, 0);
        return (writer.Text.ToString(), writer.Line, writer.Column);
    }

    private sealed class Writer(string raw)
    {
        public StringBuilder Text { get; } = new();
        public int Line { get; private set; }
        public int Column { get; private set; }

        private int _lines;

        public void Object(JsonObject obj, int indent)
        {
            foreach (var (key, value) in obj)
            {
                var prefix = new string(' ', indent) + key + ":";
                Value(prefix, value, indent);
            }
        }

        /// <summary>Writes "prefix value" (a scalar on the same line) or "prefix" and the block below it.</summary>
        private void Value(string prefix, JsonNode? value, int indent)
        {
            switch (value)
            {
                case JsonObject { Count: > 0 } obj:
                    Emit(prefix);
                    Object(obj, indent + 2);
                    break;
                case JsonArray { Count: > 0 } list:
                    Emit(prefix);
                    foreach (var item in list)
                    {
                        Item(item, indent + 2);
                    }

                    break;
                default:
                    Scalar(prefix + " ", value);
                    break;
            }
        }

        private void Item(JsonNode? item, int indent)
        {
            if (item is JsonObject { Count: > 0 } obj)
            {
                // "- first: …" then the other keys under it.
                var first = true;
                foreach (var (key, value) in obj)
                {
                    var prefix = (first ? new string(' ', indent) + "- " : new string(' ', indent + 2)) + key + ":";
                    Value(prefix, value, indent + 2);
                    first = false;
                }
            }
            else
            {
                Value(new string(' ', indent) + "-", item, indent);
            }
        }

        private void Scalar(string prefix, JsonNode? value)
        {
            if (value is JsonValue marker && marker.TryGetValue<string>(out var text) && text == Marker)
            {
                (Line, Column) = (_lines + 1, prefix.Length + 1);
                Emit(prefix + raw);
                return;
            }

            Emit(prefix + value switch
            {
                null => "null",
                JsonObject => "{}",
                JsonArray => "[]",
                JsonValue v when v.GetValueKind() == JsonValueKind.String => JsonSerializer.Serialize(v.GetValue<string>(), Quoting),
                _ => value.ToJsonString(),
            });
        }

        private void Emit(string line)
        {
            Text.Append(line).Append('\n');
            _lines++;
        }
    }
}
