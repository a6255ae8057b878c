using System.Text.Json;
using EigenPlan.Content;
using EigenPlan.Content.Hsds;
using EigenPlan.Core.Content;

namespace EigenPlan.Cli.Tests;

/// <summary>export-hsds writes a valid HSDS 3.0 package; import-hsds turns it back into a file that check accepts.</summary>
public sealed class HsdsTests : IDisposable
{
    private static readonly string[] LocationTypes = ["physical", "postal", "virtual"];

    private readonly string _temp = Path.Combine(Path.GetTempPath(), "eigenplan-hsds-" + Guid.NewGuid().ToString("N"));

    public HsdsTests() => Directory.CreateDirectory(_temp);

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static (int Code, string Out, string Error) Run(params string[] args) => Cli.Run(args);

    [Fact]
    public void ExportHsds_Voorbeeldstad_EveryRowHasTheFieldsHsdsRequires()
    {
        var package = Path.Combine(_temp, "voorbeeldstad");

        var (code, output, error) = Run("export-hsds", "--municipality", "voorbeeldstad", "--provincie", "Flevoland", "-o", package, "--content", RepoRoot.Content);

        Assert.True(code == 0, output + error);
        using var descriptor = JsonDocument.Parse(File.ReadAllText(Path.Combine(package, "datapackage.json")));
        var resources = descriptor.RootElement.GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("name").GetString()!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["address", "attribute", "contact", "location", "organization", "phone", "schedule", "service", "service_at_location", "taxonomy", "taxonomy_term"], resources);
        var tables = HsdsPackage.Read(package).Package!.Tables;
        foreach (var (name, table) in tables)
        {
            Assert.NotEmpty(table.Rows);
            foreach (var row in table.Rows)
            {
                foreach (var field in HsdsTables.Required[name])
                {
                    Assert.True(row.TryGetValue(field, out var value) && value.Length > 0, $"{name}.{field} is empty in row {row.GetValueOrDefault("id")}");
                }
            }

            Assert.Equal(table.Rows.Count, table.Rows.Select(r => r["id"]).Distinct().Count());
            Assert.All(table.Rows, r => Assert.True(Guid.TryParse(r["id"], out _), $"{name}.id {r["id"]} is not a uuid"));
        }

