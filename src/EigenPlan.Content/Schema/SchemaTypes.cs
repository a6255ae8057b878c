namespace EigenPlan.Content.Schema;

/// <summary>
/// A declarative description of what a content file may contain. The same description drives the checker
/// (<see cref="SchemaValidator"/>) and the JSON Schema for editors (<see cref="JsonSchemaGenerator"/>), so they never drift.
/// </summary>
internal abstract record SchemaType;

/// <summary>A group of named fields; any other key is an error.</summary>
internal sealed record ObjectSchema(string Title, IReadOnlyList<Field> Fields) : SchemaType
{
    /// <summary>When set, at least one of these keys must be filled in (e.g. one way to get in touch).</summary>
    public IReadOnlyList<string>? AtLeastOneOf { get; init; }

    public Field? FindField(string key)
    {
        foreach (var field in Fields)
        {
            if (field.Key == key)
            {
                return field;
            }
        }

        return null;
    }
}

/// <summary>One key of an <see cref="ObjectSchema"/>, with its Dutch description for editors.</summary>
internal sealed record Field(string Key, SchemaType Type, string Description, bool Required = true);

/// <summary>A list of items of one type.</summary>
internal sealed record ListSchema(SchemaType Item) : SchemaType
{
    public int? MinItems { get; init; }
    public int? MaxItems { get; init; }

    /// <summary>For lists of groups: the key whose value must be unique within the list (usually <c>id</c>).</summary>
    public string? UniqueKey { get; init; }
}

/// <summary>A text value, optionally restricted to a shape or a fixed set of words.</summary>
internal sealed record TextSchema : SchemaType
{
    public TextFormat? Format { get; init; }
    public IReadOnlyList<string>? AllowedValues { get; init; }
    public int? MaxLength { get; init; }

    /// <summary>The value must fit on one line (no line breaks).</summary>
    public bool SingleLine { get; init; }

    /// <summary>Residents read this text (a question, hint, summary), so the B1 check reads it too; names and
    /// addresses are not checked.</summary>
    public bool ForResidents { get; init; }
}

/// <summary>A whole number within bounds.</summary>
internal sealed record IntegerSchema(int Minimum, int Maximum) : SchemaType;

/// <summary><c>true</c> or <c>false</c>.</summary>
internal sealed record BooleanSchema : SchemaType;

/// <summary>
/// A group whose keys are chosen by the writer (such as question ids or <c>huis.onderwerp</c> keys), each with a value
/// of one type. The keys' shape is checked here; whether they exist in a format is a rule of the file kind.
/// </summary>
internal sealed record MapSchema(SchemaType Value, TextFormat KeyFormat, string KeyDescription) : SchemaType
{
    public int? MinItems { get; init; }
}
