using EigenPlan.Content.Readability;
using EigenPlan.Core.Content;

namespace EigenPlan.Content.Tests.Readability;

/// <summary>The B1 check fails where it should: a hard sentence planted in a copy of our texts is found, with its place.</summary>
public sealed class PlantedHardTextTests : IDisposable
{
    private const string Hard =
        "Indien u gebruik wenst te maken van de Sociale Kaart dient u zich tijdig te melden bij het wijkteam van uw gemeente.";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "eigenplan-b1-" + Guid.NewGuid().ToString("N"));

    public PlantedHardTextTests()
    {
        foreach (var file in Directory.GetFiles(RepoRoot.Content, "*.yaml", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_root, Path.GetRelativePath(RepoRoot.Content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public void HardSentenceInAMunicipality_IsFoundAtItsLineAndColumn()
    {
        var almere = Path.Combine(_root, "municipalities", "almere.yaml");
        var lines = File.ReadAllLines(almere);
        var index = Array.FindIndex(lines, l => l.StartsWith("    samenvatting: ", StringComparison.Ordinal));
        lines[index] += " " + Hard;
        File.WriteAllLines(almere, lines);

        var findings = B1Texts.CheckContent(_root).SelectMany(f => f.Findings).ToArray();

        Assert.All(findings, f => Assert.Equal(ProblemSeverity.Warning, f.Severity));
        var column = lines[index].IndexOf(Hard, StringComparison.Ordinal) + 1;
        Assert.Contains(findings, f => f.File == almere && f.Line == index + 1 && f.Column == column && f.Message.Contains("22 woorden", StringComparison.Ordinal));
        var map = column + Hard.IndexOf("Sociale Kaart", StringComparison.Ordinal);
        Assert.Contains(findings, f => f.Line == index + 1 && f.Column == map && f.Message.EndsWith("Schrijf liever 'Hulp in Almere'.", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Line == index + 1 && f.Message.Contains("'Indien'", StringComparison.Ordinal));
    }

    [Fact]
    public void HardWordInAFoldedUitlegText_IsFoundOnItsOwnLine()
    {
        var uitleg = Path.Combine(_root, "uitleg", "basis.yaml");
        var text = File.ReadAllText(uitleg).Replace("    Dit is het uitlegboekje bij je eigen plan.\n",
            "    Dit is het uitlegboekje bij je eigen plan.\n    Praat erover met je mantelzorger.\n", StringComparison.Ordinal);
        File.WriteAllText(uitleg, text);
        var line = Array.IndexOf(text.Split('\n'), "    Praat erover met je mantelzorger.") + 1;

        var finding = Assert.Single(B1Texts.CheckContent(_root).SelectMany(f => f.Findings));

        Assert.Equal((uitleg, line, 25), (finding.File, finding.Line, finding.Column));
    }

    [Fact]
    public void HardSentenceInTheInterface_IsFoundAtItsLineAndColumn()
    {
        var razor = Path.Combine(_root, "Planted.razor");
        File.WriteAllText(razor, $"@page \"/x\"\n<h1>Titel</h1>\n<p class=\"lead\">Kort. <em>{Hard}</em></p>\n@code {{\n    private string s = \"Indien\";\n}}\n");

        var (findings, score) = B1Texts.CheckRazor(razor, PlainWordList.Bundled);

        Assert.Contains(findings, f => f.EndsWith("Planted.razor:3:27: B1: deze zin heeft 22 woorden. Maak er korte zinnen van (hoogstens 15 woorden).", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Contains("Planted.razor:3:27: B1: 'Indien'", StringComparison.Ordinal));
        Assert.Equal(3, score.Sentences);
    }

    [Fact]
    public void FoldersOwnWordList_ReplacesTheBuiltInOne()
    {
        Directory.CreateDirectory(Path.Combine(_root, "taal"));
        File.WriteAllText(Path.Combine(_root, PlainWordList.RelativePath), "woorden:\n  - woord: wijkteam\n    beter: buurtteam\n");

        var hardWords = B1Texts.CheckContent(_root).SelectMany(f => f.Findings).Where(f => f.Message.Contains("moeilijk woord", StringComparison.Ordinal)).ToArray();

        Assert.NotEmpty(hardWords);
        Assert.All(hardWords, f => Assert.EndsWith("Schrijf liever 'buurtteam'.", f.Message, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
