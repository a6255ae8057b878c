using EigenPlan.Content.Hsds;

namespace EigenPlan.Content.Tests.Hsds;

/// <summary>
/// The CSV export cannot run as a formula in a spreadsheet (OWASP CSV injection), and the import gives back exactly
/// the text that was exported.
/// </summary>
public sealed class CsvInjectionTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"https://evil.example/\";\"Klik\")")]
    [InlineData("+31 36 123 45 67")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public void Write_CellStartingWithAFormulaCharacter_GetsALeadingQuote(string text)
    {
        var table = new CsvTable(["id", "name"]);
        table.Add(("id", "1"), ("name", text));

        var cells = RawCells(table);

        Assert.Equal("'" + text, cells[1]);
    }

    [Theory]
    [InlineData("=1+1")]
    [InlineData("'=1+1")]
    [InlineData("''@x")]
    [InlineData("'gewoon")]
    [InlineData("'")]
    [InlineData("gewoon = tekst")]
    [InlineData("Gratis")]
    public void WriteThenRead_AnyText_ComesBackTheSame(string text)
    {
        var table = new CsvTable(["id", "name"]);
        table.Add(("id", "1"), ("name", text));
        var written = new StringWriter();
        table.Write(written);

        var read = CsvTable.Read(new StringReader(written.ToString()));

        Assert.Equal(text, read.Rows[0]["name"]);
    }

    [Fact]
    public void Export_EntryNameStartingWithEquals_IsNeutralisedInTheFileAndComesBackOnImport()
    {
        var town = HsdsExportTestPackage.Bundled("almere");
        var entry = town.SocialMap[0] with { Name = "=cmd|' /C calc'!A0" };
        using var package = HsdsExportTestPackage.Of(town with { SocialMap = [entry, .. town.SocialMap.Skip(1)] });

        var services = File.ReadAllText(package.PathOf("services.csv"));
        var imported = HsdsImporter.Import(HsdsPackage.Read(package.Folder).Package!, "almere", "Almere", BundledContent.Format);

        Assert.Contains(",'=cmd|' /C calc'!A0,", services, StringComparison.Ordinal);
        Assert.DoesNotContain(",=cmd", services, StringComparison.Ordinal);
        Assert.Equal("=cmd|' /C calc'!A0", imported.Municipality!.SocialMap[0].Name);
    }

    private static string[] RawCells(CsvTable table)
    {
        var written = new StringWriter();
        table.Write(written);
        var row = written.ToString().Split("\r\n")[1];
        // Cells with a tab or CR are quoted: take the quoted content as the file holds it.
        return row.StartsWith("1,\"", StringComparison.Ordinal) ? ["1", row[3..^1].Replace("\"\"", "\"", StringComparison.Ordinal)] : row.Split(',', 2);
    }
}
