using System.Text;

namespace EigenPlan.Content.Hsds;

/// <summary>
/// An HSDS data package: <c>datapackage.json</c> and one CSV file per table, named and laid out as the Open Referral
/// HSDS 3.0 descriptor does (<see cref="HsdsTables"/>).
/// </summary>
public sealed class HsdsPackage
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public Dictionary<string, CsvTable> Tables { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Sample data, not yet checked by the municipality (<c>voorbeeld: true</c> in the content file). Written in the
    /// descriptor as <c>"eigenplan": { "voorbeeld": true }</c>, so an import gives it back.
    /// </summary>
    public bool IsExample { get; set; }

    /// <summary>
    /// Read from a package written before the export followed the standard's file names (<c>organization.csv</c>
    /// instead of <c>organizations.csv</c>). Such packages kept a location's address in its <c>description</c>.
    /// </summary>
    public bool IsLegacyLayout { get; internal set; }

    /// <summary>The table, created empty with the standard columns when it is not there yet.</summary>
    public CsvTable Table(string name) =>
        Tables.TryGetValue(name, out var table) ? table : Tables[name] = new CsvTable(HsdsTables.Columns[name]) { File = HsdsTables.ByName[name].Path };

    /// <summary>Rows of a table, or none when the package does not have it.</summary>
    public IReadOnlyList<Dictionary<string, string>> Rows(string name) => Tables.TryGetValue(name, out var table) ? table.Rows : [];

    /// <summary>
    /// Writes every table of <see cref="HsdsTables.All"/> (empty ones with only their header) under the standard's
    /// file names, and <c>datapackage.json</c>, into <paramref name="directory"/>; returns the paths.
    /// </summary>
    public IReadOnlyList<string> Write(string directory, string packageName, string title)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var definition in HsdsTables.All)
        {
            var path = Path.Combine(directory, definition.Path);
            using (var writer = new StreamWriter(path, append: false, Utf8))
            {
                Table(definition.Name).Write(writer);
            }

            written.Add(path);
        }

        var descriptor = Path.Combine(directory, HsdsDescriptor.FileName);
        File.WriteAllText(descriptor, HsdsDescriptor.Write(packageName, title, IsExample), Utf8);
        written.Add(descriptor);
        return written;
    }

    /// <summary>
    /// Reads the package in <paramref name="directory"/>: every CSV resource its <c>datapackage.json</c> lists (or,
    /// without one, every CSV file), refusing files outside the folder. Problems name the file and row.
    /// </summary>
    public static HsdsReadResult Read(string directory) => HsdsPackageReader.Read(directory);
}

/// <summary>The outcome of reading a package: the package when nothing was wrong, and every problem found.</summary>
public sealed record HsdsReadResult(HsdsPackage? Package, IReadOnlyList<HsdsProblem> Problems);

/// <summary>Something wrong in a package, at a file and (for a CSV row) the line where the row starts.</summary>
/// <param name="File">The file, relative to the package folder (<c>datapackage.json</c>, <c>services.csv</c>).</param>
/// <param name="Line">1-based line, or 0 for the file as a whole.</param>
/// <param name="Message">What is wrong and what to do, in Dutch.</param>
public sealed record HsdsProblem(string File, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
