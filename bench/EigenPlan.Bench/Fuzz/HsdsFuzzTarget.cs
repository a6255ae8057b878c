using EigenPlan.Content;
using EigenPlan.Content.Hsds;
using EigenPlan.Core.Content;

namespace EigenPlan.Bench.Fuzz;

/// <summary>
/// <c>eigenplan import-hsds</c> as a library: read a package folder (<see cref="HsdsPackage.Read"/>), import it
/// (<see cref="HsdsImporter.Import"/>), write the municipality file (<see cref="MunicipalityYamlWriter"/>), and read
/// that file back as <c>eigenplan check</c> would. The seed is the package <c>export-hsds</c> makes of the bundled
/// Almere file. Whether <c>check</c> accepts the written file is counted, not required: the command tells the user
/// to check it.
/// </summary>
internal sealed class HsdsFuzzTarget : IFuzzTarget
{
    private readonly Format _format;
    private readonly LoadContext _context;

    public HsdsFuzzTarget(string contentRoot)
    {
        var options = new ContentLoadOptions();
        var snapshot = ContentLoader.LoadDirectory(contentRoot, options);
        _format = snapshot.FindFormat("basis")!;
        _context = new LoadContext(options);
        _context.SetFormats(snapshot.Formats);
        var almere = snapshot.FindMunicipality("almere")!;
        var folder = Path.Combine(Path.GetTempPath(), "eigenplan-fuzz-seed-" + Guid.NewGuid().ToString("N"));
        try
        {
            HsdsExporter.Export(almere, _format, HsdsExporter.NeedsProvince(almere) ? "Flevoland" : null).Package.Write(folder, "almere", "Almere");
            Seeds = [FuzzCase.ReadFrom(folder)];
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        Cases = new MutatedCases(Seeds, path => Mutations.For(path.EndsWith(".json", StringComparison.Ordinal) ? Snippets.Json : Snippets.Csv),
            maxFilesTouched: 3, packageEdits: true);
    }

    public string Name => "hsds";

    public IReadOnlyList<FuzzCase> Seeds { get; }

    public CsCheck.Gen<FuzzCase> Cases { get; }

    public string Run(FuzzCase input, string workFolder)
    {
        var package = Path.Combine(workFolder, "package");
        input.WriteTo(package);
        var read = HsdsPackage.Read(package);
        if (read.Package is null)
        {
            return "pakket geweigerd";
        }

        var result = HsdsImporter.Import(read.Package, "almere", "Almere", _format);
        if (result.Municipality is not { } municipality)
        {
            return "import geweigerd";
        }

        var file = Path.Combine(workFolder, "municipalities", "almere.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, MunicipalityYamlWriter.Write(municipality, result.Notes));
        return ContentLoader.LoadMunicipality(file, _context).Value is null ? "ingelezen, check weigert het bestand" : "ingelezen";
    }
}
