using System.Text.Json;

namespace EigenPlan.Cli.Tests;

/// <summary>
/// <c>eigenplan check</c> compares each translation file with the Dutch format: a missing id or word is a warning, a
/// typo in an id an error, each with file, line and column like every other content problem.
/// </summary>
public sealed class TranslationCheckTests : IDisposable
{
    private readonly TempContent _folder = new();

    public TranslationCheckTests()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepoRoot.Content, "formats")))
        {
            File.Copy(file, Path.Combine(_folder.Formats, Path.GetFileName(file)));
        }

        _folder.CopyMunicipality(Path.Combine(RepoRoot.Content, "municipalities", "almere.yaml"));
    }

    private string Turkish => Path.Combine(_folder.Formats, "basis.tr.yaml");

    private static (int Code, string Out, string Error) Run(params string[] args) =>
        Cli.Run(args, new FixedClock(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void Check_ShippedFormatAndTranslations_AllInOrder()
    {
        var (code, output, _) = Run("check", _folder.Root);

        Assert.Equal(0, code);
        Assert.Equal("Alles in orde: 6 bestanden gecontroleerd, geen fouten en geen waarschuwingen.", output.TrimEnd());
    }

    [Fact]
    public void Check_TypoInATopicIdAndAMissingSmiley_ErrorAndWarningsWithPlace_ExitsOne()
    {
        var lines = File.ReadAllLines(Turkish).ToList();
        var topic = lines.IndexOf("      - id: gevoel-en-gedachten");
        lines[topic] = "      - id: gevoel-en-gedachte";
        var smiley = lines.IndexOf("  - id: gaat-wel");
        lines.RemoveRange(smiley, 2);
        File.WriteAllLines(Turkish, lines);
        topic -= 2;
        var smileys = lines.IndexOf("smileys:") + 1;
        var topics = lines.FindLastIndex(topic, l => l == "    onderwerpen:") + 1;

        var (code, output, _) = Run("check", _folder.Root);

        Assert.Equal(1, code);
        var text = output.Replace('\\', '/');
        Assert.Contains($"formats/basis.tr.yaml:{smileys}:1: waarschuwing: Niet vertaald: de smiley 'gaat-wel' (Gaat wel) ontbreekt in 'smileys'. Hier blijven de Nederlandse woorden staan.", text, StringComparison.Ordinal);
        Assert.Contains($"formats/basis.tr.yaml:{topics}:5: waarschuwing: Niet vertaald: het onderwerp 'gevoel-en-gedachten' (Gevoel en gedachten) ontbreekt in 'onderwerpen'.", text, StringComparison.Ordinal);
        Assert.Contains($"formats/basis.tr.yaml:{topic + 1}:13: fout: Het onderwerp 'gevoel-en-gedachte' bestaat niet in huis 'gezondheid' van het Nederlandse formaat 'basis'. Bedoel je 'gevoel-en-gedachten'?", text, StringComparison.Ordinal);
        Assert.EndsWith("6 bestanden gecontroleerd: 1 fout en 2 waarschuwingen. Bestanden met fouten worden niet gebruikt." + Environment.NewLine, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Json_ReportsTheTranslationProblemWithLineAndColumn()
    {
        File.WriteAllText(Turkish, File.ReadAllText(Turkish).Replace("    titel: Ev\n", "    titel: Ev\n    icoon: huis\n", StringComparison.Ordinal));
        var line = Array.IndexOf(File.ReadAllLines(Turkish), "    icoon: huis") + 1;

        var (code, output, _) = Run("check", _folder.Root, "--format", "json");

        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(output);
        var problem = Assert.Single(json.RootElement.GetProperty("problems").EnumerateArray());
        Assert.EndsWith("basis.tr.yaml", problem.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.Equal((line, 5, "error"), (problem.GetProperty("line").GetInt32(), problem.GetProperty("column").GetInt32(), problem.GetProperty("severity").GetString()));
        Assert.StartsWith("Onbekend veld 'icoon'.", problem.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
