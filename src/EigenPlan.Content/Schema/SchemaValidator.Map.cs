using EigenPlan.Content.Yaml;

namespace EigenPlan.Content.Schema;

internal sealed partial class SchemaValidator
{
    private void ValidateMap(YamlNode node, MapSchema schema, Label label)
    {
        if (node is not YamlMapping mapping)
        {
            WrongType(node, label, "een groep velden (sleutel: waarde)");
            return;
        }

        if (mapping.Entries.Count < schema.MinItems)
        {
            problems.Error(mapping, $"Vul bij '{label}' minstens {schema.MinItems} {(schema.MinItems == 1 ? "veld" : "velden")} in.");
        }

        foreach (var (key, value) in mapping.Entries)
        {
            if (schema.KeyFormat.Check(key.Value, today) is { } message)
            {
                problems.Error(key, $"Bij '{label}': {message}");
                continue;
            }

            if (IsEmpty(value))
            {
                problems.Error(key, $"'{key.Value}' is leeg. Vul hier iets in, of haal de regel weg.");
                continue;
            }

            Validate(value, schema.Value, new Label(key.Value, -1));
        }
    }
}
