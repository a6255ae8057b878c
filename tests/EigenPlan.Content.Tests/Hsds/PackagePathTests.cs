using EigenPlan.Content.Hsds;

namespace EigenPlan.Content.Tests.Hsds;

/// <summary>A package can only make the importer read files inside its own folder.</summary>
public sealed class PackagePathTests : IDisposable
{
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "eigenplan-hsds-paths-" + Guid.NewGuid().ToString("N"));

    public PackagePathTests()
    {
        Directory.CreateDirectory(Package);
        File.WriteAllText(Path.Combine(_temp, "geheim.csv"), "id,name\r\n00000000-0000-4000-8000-000000000001,Geheim\r\n");
        File.WriteAllText(Path.Combine(Package, "organizations.csv"), "id,name,description\r\n00000000-0000-4000-8000-000000000002,Buurthuis,Een buurthuis.\r\n");
    }

    private string Package => Path.Combine(_temp, "pakket");

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Read_PathWithDotDot_IsRefused()
    {
        Descriptor("../geheim.csv");

        var result = HsdsPackage.Read(Package);

        Assert.Null(result.Package);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("datapackage.json: resources[1].path '../geheim.csv' gaat met '..' uit de map van het pakket. Alleen bestanden in de map van het pakket worden gelezen.", problem.ToString());
    }

    [Fact]
    public void Read_AbsolutePath_IsRefused()
    {
        Descriptor(Path.Combine(_temp, "geheim.csv"));

        var result = HsdsPackage.Read(Package);

        Assert.Null(result.Package);
        Assert.Contains("is een absoluut pad", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.org/geheim.csv")]
    [InlineData("sub/../../geheim.csv")]
    [InlineData("")]
    public void Read_WebAddressOrHiddenDotDotOrEmptyPath_IsRefused(string path)
    {
        Descriptor(path);

        var result = HsdsPackage.Read(Package);

        Assert.Null(result.Package);
        Assert.Single(result.Problems);
    }

    [Fact]
    public void Read_SymlinkToAFileOutsideThePackage_IsRefused()
    {
        File.CreateSymbolicLink(Path.Combine(Package, "services.csv"), Path.Combine(_temp, "geheim.csv"));
        Descriptor("services.csv");

        var result = HsdsPackage.Read(Package);

        Assert.Null(result.Package);
        Assert.Contains("snelkoppeling (symlink)", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SymlinkedFolderLeadingOutside_IsRefused()
    {
        Directory.CreateSymbolicLink(Path.Combine(Package, "data"), _temp);
        Descriptor("data/geheim.csv");

        var result = HsdsPackage.Read(Package);

        Assert.Null(result.Package);
        Assert.Contains("snelkoppeling (symlink)", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoDescriptorAndASymlinkLeadingOutside_IsRefused()
    {
        File.CreateSymbolicLink(Path.Combine(Package, "services.csv"), Path.Combine(_temp, "geheim.csv"));

        var result = HsdsPackage.Read(Package);

        Assert.Null(result.Package);
        Assert.Contains("snelkoppeling (symlink)", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SymlinkInsideThePackage_IsRead()
    {
        Directory.CreateDirectory(Path.Combine(Package, "echt"));
        File.Move(Path.Combine(Package, "organizations.csv"), Path.Combine(Package, "echt", "organizations.csv"));
        File.CreateSymbolicLink(Path.Combine(Package, "organizations.csv"), Path.Combine("echt", "organizations.csv"));
        Descriptor(null);

        var result = HsdsPackage.Read(Package);

        Assert.Empty(result.Problems);
        Assert.Equal("Buurthuis", Assert.Single(result.Package!.Rows("organization"))["name"]);
    }

    [Fact]
    public void Read_ListedFileThatIsMissing_IsAProblem()
    {
        Descriptor("services.csv");

        var result = HsdsPackage.Read(Package);

        Assert.Equal("datapackage.json: resources[1].path: het bestand 'services.csv' staat niet in de map van het pakket.", Assert.Single(result.Problems).ToString());
    }

    /// <summary>A descriptor listing organizations.csv and, when given, a second resource 'service' at <paramref name="servicePath"/>.</summary>
    private void Descriptor(string? servicePath)
    {
        var second = servicePath is null ? "" : $$""", { "name": "service", "path": {{System.Text.Json.JsonSerializer.Serialize(servicePath)}} }""";
        File.WriteAllText(Path.Combine(Package, "datapackage.json"), $$"""{ "resources": [ { "name": "organization", "path": "organizations.csv" }{{second}} ] }""");
    }
}
