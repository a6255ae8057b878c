using EigenPlan.Content.Hsds;
using EigenPlan.Core.Content;

namespace EigenPlan.Content.Tests.Hsds;

/// <summary>An exported package in a temp folder, deleted on dispose; with helpers to change one cell of a CSV file.</summary>
internal sealed class HsdsExportTestPackage : IDisposable
{
    private HsdsExportTestPackage(string folder) => Folder = folder;

    public string Folder { get; }

    public static HsdsExportTestPackage Of(Municipality municipality, string? province = "Flevoland")
    {
        var folder = Path.Combine(Path.GetTempPath(), "eigenplan-hsds-" + Guid.NewGuid().ToString("N"));
        var export = HsdsExporter.Export(municipality, BundledContent.Format, province);
        export.Package.Write(folder, "eigenplan-" + municipality.Id, "Test");
        return new HsdsExportTestPackage(folder);
    }

    public static Municipality Bundled(string id) => ContentLoader.LoadDirectory(RepoRoot.Content).FindMunicipality(id)!;

    public string PathOf(string file) => Path.Combine(Folder, file);

    /// <summary>The cells of line <paramref name="line"/> of a CSV file up to the first quoted one (enough for ids and codes).</summary>
    public string[] LeadingCells(string file, int line) => File.ReadAllLines(PathOf(file))[line - 1].Split('"')[0].Split(',');

    /// <summary>Replaces the first <paramref name="old"/> on line <paramref name="line"/> of a file.</summary>
    public void ReplaceOnLine(string file, int line, string old, string replacement)
    {
        var lines = File.ReadAllLines(PathOf(file));
        var at = lines[line - 1].IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{old}' is not on line {line} of {file}");
        lines[line - 1] = lines[line - 1][..at] + replacement + lines[line - 1][(at + old.Length)..];
        File.WriteAllText(PathOf(file), string.Join("\r\n", lines) + "\r\n");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
