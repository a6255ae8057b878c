using System.Text.Json;

namespace EigenPlan.Cli.Tests;

/// <summary>
/// <c>eigenplan check</c> reads municipalities' texts at B1 level: hard sentences and words are warnings with line,
/// column and a plainer word, never errors, so the file is still used. <c>eigenplan taal</c> measures.
/// </summary>
public sealed class B1CheckTests : IDisposable
{
    private const string Hard = "Indien u gebruik wenst te maken van de Sociale Kaart dient u zich tijdig te melden bij het wijkteam van uw gemeente.";

    private readonly TempContent _folder = new();

    public B1CheckTests()
    {
        File.Copy(Path.Combine(RepoRoot.Content, "formats", "basis.yaml"), Path.Combine(_folder.Formats, "basis.yaml"));
        _folder.CopyMunicipality(Path.Combine(RepoRoot.Content, "municipalities", "almere.yaml"));
    }

    private static (int Code, string Out, string Error) Run(params string[] args) =>
        Cli.Run(args, new FixedClock(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void Check_HardSentenceInAMunicipality_IsAWarningWithPlaceAndPlainWord_AndExitsZero()
    {
        var (line, column) = Plant();

        var (code, output, _) = Run("check", _folder.Root);

        Assert.Equal(0, code);
        var text = output.Replace('\\', '/');
        Assert.Contains($"municipalities/almere.yaml:{line}:{column}: waarschuwing: B1: deze zin heeft 22 woorden. Maak er korte zinnen van (hoogstens 15 woorden).", text, StringComparison.Ordinal);
        var map = column + Hard.IndexOf("Sociale Kaart", StringComparison.Ordinal);
        Assert.Contains($"municipalities/almere.yaml:{line}:{map}: waarschuwing: B1: 'Sociale Kaart' is een moeilijk woord. Schrijf liever 'Hulp in Almere'.", text, StringComparison.Ordinal);
        Assert.DoesNotContain(": fout:", text, StringComparison.Ordinal);
        Assert.EndsWith("Alle bestanden kunnen worden gebruikt." + Environment.NewLine, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Json_ListsTheB1FindingsAsWarnings()
    {
        Plant();

        var (code, output, _) = Run("check", _folder.Root, "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var problems = json.RootElement.GetProperty("problems").EnumerateArray().ToArray();
        Assert.Equal(4, problems.Length); // the long sentence and three words: Indien, Sociale Kaart, dient
        Assert.All(problems, p => Assert.Equal("warning", p.GetProperty("severity").GetString()));
        Assert.Equal(0, json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
    }

    [Fact]
    public void Check_BrokenWordList_IsOneWarningAndTheBuiltInListIsUsed()
    {
        Plant();
        Directory.CreateDirectory(Path.Combine(_folder.Root, "taal"));
        File.WriteAllText(Path.Combine(_folder.Root, "taal", "b1-woorden.yaml"), "woorden:\n  - woord: x\n    onbekend: y\n");

        var (code, output, _) = Run("check", _folder.Root);

        Assert.Equal(0, code);
        Assert.Contains("taal/b1-woorden.yaml:3:5: waarschuwing: De B1-woordenlijst kan niet worden gelezen", output.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Contains("Schrijf liever 'Hulp in Almere'.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Taal_PrintsFleschDoumaAndLongSentencesPerFile()
    {
        Plant();

        var (code, output, _) = Run("taal", _folder.Root);

        Assert.Equal(0, code);
        var lines = output.Replace('\\', '/').TrimEnd().Split(Environment.NewLine);
        Assert.StartsWith("formats/basis.yaml: Flesch-Douma ", lines[^2], StringComparison.Ordinal);
        Assert.EndsWith("; 0 te verbeteren.", lines[^2], StringComparison.Ordinal);
        Assert.Matches(@"^municipalities/almere\.yaml: Flesch-Douma \d+,\d; \d+ zinnen, 1 langer dan 15 woorden \(0,\d %\); 4 te verbeteren\.$", lines[^1]);
    }

    /// <summary>Adds the hard sentence to the first summary in the Almere file; returns its line and column.</summary>
    private (int Line, int Column) Plant()
    {
        var path = Path.Combine(_folder.Municipalities, "almere.yaml");
        var lines = File.ReadAllLines(path);
        var index = Array.FindIndex(lines, l => l.StartsWith("    samenvatting: ", StringComparison.Ordinal));
        lines[index] += " " + Hard;
        File.WriteAllLines(path, lines);
        return (index + 1, lines[index].IndexOf(Hard, StringComparison.Ordinal) + 1);
    }

    public void Dispose() => _folder.Dispose();
}