        Assert.Equal(ContentLoader.LoadDirectory(RepoRoot.Content).FindMunicipality("voorbeeldstad")!.SocialMap.Count, tables["service"].Rows.Count);
        Assert.All(tables["service"].Rows, r => Assert.Equal("active", r["status"]));
        Assert.All(tables["location"].Rows, r => Assert.Contains(r["location_type"], LocationTypes));
        AssertLinks(tables, "service", "organization_id", "organization");
        AssertLinks(tables, "service_at_location", "service_id", "service");
        AssertLinks(tables, "service_at_location", "location_id", "location");
        AssertLinks(tables, "attribute", "taxonomy_term_id", "taxonomy_term");
        AssertLinks(tables, "taxonomy_term", "taxonomy_id", "taxonomy");
        AssertLinks(tables, "address", "location_id", "location");
        Assert.Contains(tables["taxonomy_term"].Rows, r => r["code"] == "geldzaken.inkomen" && r["name"] == "Inkomen");
    }

    [Theory]
    [InlineData("almere", "Almere")]
    [InlineData("voorbeeldstad", "Voorbeeldstad")]
    public void ExportThenImport_BundledMunicipality_KeepsEveryFieldBothSidesKnow(string id, string name)
    {
        var package = Path.Combine(_temp, "package");
        var content = CopyFormats();
        Run("export-hsds", "--municipality", id, "--provincie", "Flevoland", "-o", package, "--content", RepoRoot.Content);

        var (code, output, _) = Run("import-hsds", package, "--id", id, "--naam", name, "--formaat", "basis",
            "-o", Path.Combine(content, "municipalities", id + ".yaml"), "--content", content);
        var (checkCode, checkOutput, _) = Run("check", content);

        Assert.Equal(0, code);
        Assert.DoesNotContain("Let op", output, StringComparison.Ordinal);
        Assert.True(checkCode == 0, checkOutput);
        var original = ContentLoader.LoadDirectory(RepoRoot.Content).FindMunicipality(id)!;
        var imported = ContentLoader.LoadDirectory(content).FindMunicipality(id)!;
        Assert.Equal(original.Name, imported.Name);
        Assert.Equal(original.FormatId, imported.FormatId);
        Assert.True(original.IsExample, "the bundled files are sample data");
        Assert.Equal(original.IsExample, imported.IsExample);
        Assert.Equal(original.Wijkteam.Name, imported.Wijkteam.Name);
        Assert.Equal(original.Wijkteam.Description, imported.Wijkteam.Description);
        Assert.Equal(original.Wijkteam.Contact, imported.Wijkteam.Contact);
        Assert.Equal(original.ClientSupport.Contact, imported.ClientSupport.Contact);
        Assert.Equal(original.SocialMap.Count, imported.SocialMap.Count);
        foreach (var (before, after) in original.SocialMap.Zip(imported.SocialMap))
        {
            Assert.Equal(before with { Topics = [] }, after with { Topics = [] });
            Assert.Equal(before.Topics, after.Topics);
        }
    }

    [Fact]
    public void ImportHsds_ForeignPackageWithGaps_MarksTheFileAsExampleAndCheckAcceptsIt()
    {
        var package = Path.Combine(_temp, "foreign");
        var content = CopyFormats();
        var hsds = new HsdsPackage();
        // HSDS 3.0 ids are uuids; these are short ones that read like the names they stand for.
        const string o1 = "00000000-0000-4000-8000-0000000000a1", s1 = "00000000-0000-4000-8000-0000000000b1", s2 = "00000000-0000-4000-8000-0000000000b2";
        const string t1 = "00000000-0000-4000-8000-0000000000c1", k1 = "00000000-0000-4000-8000-0000000000d1", a1 = "00000000-0000-4000-8000-0000000000e1";
        hsds.Table("organization").Add(("id", o1), ("name", "Buurthuis De Brug"), ("description", "Een buurthuis."));
        hsds.Table("service").Add(("id", s1), ("organization_id", o1), ("name", "Repair Café"), ("status", "active"), ("url", "https://www.example.nl/repair"));
        hsds.Table("service").Add(("id", s2), ("organization_id", o1), ("name", "Zonder onderwerp"), ("status", "active"));
        hsds.Table("taxonomy").Add(("id", t1), ("name", HsdsExporter.TopicTaxonomy), ("description", "Onderwerpen"));
        hsds.Table("taxonomy_term").Add(("id", k1), ("code", "tijdsbesteding.vrije-tijd"), ("name", "Vrije tijd"), ("description", "x"), ("taxonomy_id", t1));
        hsds.Table("attribute").Add(("id", a1), ("link_id", s1), ("link_entity", "service"), ("taxonomy_term_id", k1));
        hsds.Write(package, "buitenland", "Ander systeem");
        var file = Path.Combine(content, "municipalities", "brugstad.yaml");

        var (code, output, _) = Run("import-hsds", package, "--id", "brugstad", "--naam", "Brugstad", "--formaat", "basis", "-o", file, "--content", content);
        var (checkCode, checkOutput, _) = Run("check", content);

        Assert.Equal(0, code);
        Assert.Contains("'Zonder onderwerp' overgeslagen", output, StringComparison.Ordinal);
        Assert.True(checkCode == 0, checkOutput);
        var town = ContentLoader.LoadDirectory(content).FindMunicipality("brugstad")!;
        Assert.True(town.IsExample);
        var entry = Assert.Single(town.SocialMap);
        Assert.Equal("repair-cafe", entry.Id);
        Assert.Equal("Buurthuis De Brug", entry.Organisation);
        Assert.Equal(HsdsImporter.Unknown, entry.ForWhom);
        Assert.Contains("Nog niet bekend", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Stadhuisplein 1, 1315 HR Almere", "Stadhuisplein 1", "1315 HR", "Almere")]
    [InlineData("Grote Markt 2a, 9711LV Groningen", "Grote Markt 2a", "9711LV", "Groningen")]
    public void SplitAddress_DutchAddress_FindsStreetPostalCodeAndCity(string address, string street, string postalCode, string city)
    {
        Assert.Equal((street, postalCode, city), HsdsExporter.SplitAddress(address));
    }

    [Theory]
    [InlineData("Gratis")]
    [InlineData("14 036")]
    [InlineData("true")]
    [InlineData("Let op: dit")]
    [InlineData("- begint met een streep")]
    [InlineData("\"aanhalingstekens\" en # hekje")]
    [InlineData("2026-01-01")]
    [InlineData("eindigt met dubbele punt:")]
    [InlineData("0x1F")]
    [InlineData("0o17")]
    [InlineData(".5")]
    [InlineData("+.inf")]
    public void YamlWriter_AnyText_ReadsBackAsTheSameText(string text)
    {
        var municipality = new Municipality
        {
            Id = "x", Name = text, FormatId = "basis",
            Wijkteam = new TeamContact { Name = text, Contact = new ContactDetails { Email = "a@example.nl" } },
            ClientSupport = new TeamContact { Name = "b", Contact = new ContactDetails { Email = "b@example.nl" } },
            SocialMap = [],
        };
        var folder = CopyFormats();
        File.WriteAllText(Path.Combine(folder, "municipalities", "x.yaml"), MunicipalityYamlWriter.Write(municipality));

        var read = ContentLoader.LoadDirectory(folder).FindMunicipality("x");

        Assert.Equal(text, read?.Name);
    }

    private string CopyFormats()
    {
        var root = Path.Combine(_temp, "content-" + Guid.NewGuid().ToString("N")[..6]);
        Directory.CreateDirectory(Path.Combine(root, "formats"));
        Directory.CreateDirectory(Path.Combine(root, "municipalities"));
        File.Copy(Path.Combine(RepoRoot.Content, "formats", "basis.yaml"), Path.Combine(root, "formats", "basis.yaml"));
        return root;
    }

    private static void AssertLinks(Dictionary<string, CsvTable> tables, string table, string column, string target)
    {
        var ids = tables[target].Rows.Select(r => r["id"]).ToHashSet();
        Assert.All(tables[table].Rows.Where(r => r.ContainsKey(column)), r => Assert.Contains(r[column], ids));
    }
}
