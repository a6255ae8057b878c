using EigenPlan.Content.Hsds;

namespace EigenPlan.Content.Tests.Hsds;

/// <summary>
/// import-hsds checks ids, websites, e-mail addresses, phone numbers and dates itself before it writes anything, and
/// names the file and line of each problem.
/// </summary>
public sealed class ImportCheckTests
{
    private static HsdsImporter.Result Import(HsdsExportTestPackage package) =>
        HsdsImporter.Import(HsdsPackage.Read(package.Folder).Package!, "almere", "Almere", BundledContent.Format);

    private static HsdsExportTestPackage Almere() => HsdsExportTestPackage.Of(HsdsExportTestPackage.Bundled("almere"));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html;base64;PHNjcmlwdD4=")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.nl/x")]
    public void Import_WebsiteThatIsNotHttp_IsRefusedWithFileAndLine(string url)
    {
        using var package = Almere();
        var website = HsdsPackage.Read(package.Folder).Package!.Rows("service")[0]["url"];
        package.ReplaceOnLine("services.csv", 2, website, url);

        var result = Import(package);

        Assert.Null(result.Municipality);
        var problem = Assert.Single(result.Problems);
        Assert.StartsWith($"services.csv:2: url: '{url}' is geen geldig webadres", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_IdThatIsNotAUuid_IsRefused()
    {
        using var package = Almere();
        package.ReplaceOnLine("organizations.csv", 3, package.LeadingCells("organizations.csv", 3)[0], "o1");

        var result = Import(package);

        Assert.Null(result.Municipality);
        Assert.Contains(result.Problems, p => p.ToString().StartsWith("organizations.csv:3: id 'o1' is geen uuid.", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_EntryIdThatBreaksTheContentIdRule_IsRefused()
    {
        using var package = Almere();
        var entryId = File.ReadAllLines(package.PathOf("services.csv"))[1].Split(',')[^1];
        package.ReplaceOnLine("services.csv", 2, "," + entryId, ",Wijk Team");

        var result = Import(package);

        Assert.Contains(result.Problems, p => p.ToString().StartsWith("services.csv:2: eigenplan_id: 'Wijk Team' is geen geldig id", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("info?cc=iedereen@example.nl@example.nl")]
    [InlineData("javascript:alert(1)//@example.nl")]
    [InlineData("geen-adres")]
    public void Import_EmailThatCannotBeAPlainMailtoLink_IsRefused(string email)
    {
        using var package = Almere();
        var line = File.ReadAllLines(package.PathOf("contacts.csv")).Length; // the last contact row
        var old = package.LeadingCells("contacts.csv", line)[^1];
        package.ReplaceOnLine("contacts.csv", line, old, email);

        var result = Import(package);

        Assert.Contains(result.Problems, p => p.ToString().StartsWith($"contacts.csv:{line}: email: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_PhoneNumberThatIsNotOne_IsRefused()
    {
        using var package = Almere();
        package.ReplaceOnLine("phones.csv", 2, package.LeadingCells("phones.csv", 2)[6], "javascript:alert(1)");

        var result = Import(package);

        Assert.Contains(result.Problems, p => p.ToString().StartsWith("phones.csv:2: number: 'javascript:alert(1)' is geen geldig telefoonnummer", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_TheSameIdTwice_IsRefused()
    {
        using var package = Almere();
        package.ReplaceOnLine("taxonomies.csv", 3, package.LeadingCells("taxonomies.csv", 3)[0], package.LeadingCells("taxonomies.csv", 2)[0]);

        var result = Import(package);

        Assert.Contains(result.Problems, p => p.ToString().Contains("taxonomies.csv:3: id '", StringComparison.Ordinal) && p.Message.Contains("staat ook al op regel 2", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_TextOfOnlySpaces_CountsAsMissing()
    {
        using var package = Almere();
        var read = HsdsPackage.Read(package.Folder).Package!;
        read.Rows("service")[0]["fees_description"] = "   ";
        read.Rows("schedule")[0]["description"] = " ";

        var result = HsdsImporter.Import(read, "almere", "Almere", BundledContent.Format);

        var entry = result.Municipality!.SocialMap.Single(e => HsdsIds(read, e.Id) == read.Rows("service")[0]["id"]);
        Assert.Equal(HsdsImporter.Unknown, entry.Costs);
        Assert.True(result.Municipality.IsExample);
        Assert.DoesNotContain(result.Municipality.SocialMap, e => e.OpeningHours is { } hours && string.IsNullOrWhiteSpace(hours));

        static string HsdsIds(HsdsPackage package, string entryId) =>
            package.Rows("service").Single(r => r[HsdsTables.EntryIdColumn] == entryId)["id"];
    }

    [Fact]
    public void Import_CleanExport_HasNoProblems()
    {
        using var package = Almere();

        var result = Import(package);

        Assert.Empty(result.Problems);
        Assert.NotNull(result.Municipality);
    }
}
