using System.Text.Json;
using EigenPlan.Content.Hsds;

namespace EigenPlan.Content.Tests.Hsds;

/// <summary>
/// export-hsds writes HSDS 3.0 exactly as the standard serialises it: checked against the official
/// <c>datapackage.json</c> vendored in <c>Hsds/Official</c> (file names, every column in order, types, formats, enums,
/// unique, primary and foreign keys) — and the checker itself catches a bad row.
/// </summary>
public sealed class OfficialSchemaTests
{
    [Theory]
    [InlineData("almere")]
    [InlineData("voorbeeldstad")]
    public void Export_BundledMunicipality_ConformsToTheOfficialHsds30Descriptor(string id)
    {
        using var package = HsdsExportTestPackage.Of(HsdsExportTestPackage.Bundled(id));

        var problems = TableSchemaChecker.Official().Check(package.Folder);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Export_WritesTheCoreTablesUnderTheStandardsFileNames_EvenWithoutAddresses()
    {
        var almere = HsdsExportTestPackage.Bundled("almere");
        Assert.All(almere.SocialMap, e => Assert.Null(e.Contact.Address)); // the point of this test
        using var package = HsdsExportTestPackage.Of(almere, province: null);

        var read = HsdsPackage.Read(package.Folder).Package!;

        Assert.Equal(("organizations.csv", "services.csv", "locations.csv"), (read.Tables["organization"].File, read.Tables["service"].File, read.Tables["location"].File));
        Assert.Equal(almere.SocialMap.Count, read.Rows("location").Count);
        Assert.All(read.Rows("location"), l => Assert.Equal("virtual", l["location_type"]));
        Assert.Equal(almere.SocialMap.Count, read.Rows("service_at_location").Count);
    }

    [Fact]
    public void Export_Addresses_CityInCityAndTheProvinceInStateProvince_NeverOnlyInADescription()
    {
        var town = HsdsExportTestPackage.Bundled("voorbeeldstad");
        using var package = HsdsExportTestPackage.Of(town, "Zeeland");

        var read = HsdsPackage.Read(package.Folder).Package!;

        var withAddress = town.SocialMap.Count(e => e.Contact.Address is not null) + (town.Wijkteam.Contact.Address is null ? 0 : 1) + (town.ClientSupport.Contact.Address is null ? 0 : 1);
        Assert.Equal(withAddress, read.Rows("address").Count);
        Assert.All(read.Rows("address"), a => Assert.Equal(("Voorbeeldstad", "Zeeland", "NL"), (a["city"], a["state_province"], a["country"])));
        Assert.All(read.Rows("location"), l => Assert.False(l.ContainsKey("description"), $"location {l["name"]} has a description: {l.GetValueOrDefault("description")}"));
        var physical = read.Rows("location").Where(l => l["location_type"] == "physical").Select(l => l["id"]).ToHashSet();
        Assert.Equal(physical, read.Rows("address").Select(a => a["location_id"]).ToHashSet());
    }

    [Fact]
    public void Export_Descriptor_MarksSampleData()
    {
        var town = HsdsExportTestPackage.Bundled("voorbeeldstad");
        using var sample = HsdsExportTestPackage.Of(town);
        using var real = HsdsExportTestPackage.Of(town with { IsExample = false });

        Assert.True(Voorbeeld(sample.Folder));
        Assert.False(Voorbeeld(real.Folder));
        Assert.True(HsdsPackage.Read(sample.Folder).Package!.IsExample);
        Assert.False(HsdsPackage.Read(real.Folder).Package!.IsExample);

        static bool Voorbeeld(string folder)
        {
            using var descriptor = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "datapackage.json")));
            return descriptor.RootElement.GetProperty("eigenplan").GetProperty("voorbeeld").GetBoolean();
        }
    }

    [Fact]
    public void Checker_IdNotAUuid_Fails()
    {
        using var package = HsdsExportTestPackage.Of(HsdsExportTestPackage.Bundled("almere"));
        var serviceId = package.LeadingCells("services.csv", 2)[0];
        package.ReplaceOnLine("services.csv", 2, serviceId, "not-a-uuid");

        var problems = TableSchemaChecker.Official().Check(package.Folder);

        Assert.Contains("services.csv:2: id: 'not-a-uuid' is not a string/uuid", problems);
    }

    [Fact]
    public void Checker_StatusNotInTheEnum_Fails()
    {
        using var package = HsdsExportTestPackage.Of(HsdsExportTestPackage.Bundled("almere"));
        package.ReplaceOnLine("services.csv", 2, ",active,", ",open,");

        var problems = TableSchemaChecker.Official().Check(package.Folder);

        var problem = Assert.Single(problems);
        Assert.StartsWith("services.csv:2: status: 'open' is not one of", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Checker_DanglingOrganizationId_Fails()
    {
        using var package = HsdsExportTestPackage.Of(HsdsExportTestPackage.Bundled("almere"));
        var organizationId = package.LeadingCells("services.csv", 2)[1];
        package.ReplaceOnLine("services.csv", 2, "," + organizationId + ",", ",00000000-0000-4000-8000-000000000000,");

        var problems = TableSchemaChecker.Official().Check(package.Folder);

        Assert.Equal(["services.csv:2: organization_id: '00000000-0000-4000-8000-000000000000' is no id in organization"], problems);
    }

    [Fact]
    public void Checker_DuplicateIdOrMissingRequiredValue_Fails()
    {
        using var package = HsdsExportTestPackage.Of(HsdsExportTestPackage.Bundled("almere"));
        var first = package.LeadingCells("taxonomies.csv", 2)[0];
        var second = package.LeadingCells("taxonomies.csv", 3)[0];
        package.ReplaceOnLine("taxonomies.csv", 3, second, first);
        package.ReplaceOnLine("organizations.csv", 2, package.LeadingCells("organizations.csv", 2)[1], "");

        var problems = TableSchemaChecker.Official().Check(package.Folder);

        Assert.Contains($"taxonomies.csv:3: id: '{first}' is also on line 2 (unique)", problems);
        Assert.Contains("organizations.csv:2: name: required, but empty", problems);
    }

    [Fact]
    public void Checker_ColumnsInAnotherOrderOrAnUndocumentedColumn_Fail()
    {
        using var package = HsdsExportTestPackage.Of(HsdsExportTestPackage.Bundled("almere"));
        package.ReplaceOnLine("attributes.csv", 1, "link_id,taxonomy_term_id,link_type", "link_id,link_type,taxonomy_term_id");
        package.ReplaceOnLine("services.csv", 1, "eigenplan_id", "intern_id");

        var problems = TableSchemaChecker.Official().Check(package.Folder);

        Assert.Contains(problems, p => p.StartsWith("attributes.csv:1: the columns are", StringComparison.Ordinal));
        Assert.Contains("services.csv:1: extra column 'intern_id' is not a documented extension (eigenplan_…)", problems);
    }

    [Fact]
    public void Checker_DescriptorThatDiffersFromTheStandard_Fails()
    {
        using var package = HsdsExportTestPackage.Of(HsdsExportTestPackage.Bundled("almere"));
        var descriptor = File.ReadAllText(package.PathOf("datapackage.json"));
        File.WriteAllText(package.PathOf("datapackage.json"), descriptor.Replace("\"path\": \"organizations.csv\"", "\"path\": \"organization.csv\"", StringComparison.Ordinal));
        File.Move(package.PathOf("organizations.csv"), package.PathOf("organization.csv"));

        var problems = TableSchemaChecker.Official().Check(package.Folder);

        Assert.Contains("datapackage.json: 'organization' has path 'organization.csv'; the standard says 'organizations.csv'", problems);
    }
}
