using System.Text.Json;

namespace EigenPlan.Cli.Tests;

public class CliTests
{
    /// <summary>Runs on the fixtures' "today", so date rules do not change with the calendar.</summary>
    private static (int Code, string Out, string Error) Run(params string[] args) => Cli.Run(args, new FixedClock(ContentFixtures.Today));

    [Fact]
    public void Check_ValidFolder_ExitsZeroWithSummary()
    {
        var (code, output, _) = Run("check", Path.Combine(ContentFixtures.Folder, "valid"));

        Assert.Equal(0, code);
        Assert.StartsWith("Alles in orde: 2 bestanden gecontroleerd", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FolderWithErrors_ExitsOneAndPrintsEveryProblemSorted()
    {
        using var folder = TempContent.WithValidFormatAnd("all-mistakes");

        var (code, output, _) = Run("check", folder.Root);

        Assert.Equal(1, code);
        var lines = output.TrimEnd().Split('\n');
        Assert.Equal(15, lines.Length); // 14 problems and the summary
        Assert.EndsWith("all-mistakes.yaml:1:1: fout: Het verplichte veld 'naam' ontbreekt.", lines[0], StringComparison.Ordinal);
        Assert.Contains("all-mistakes.yaml:35:27: waarschuwing:", lines[13], StringComparison.Ordinal);
        Assert.Equal("2 bestanden gecontroleerd: 12 fouten en 2 waarschuwingen. Bestanden met fouten worden niet gebruikt.", lines[14]);
    }

    [Fact]
    public void Check_WarningsOnly_ExitsZero()
    {
        using var folder = TempContent.WithValidFormatAnd("uncovered-topic");

        var (code, output, _) = Run("check", folder.Root);

        Assert.Equal(0, code);
        Assert.Contains("1 waarschuwing", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_StaleAfter_ChangesWarnings()
    {
        var valid = Path.Combine(ContentFixtures.Folder, "valid");

        var (code, output, _) = Run("check", valid, "--stale-after", "1");

        Assert.Equal(0, code);
        Assert.Contains("meer dan 1 maand geleden", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_JsonFormat_ParsesWithProblemsAndSummary()
    {
        using var folder = TempContent.WithValidFormatAnd("bad-email");

        var (code, output, _) = Run("check", folder.Root, "--format=json");

        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(output);
        var problem = Assert.Single(json.RootElement.GetProperty("problems").EnumerateArray());
        Assert.Equal(12, problem.GetProperty("line").GetInt32());
        Assert.Equal(12, problem.GetProperty("column").GetInt32());
        Assert.Equal("error", problem.GetProperty("severity").GetString());
        Assert.Contains("geen geldig e-mailadres", problem.GetProperty("message").GetString(), StringComparison.Ordinal);
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(1, summary.GetProperty("errors").GetInt32());
        Assert.Equal(2, summary.GetProperty("files").GetInt32());
    }

    [Theory]
    [InlineData("check")]
    [InlineData("check", "/does/not/exist")]
    [InlineData("check", "content", "--format", "xml")]
    [InlineData("check", "content", "--stale-after", "twaalf")]
    [InlineData("check", "content", "--stale-after")]
    [InlineData("check", "content", "--colour")]
    [InlineData("check", "a", "b")]
    [InlineData("chek", "content")]
    [InlineData]
    public void UsageError_ExitsTwoWithExplanationOnStandardError(params string[] args)
    {
        var (code, output, error) = Run(args);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.NotEqual("", error.Trim());
    }

    [Fact]
    public void UnknownCommand_SuggestsTheClosestOne()
    {
        var (_, _, error) = Run("chek");

        // System.CommandLine's typo correction: the unknown word, then the suggestions one per line.
        Assert.Matches(@"'chek'[^\n]*\r?\ncheck\r?\n", error);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_ListsCommandsAndExitCodes(string flag)
    {
        var (code, output, _) = Run(flag);

        Assert.Equal(0, code);
        Assert.Contains("check", output, StringComparison.Ordinal);
        Assert.Contains("schema", output, StringComparison.Ordinal);
        Assert.Contains("0 = goed, 1 = fouten gevonden, 2 =", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void CheckHelp_ExplainsOptionsAndTheCommandInFull(string flag)
    {
        var (code, output, _) = Run("check", flag);

        Assert.Equal(0, code);
        Assert.Contains("--format <json|text>", output, StringComparison.Ordinal);
        Assert.Contains("--stale-after <maanden>", output, StringComparison.Ordinal);
        Assert.Contains("Voorbeeld: eigenplan check content", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ListsEachCommandWithItsSummaryOnly()
    {
        var (_, output, _) = Run("--help");

        Assert.Contains("Controleer de content (formaten en gemeenten) en toon alle problemen.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Voorbeeld: eigenplan check content", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("eigenplan chec", "check")]
    [InlineData("eigenplan check {content} --format ", "json\ntext")]
    [InlineData("eigenplan booklet --content {content} --municipality ", "almere\nvoorbeeldstad")]
    public void SuggestDirective_CompletesWhatDotnetSuggestAsksFor(string typed, string expected)
    {
        var commandLine = typed.Replace("{content}", Path.Combine(RepoRoot.Path, "content"), StringComparison.Ordinal);

        // dotnet-suggest calls the tool like this: the cursor position, then the whole command line as one string.
        var (code, output, _) = Run($"[suggest:{commandLine.Length}]", commandLine);

        Assert.Equal(0, code);
        Assert.Equal(expected, output.ReplaceLineEndings("\n").TrimEnd());
    }

    [Fact]
    public void Schema_WritesBothFiles_AndCheckSeesThemUpToDate()
    {
        using var folder = new TempContent();

        var (code, _, _) = Run("schema", "-o", folder.Root);
        var (checkCode, _, _) = Run("schema", "-o", folder.Root, "--check");

        Assert.Equal(0, code);
        Assert.Equal(0, checkCode);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.Root, "municipality.schema.json")));
        Assert.Equal("object", json.RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public void Schema_Check_OutdatedFile_ExitsOne()
    {
        using var folder = new TempContent();
        Run("schema", "-o", folder.Root);
        File.WriteAllText(Path.Combine(folder.Root, "format.schema.json"), "{}");

        var (code, output, _) = Run("schema", "-o", folder.Root, "--check");

        Assert.Equal(1, code);
        Assert.Contains("format.schema.json", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RealContent_ExitsZeroToday()
    {
        using var output = new StringWriter();
        var code = CliApp.Run(["check", Path.Combine(RepoRoot.Path, "content")], output, TextWriter.Null);

        Assert.True(code == 0, output.ToString());
    }
}
