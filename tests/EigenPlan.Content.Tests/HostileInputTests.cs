using System.Diagnostics;
using System.Text;

namespace EigenPlan.Content.Tests;

/// <summary>Hostile files are refused with a clear message, quickly, without crashing the process.</summary>
[Collection(TimedTests.Name)]
public class HostileInputTests
{
    private static readonly TimeSpan Quickly = TimeSpan.FromSeconds(5);

    [Fact]
    public void Load_FileOverOneMegabyte_IsRefusedWithoutReadingIt()
    {
        using var folder = TempContent.WithValidFormat();
        var text = "id: groot\nnaam: \"" + new string('x', 1_150_000) + "\"\n";
        folder.WriteMunicipality("groot", text);

        var snapshot = Load(folder);

        var problem = snapshot.At(1, 1);
        Assert.Equal("Het bestand is te groot (1,1 MB). Een bestand mag hoogstens 1 MB zijn.", problem.Message);
    }

    [Fact]
    public void Load_BillionLaughs_RefusesTheFirstAnchor()
    {
        using var folder = TempContent.WithValidFormat();
        folder.CopyMunicipality(Path.Combine(ContentFixtures.Folder, "municipalities", "billion-laughs.yaml"));

        var snapshot = Load(folder);

        Assert.Contains("Ankers en verwijzingen ('&' en '*') zijn niet toegestaan", snapshot.At(2, 4).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AliasWithoutAnchorName_IsRefused()
    {
        using var folder = TempContent.WithValidFormat();
        folder.WriteMunicipality("alias", "id: alias\nnaam: *ergens\n");

        var snapshot = Load(folder);

        Assert.Single(snapshot.Problems);
        Assert.Contains("niet toegestaan", snapshot.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TenThousandDeepNesting_StopsAtDepth33()
    {
        using var folder = TempContent.WithValidFormat();
        folder.WriteMunicipality("diep", "id: diep\nnaam: " + new string('[', 10_000) + new string(']', 10_000) + "\n");

        var snapshot = Load(folder);

        // The root group is level 1, so the 32nd '[' (column 38) would be level 33.
        Assert.Contains("te diep genest (meer dan 32 niveaus)", snapshot.At(2, 38).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TwoHundredThousandNodes_StopsAtTheLimit()
    {
        using var folder = TempContent.WithValidFormat();
        var text = new StringBuilder("id: veel\nnaam: [");
        for (var i = 0; i < 200_000; i++)
        {
            text.Append("a,");
        }

        folder.WriteMunicipality("veel", text.Append("a]\n").ToString());

        var snapshot = Load(folder);

        var problem = Assert.Single(snapshot.Problems);
        Assert.Equal(2, problem.Line);
        Assert.Contains("te veel onderdelen (meer dan 100.000)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NotUtf8_IsRefusedWithAClearMessage()
    {
        using var folder = TempContent.WithValidFormat();
        File.WriteAllBytes(Path.Combine(folder.Municipalities, "latin1.yaml"), [.. "id: latin1\nnaam: Caf"u8, 0xE9, (byte)'\n']);

        var snapshot = Load(folder);

        Assert.Contains("niet opgeslagen als UTF-8", snapshot.At(1, 1).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_HostileFile_DoesNotStopOtherFiles()
    {
        using var folder = TempContent.WithValidFixtures();
        folder.CopyMunicipality(Path.Combine(ContentFixtures.Folder, "municipalities", "billion-laughs.yaml"));

        var snapshot = Load(folder);

        Assert.Equal("teststad", Assert.Single(snapshot.Municipalities).Id);
        Assert.True(snapshot.HasErrors);
    }

    private static ContentSnapshot Load(TempContent folder)
    {
        var watch = Stopwatch.StartNew();
        var snapshot = ContentLoader.LoadDirectory(folder.Root, ContentFixtures.Options);
        Assert.True(watch.Elapsed < Quickly, $"Loading took {watch.Elapsed}.");
        return snapshot;
    }
}
