using EigenPlan.Content.Hsds;

namespace EigenPlan.Content.Tests;

/// <summary>The kind of help is exported with the same words residents read, and the content files' codes.</summary>
public class HsdsKindTermTests
{
    [Fact]
    public void Export_KindTerms_UseTheCodesAndTheResidentLabels()
    {
        var snapshot = ContentLoader.LoadDirectory(Path.Combine(RepoRoot.Path, "content"));
        var town = snapshot.FindMunicipality("voorbeeldstad")!;

        var package = HsdsExporter.Export(town, snapshot.FindFormat(town.FormatId)!);

        var kindTaxonomy = Assert.Single(package.Rows("taxonomy"), r => r["name"] == HsdsExporter.KindTaxonomy)["id"];
        var terms = package.Rows("taxonomy_term").Where(r => r["taxonomy_id"] == kindTaxonomy).Select(r => (r["code"], r["name"]));
        Assert.Equal(
            [("professioneel", "Professionele hulp"), ("vrijwilligers", "Vrijwilligers"), ("informeel", "Hulp van mensen om je heen")],
            terms);
    }
}
