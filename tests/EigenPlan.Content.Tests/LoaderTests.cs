using EigenPlan.Core.Content;

namespace EigenPlan.Content.Tests;

public class LoaderTests
{
    [Fact]
    public void Load_ValidFixtures_MapsEveryField()
    {
        using var folder = TempContent.WithValidFixtures();

        var snapshot = ContentLoader.LoadDirectory(folder.Root, ContentFixtures.Options);

        Assert.Empty(snapshot.Problems);
        Assert.Equal(2, snapshot.FileCount);
        var format = snapshot.FindFormat("basis")!;
        Assert.Equal(["geldzaken.inkomen", "woonruimte.wonen", "woonruimte.huishouden"], format.Topics.Select(t => t.Key));
        Assert.Equal(QuestionRole.Approach, format.FindQuestion("bereiken")!.Role);
        Assert.Equal("wil", format.FindQuestion("bereiken")!.ParentId);
        Assert.True(format.FindSmiley("nvt")!.IsNotApplicable);
        Assert.Equal(1, format.FindSmiley("heel-slecht")!.ZrmLevel);
        Assert.Equal(HouseIcon.Huis, format.FindHouse("woonruimte")!.Icon);
        Assert.Equal(["Financiën"], format.FindTopic("geldzaken.inkomen")!.ZrmDomains);

        var town = snapshot.FindMunicipality("teststad")!;
        Assert.True(town.IsExample);
        Assert.Equal("14 036", town.Wijkteam.Contact.Phone);
        Assert.Equal("oco@example.nl", town.ClientSupport.Contact.Email);
        var entry = town.FindEntry("schuldhulp")!;
        Assert.Equal(EntryKind.Professioneel, entry.Kind);
        Assert.Equal(new DateOnly(2026, 5, 1), entry.LastChecked);
        Assert.Equal("https://www.example.nl/schuldhulp", entry.Contact.Website);
        Assert.Null(entry.OpeningHours);
        Assert.Single(town.EntriesFor("woonruimte.huishouden"));
    }

    [Fact]
    public void Load_BadFile_IsLeftOutAndOthersStay()
    {
        using var folder = TempContent.WithValidFixtures();
        folder.CopyMunicipality(Path.Combine(ContentFixtures.Folder, "municipalities", "bad-email.yaml"));

        var snapshot = ContentLoader.LoadDirectory(folder.Root, ContentFixtures.Options);

        Assert.Equal("teststad", Assert.Single(snapshot.Municipalities).Id);
        Assert.Null(snapshot.FindMunicipality("bad-email"));
        Assert.True(snapshot.HasErrors);
    }

    [Fact]
    public void Reload_FileBrokeSinceTheLastRead_KeepsPreviousVersionWithTheProblems()
    {
        using var folder = TempContent.WithValidFixtures();
        var catalog = new ContentCatalog(folder.Root, ContentFixtures.Options);
        var first = catalog.Reload();
        var path = Path.Combine(folder.Municipalities, "teststad.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("naam: Teststad", "nam: Teststad", StringComparison.Ordinal));

        var second = catalog.Reload();

        Assert.Same(first.FindMunicipality("teststad"), second.FindMunicipality("teststad"));
        Assert.Contains(second.Problems, p => p.Severity == ProblemSeverity.Error && p.Message.StartsWith("Onbekend veld 'nam'", StringComparison.Ordinal));
        Assert.Contains(second.Problems, p => p.Severity == ProblemSeverity.Warning && p.Message.Contains("vorige goede versie", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MissingFolders_ReportsThemInsteadOfThrowing()
    {
        var root = Path.Combine(Path.GetTempPath(), "eigenplan-missing-" + Guid.NewGuid().ToString("N"));

        var snapshot = ContentLoader.LoadDirectory(root, ContentFixtures.Options);

        Assert.Equal(2, snapshot.Problems.Count);
        Assert.Contains("De map 'formats' ontbreekt", snapshot.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_ToString_IsEditorFormatInDutch()
    {
        var problem = new ContentProblem("content/x.yaml", 3, 7, ProblemSeverity.Warning, "Let op.");

        Assert.Equal("content/x.yaml:3:7: waarschuwing: Let op.", problem.ToString());
    }
}
