using System.Text.Json;

namespace EigenPlan.Cli.Tests;

/// <summary><c>eigenplan check</c> and <c>schema</c> over the uitlegboekje files and the new municipality fields.</summary>
public class UitlegCheckTests
{
    private static (int Code, string Out, string Error) Run(params string[] args) => Cli.Run(args, new FixedClock(ContentFixtures.Today));

    [Fact]
    public void Check_BundledContent_IncludingTheUitleg_HasNoErrorsAndNoWarnings()
    {
        // A fixed day after the bundled files' last check dates, so the answer does not change with the calendar.
        var (code, output, _) = Cli.Run(["check", RepoRoot.Content, "--format", "json"], new FixedClock(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero)));

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(0, summary.GetProperty("errors").GetInt32());
        Assert.Equal(0, summary.GetProperty("warnings").GetInt32());
        // The format, its four translations, the uitleg, two municipalities, and the uitleg's translations (however many ship).
        var uitlegTranslations = Directory.GetFiles(Path.Combine(RepoRoot.Content, "uitleg"), "basis.*.yaml").Length;
        Assert.True(uitlegTranslations >= 2, "the English and Arabic uitleg ship");
        Assert.Equal(8 + uitlegTranslations, summary.GetProperty("files").GetInt32());
    }

    [Fact]
    public void Check_BrokenUitleg_ExitsOne_WithFileLineColumnAndSuggestion()
    {
        using var folder = new TempContent();
        File.Copy(Path.Combine(RepoRoot.Content, "formats", "basis.yaml"), Path.Combine(folder.Formats, "basis.yaml"));
        Directory.CreateDirectory(Path.Combine(folder.Root, "uitleg"));
        var text = File.ReadAllText(Path.Combine(RepoRoot.Content, "uitleg", "basis.yaml"))
            .Replace("      geldzaken.inkomen: slecht", "      geldzaken.inkomsten: slecht", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder.Root, "uitleg", "basis.yaml"), text);
        var line = text[..text.IndexOf("geldzaken.inkomsten", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var (code, output, _) = Run("check", folder.Root);

        Assert.Equal(1, code);
        Assert.Contains($"uitleg/basis.yaml:{line}:7: fout: Onderwerp 'geldzaken.inkomsten' bestaat niet in formaat 'basis'. Bedoel je 'geldzaken.inkomen'?", output.Replace('\\', '/'), StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_WritesTheUitlegSchemaToo()
    {
        using var folder = new TempContent();

        Assert.Equal(0, Run("schema", "-o", folder.Root).Code);

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.Root, "uitleg.schema.json")));
        Assert.Equal("Uitlegboekje", json.RootElement.GetProperty("title").GetString());
    }
}
