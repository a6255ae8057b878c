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
