using EigenPlan.Core.Content;
using YamlDotNet.Core;

namespace EigenPlan.Content.Readability;

/// <summary>
/// Adds the B1 findings to a check's result as warnings, for <c>eigenplan check</c>. Files with errors are skipped
/// (they are not used, and their errors come first); a broken word list is one warning and the built-in list is used.
/// </summary>
internal static class ReadabilityWarnings
{
    public static ContentSnapshot AddTo(ContentSnapshot snapshot, string contentRoot)
    {
        var extra = new List<ContentProblem>();
        var words = WordList(contentRoot, extra);
        var withErrors = snapshot.Problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => p.File).ToHashSet(StringComparer.Ordinal);
        foreach (var file in ContentReadability.CheckFolder(contentRoot, words, path => !withErrors.Contains(path)))
        {
            extra.AddRange(file.Findings);
        }

        return extra.Count == 0 ? snapshot : snapshot with
        {
            Problems = [.. snapshot.Problems.Concat(extra).OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column)],
        };
    }

    private static PlainWordList WordList(string contentRoot, List<ContentProblem> problems)
    {
        try
        {
            return PlainWordList.ForContentFolder(contentRoot);
        }
        catch (YamlException ex)
        {
            problems.Add(new ContentProblem(Path.Combine(contentRoot, PlainWordList.RelativePath), (int)ex.Start.Line, (int)ex.Start.Column, ProblemSeverity.Warning,
                $"De B1-woordenlijst kan niet worden gelezen ({ex.Message}). De ingebouwde lijst wordt gebruikt."));
            return PlainWordList.Bundled;
        }
    }
}
