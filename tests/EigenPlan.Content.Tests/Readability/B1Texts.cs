using EigenPlan.Content.Readability;
using EigenPlan.Content.Schema;

namespace EigenPlan.Content.Tests.Readability;

/// <summary>Runs the B1 rules over our own shipped texts: content files and the resident-facing Razor markup.</summary>
internal static class B1Texts
{
    /// <summary>
    /// The Razor files residents see. Left out: the staff pages (/beheer, Pages/Staff), the pages written for supporters
    /// and professionals (they use their terms on purpose: ZRM, cliëntondersteuner, indicatie), and the plumbing.
    /// </summary>
    public static IEnumerable<string> ResidentRazorFiles()
    {
        var components = Path.Combine(RepoRoot.Path, "src", "EigenPlan.Web", "Components");
        var staff = Path.Combine(components, "Pages", "Staff") + Path.DirectorySeparatorChar;
        return Directory.GetFiles(components, "*.razor", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(staff, StringComparison.Ordinal) && Path.GetFileName(f) is not ("App.razor" or "_Imports.razor" or "Routes.razor" or "ProfessionalSummaryPage.razor" or "ClientSupportersPage.razor"))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>Every finding in one Razor file as "file:line:column: message".</summary>
    public static (IReadOnlyList<string> Findings, ReadabilityScore Score) CheckRazor(string path, PlainWordList words)
    {
        var rules = new ReadabilityRules(words);
        var score = new ReadabilityScore();
        var findings = new List<string>();
        foreach (var piece in RazorTexts.Read(path))
        {
            foreach (var finding in rules.Check(piece.Text, score, "X"))
            {
                var (line, column) = RazorTexts.Position(piece, finding.Offset);
                findings.Add($"{Path.GetRelativePath(RepoRoot.Path, path)}:{line}:{column}: {finding.Message}");
            }
        }

        return (findings, score);
    }

    public static IReadOnlyList<FileReadability> CheckContent(string contentRoot) =>
        ContentReadability.CheckFolder(contentRoot, PlainWordList.ForContentFolder(contentRoot));

    public static string Describe(IEnumerable<string> findings) => string.Join(Environment.NewLine, findings);

    /// <summary>The schema of a content file by its folder.</summary>
    public static ObjectSchema SchemaOf(string folder) => ContentReadability.Folders.Single(f => f.Folder == folder).Schema;
}
