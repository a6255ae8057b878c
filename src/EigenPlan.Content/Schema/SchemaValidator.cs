using System.Globalization;
using EigenPlan.Content.Problems;
using EigenPlan.Content.Yaml;

namespace EigenPlan.Content.Schema;

/// <summary>
/// Checks a <see cref="YamlNode"/> tree against a declarative schema and reports every mismatch, never only the first.
/// Recursion is safe here: the reader has already limited the depth to 32.
/// </summary>
internal sealed partial class SchemaValidator(ProblemList problems, DateOnly today)
{
    public void Validate(YamlNode node, SchemaType type, string label) => Validate(node, type, new Label(label, -1));

    private void Validate(YamlNode node, SchemaType type, Label label)
    {
        switch (type)
        {
            case ObjectSchema obj:
                ValidateObject(node, obj, label);
                break;
            case ListSchema list:
                ValidateList(node, list, label);
                break;
            case TextSchema text:
                ValidateText(node, text, label);
                break;
            case IntegerSchema integer:
                ValidateInteger(node, integer, label);
                break;
            case BooleanSchema:
                ValidateBoolean(node, label);
                break;
            case MapSchema map:
                ValidateMap(node, map, label);
                break;
        }
    }

    /// <summary>
    /// Names the place for messages: a key, or "key, item 3". Kept as key + index and only formatted when a problem
    /// is reported, because a large Sociale Kaart would otherwise build a string for every item it checks.
    /// </summary>
    private readonly record struct Label(string Key, int Item)
    {
        public override string ToString() => Item < 0 ? Key : $"{Key}, item {Item + 1}";
    }

    private void ValidateObject(YamlNode node, ObjectSchema schema, Label label)
    {
        if (node is not YamlMapping mapping)
        {
            WrongType(node, label, "een groep velden (sleutel: waarde)");
            return;
        }

        foreach (var (key, value) in mapping.Entries)
        {
            var field = schema.FindField(key.Value);
            if (field is null)
            {
                problems.Error(key, $"Onbekend veld '{key.Value}'.{Suggestions.DidYouMean(key.Value, schema.Fields.Select(f => f.Key))} Toegestaan zijn: {string.Join(", ", schema.Fields.Select(f => f.Key))}.");
            }
            else if (IsEmpty(value))
            {
                if (field.Required)
                {
                    problems.Error(key, $"'{field.Key}' is leeg. Vul hier iets in.");
                }
            }
            else
            {
                Validate(value, field.Type, new Label(field.Key, -1));
            }
        }

        foreach (var field in schema.Fields)
        {
            if (field.Required && mapping.Find(field.Key) is null)
            {
                problems.Error(mapping, $"Het verplichte veld '{field.Key}' ontbreekt{Where(label)}.");
            }
        }

        if (schema.AtLeastOneOf is { } oneOf && !oneOf.Any(key => mapping[key] is { } value && !IsEmpty(value)))
        {
            problems.Error(mapping, $"Vul bij '{label}' minstens één van deze velden in: {string.Join(", ", oneOf)}.");
        }
    }

    private void ValidateList(YamlNode node, ListSchema schema, Label label)
    {
        if (node is not YamlSequence sequence)
        {
            WrongType(node, label, "een lijst");
            return;
        }

        var count = sequence.Items.Count;
        if (count < schema.MinItems)
        {
            problems.Error(sequence, $"'{label}' heeft {count} {(count == 1 ? "item" : "items")}; dat moeten er minstens {schema.MinItems} zijn.");
        }
        else if (count > schema.MaxItems)
        {
            problems.Error(sequence, $"'{label}' heeft {count} items; dat mogen er hoogstens {schema.MaxItems} zijn.");
        }

        Dictionary<string, YamlScalar>? seen = schema.UniqueKey is null ? null : new(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var item = sequence.Items[i];
            if (IsEmpty(item))
            {
                problems.Error(item, $"Item {i + 1} van '{label}' is leeg.");
                continue;
            }

            Validate(item, schema.Item, new Label(label.Key, i));
            if (seen is not null && item is YamlMapping mapping && mapping[schema.UniqueKey!] is YamlScalar { IsNull: false } id
                && !seen.TryAdd(id.Value, id))
            {
                problems.Error(id, $"Het {schema.UniqueKey} '{id.Value}' komt al voor op regel {seen[id.Value].Line}. Elk {schema.UniqueKey} mag maar één keer voorkomen in '{label}'.");
            }
        }
    }

    private void ValidateText(YamlNode node, TextSchema schema, Label label)
    {
        if (node is not YamlScalar scalar)
        {
            WrongType(node, label, "tekst");
            return;
        }

        var value = scalar.Value;
        if (schema.AllowedValues is { } allowed)
        {
            if (!allowed.Contains(value))
            {
                problems.Error(scalar, $"'{value}' is geen geldige waarde voor '{label}'.{Suggestions.DidYouMean(value, allowed)} Kies uit: {string.Join(", ", allowed)}.");
            }

            return;
        }

        if (schema.SingleLine && value.Contains('\n', StringComparison.Ordinal))
        {
            problems.Error(scalar, $"'{label}' moet op één regel passen.");
        }

        if (value.Length > schema.MaxLength)
        {
            problems.Error(scalar, $"'{label}' is {value.Length} tekens lang; dat mogen er hoogstens {schema.MaxLength} zijn. Maak de tekst korter.");
        }

        if (schema.Format?.Check(value, today) is { } message)
        {
            problems.Error(scalar, message);
        }
    }

    private void ValidateInteger(YamlNode node, IntegerSchema schema, Label label)
    {
        if (node is not YamlScalar { IsPlain: true } scalar
            || !int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            WrongType(node, label, "een heel getal");
            return;
        }

        if (number < schema.Minimum || number > schema.Maximum)
        {
            problems.Error(scalar, $"'{label}' moet een getal van {schema.Minimum} tot en met {schema.Maximum} zijn, niet {number}.");
        }
    }

    private void ValidateBoolean(YamlNode node, Label label)
    {
        if (node is not YamlScalar { IsPlain: true } scalar || ParseBoolean(scalar.Value) is null)
        {
            WrongType(node, label, "true of false");
        }
    }

    /// <summary>The YAML 1.2 core schema spellings of true and false.</summary>
    public static bool? ParseBoolean(string value) => value switch
    {
        "true" or "True" or "TRUE" => true,
        "false" or "False" or "FALSE" => false,
        _ => null,
    };

    private static bool IsEmpty(YamlNode node) => node is YamlScalar { IsNull: true } or YamlScalar { Value.Length: 0 };

    private void WrongType(YamlNode node, Label label, string expected)
    {
        var actual = node is YamlScalar scalar ? $"'{Shorten(scalar.Value)}'" : node.Description;
        var where = label.Key.Length == 0 ? "Hier" : $"Bij '{label}'";
        problems.Error(node, $"{where} hoort {expected}, maar hier staat {actual}.");
    }

    private static string Where(Label label) => label.Key.Length == 0 ? "" : $" in '{label}'";

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
