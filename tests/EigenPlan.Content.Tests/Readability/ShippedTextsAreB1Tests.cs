using EigenPlan.Content.Readability;
using Xunit.Abstractions;

namespace EigenPlan.Content.Tests.Readability;

/// <summary>
/// Our own texts are B1: the bundled formats, municipalities and uitlegboekje, and the interface in Razor. A finding
/// here fails the build (for municipalities' own files the same rules are only warnings in <c>eigenplan check</c>).
/// </summary>
public sealed class ShippedTextsAreB1Tests(ITestOutputHelper output)
{
    [Fact]
    public void BundledContent_HasNoB1Findings()
    {
        var files = B1Texts.CheckContent(RepoRoot.Content);

        foreach (var file in files)
        {
            output.WriteLine($"{Path.GetRelativePath(RepoRoot.Content, file.File)}: {file.Score}");
        }

        Assert.Equal(4, files.Count);
        var findings = files.SelectMany(f => f.Findings).Select(p => p.ToString()).ToArray();
        Assert.True(findings.Length == 0, B1Texts.Describe(findings));
    }

    [Fact]
    public void ResidentInterface_HasNoB1Findings()
    {
        var findings = new List<string>();
        var total = new List<string>();
        foreach (var file in B1Texts.ResidentRazorFiles())
        {
            var (found, score) = B1Texts.CheckRazor(file, PlainWordList.ForContentFolder(RepoRoot.Content));
            findings.AddRange(found);
            total.Add($"{Path.GetFileName(file)}: {score}");
        }

        output.WriteLine(string.Join(Environment.NewLine, total));
        Assert.True(findings.Count == 0, B1Texts.Describe(findings));
    }

    // The interface's Dutch words live in the neutral resx files (src/EigenPlan.Web/Resources/*.resx; the other
    // languages are *.<taal>.resx and are not B1-checked: the check is for Dutch).
    [Fact]
    public void ResidentInterfaceResources_DutchTexts_HaveNoB1Findings()
    {
        var rules = new ReadabilityRules(PlainWordList.ForContentFolder(RepoRoot.Content));
        var score = new ReadabilityScore();
        var findings = new List<string>();
        var resources = Directory.GetFiles(Path.Combine(RepoRoot.Path, "src", "EigenPlan.Web", "Resources"), "*.resx")
            .Where(f => !Path.GetFileNameWithoutExtension(f).Contains('.', StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.NotEmpty(resources);
        foreach (var file in resources)
        {
            foreach (var data in System.Xml.Linq.XDocument.Load(file).Root!.Elements("data"))
            {
                var text = System.Text.RegularExpressions.Regex.Replace(data.Element("value")?.Value ?? "", @"\{\d+(:[^}]*)?\}", "X");
                foreach (var finding in rules.Check(text, score, "X"))
                {
                    findings.Add($"{Path.GetRelativePath(RepoRoot.Path, file)}: {data.Attribute("name")?.Value}: {finding.Message}");
                }
            }
        }

        output.WriteLine(score.ToString());
        Assert.True(findings.Count == 0, B1Texts.Describe(findings));
    }

    [Fact]
    public void ResidentInterface_IsScannedAndSeesPlainText()
    {
        var files = B1Texts.ResidentRazorFiles().ToArray();
        var texts = files.SelectMany(RazorTexts.Read).Select(t => t.Text).ToArray();

        Assert.Contains(files, f => f.EndsWith("TopicPage.razor", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => f.Contains($"{Path.DirectorySeparatorChar}Staff{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        Assert.True(texts.Length > 100, $"only {texts.Length} texts found");
        Assert.DoesNotContain(texts, t => t.Contains("@code", StringComparison.Ordinal) || t.Contains("=>", StringComparison.Ordinal));
    }
}
