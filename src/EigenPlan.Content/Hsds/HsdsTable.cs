namespace EigenPlan.Content.Hsds;

/// <summary>
/// One table of an HSDS data package as a Frictionless Table Schema describes it: its resource name, its file, its
/// columns in order and the columns that point at other tables.
/// </summary>
/// <param name="Name">The resource name, e.g. <c>organization</c>.</param>
/// <param name="Path">The file name the standard gives it, e.g. <c>organizations.csv</c>.</param>
/// <param name="Fields">The standard's columns, in the standard's order.</param>
/// <param name="ForeignKeys">Columns holding the <c>id</c> of a row in another table.</param>
public sealed record HsdsTable(string Name, string Path, IReadOnlyList<HsdsField> Fields, IReadOnlyList<HsdsForeignKey> ForeignKeys)
{
    /// <summary>Our own columns, written after the standard's and described in the package's descriptor.</summary>
    public IReadOnlyList<HsdsField> Extensions { get; init; } = [];

    /// <summary>Every column in file order: the standard's, then ours.</summary>
    public IEnumerable<string> Columns => Fields.Concat(Extensions).Select(f => f.Name);
}

/// <summary>One column: a Table Schema field with its type, format and constraints.</summary>
/// <param name="Name">The column name.</param>
/// <param name="Type">The Table Schema type: <c>string</c>, <c>number</c>, <c>date</c>, <c>datetime</c> or <c>time</c>.</param>
/// <param name="Format">For strings: <c>uuid</c>, <c>email</c> or <c>uri</c>.</param>
/// <param name="Required">Every row must fill it in.</param>
/// <param name="Unique">No two rows may have the same value.</param>
/// <param name="Enum">The only values allowed, when set.</param>
/// <param name="Description">For our own columns: what they hold (the standard's columns are described by the standard).</param>
public sealed record HsdsField(string Name, string Type, string? Format = null, bool Required = false, bool Unique = false,
    IReadOnlyList<string>? Enum = null, string? Description = null);

/// <summary>A column whose values are the <c>id</c> of a row in <paramref name="Resource"/>.</summary>
public sealed record HsdsForeignKey(string Field, string Resource);
