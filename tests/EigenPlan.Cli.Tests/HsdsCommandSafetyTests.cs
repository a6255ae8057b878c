using EigenPlan.Content.Hsds;

namespace EigenPlan.Cli.Tests;

/// <summary>
/// import-hsds refuses a package that points outside its folder or carries unsafe values, writes nothing and names
/// every problem; export-hsds asks for the province when HSDS needs one; packages of earlier exports still import.
/// </summary>
public sealed class HsdsCommandSafetyTests : IDisposable
{
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "eigenplan-hsds-cli-" + Guid.NewGuid().ToString("N"));

    public HsdsCommandSafetyTests() => Directory.CreateDirectory(_temp);

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private string Export(string municipality = "almere")
    {
        var package = Path.Combine(_temp, "pakket");
        var (code, output, error) = Cli.Run(["export-hsds", "--municipality", municipality, "--provincie", "Flevoland", "-o", package, "--content", RepoRoot.Content]);
        Assert.True(code == 0, output + error);
        return package;
    }

    private (int Code, string Out, string Error, string File) Import(string package)
    {
        var file = Path.Combine(_temp, "almere.yaml");
        var (code, output, error) = Cli.Run(["import-hsds", package, "--id", "almere", "--naam", "Almere", "--formaat", "basis", "-o", file, "--content", RepoRoot.Content]);
        return (code, output, error, file);
    }

    [Theory]
    [InlineData("../buiten.csv", "gaat met '..' uit de map van het pakket")]
    [InlineData("/etc/hosts.csv", "is een absoluut pad")]
    public void ImportHsds_ResourcePathOutsideThePackage_IsRefusedAndNothingIsWritten(string path, string reason)
    {
        var package = Export();
        File.WriteAllText(Path.Combine(_temp, "buiten.csv"), "id,name\r\n");
        var descriptor = Path.Combine(package, "datapackage.json");
        File.WriteAllText(descriptor, File.ReadAllText(descriptor).Replace("\"path\": \"phones.csv\"", $"\"path\": \"{path}\"", StringComparison.Ordinal));

        var (code, _, error, file) = Import(package);

        Assert.Equal(1, code);
        Assert.Contains($"datapackage.json: resources[", error, StringComparison.Ordinal);
        Assert.Contains($".path '{path}' {reason}", error, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public void ImportHsds_JavascriptWebsite_IsRefusedWithFileAndLine()
    {
        var package = Export();
        var services = Path.Combine(package, "services.csv");
        var website = HsdsPackage.Read(package).Package!.Rows("service")[2]["url"];
        File.WriteAllText(services, File.ReadAllText(services).Replace("," + website + ",", ",javascript:alert(document.cookie),", StringComparison.Ordinal));

        var (code, _, error, file) = Import(package);

        Assert.Equal(1, code);
        Assert.Contains("services.csv:4: url: 'javascript:alert(document.cookie)' is geen geldig webadres", error, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public void ExportHsds_AddressesWithoutProvince_AsksForIt()
    {
        var (code, _, error) = Cli.Run(["export-hsds", "--municipality", "voorbeeldstad", "-o", Path.Combine(_temp, "x"), "--content", RepoRoot.Content]);

        Assert.Equal(2, code);
        Assert.Contains("Geef die op met --provincie", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_temp, "x")));
    }

    [Fact]
    public void ExportHsds_UnknownProvince_IsAParseError()
    {
        var (code, _, error) = Cli.Run(["export-hsds", "--municipality", "voorbeeldstad", "--provincie", "Brabant", "-o", Path.Combine(_temp, "x"), "--content", RepoRoot.Content]);

        Assert.Equal(2, code);
        Assert.Contains("'Brabant' is geen provincie. Kies uit: Drenthe, Flevoland, Fryslân", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportHsds_PackageOfAnEarlierExport_StillImportsEveryField()
    {
        var package = Export("voorbeeldstad");
        MakeLegacy(package);

        var (code, output, error, file) = Import(package);

        Assert.True(code == 0, output + error);
        var town = EigenPlan.Content.ContentLoader.LoadDirectory(RepoRoot.Content).FindMunicipality("voorbeeldstad")!;
        var text = File.ReadAllText(file);
        foreach (var entry in town.SocialMap)
        {
            Assert.Contains($"- id: {entry.Id}\n", text, StringComparison.Ordinal);
            if (entry.Contact.Address is { } address)
            {
                Assert.Contains($"adres: {address}\n", text, StringComparison.Ordinal);
            }
        }

        Assert.Contains($"adres: {town.Wijkteam.Contact.Address}\n", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Turns a package into what export-hsds wrote before it followed the standard: singular file names, the address
    /// only in the location's description, no eigenplan_adres column and no voorbeeld flag.
    /// </summary>
    private static void MakeLegacy(string package)
    {
        var read = HsdsPackage.Read(package).Package!;
        foreach (var location in read.Rows("location"))
        {
            if (location.Remove(HsdsTables.AddressColumn, out var address))
            {
                location["description"] = address;
            }
        }

        foreach (var file in Directory.GetFiles(package))
        {
            File.Delete(file);
        }

        var descriptor = new System.Text.StringBuilder("{ \"resources\": [");
        foreach (var (name, table) in read.Tables)
        {
            var legacy = new CsvTable([.. table.Columns.Where(c => c != HsdsTables.AddressColumn)]);
            legacy.Rows.AddRange(table.Rows);
            using (var writer = new StreamWriter(Path.Combine(package, name + ".csv")))
            {
                legacy.Write(writer);
            }

            descriptor.Append($"{(descriptor[^1] == '[' ? "" : ",")} {{ \"name\": \"{name}\", \"path\": \"{name}.csv\" }}");
        }

        File.WriteAllText(Path.Combine(package, "datapackage.json"), descriptor.Append(" ] }").ToString());
    }
}
