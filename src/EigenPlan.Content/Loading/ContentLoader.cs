using EigenPlan.Content.Mapping;
using EigenPlan.Content.Schema;
using EigenPlan.Content.Problems;
using EigenPlan.Content.Validation;
using EigenPlan.Core.Content;

namespace EigenPlan.Content;

/// <summary>
/// Loads <c>formats/*.yaml</c> and <c>municipalities/*.yaml</c> from a content folder. Never throws for bad content:
/// every problem ends up in the snapshot, and only files without errors are used.
/// </summary>
public static class ContentLoader
{
    public static ContentSnapshot LoadDirectory(string contentRoot, ContentLoadOptions? options = null)
    {
        options ??= new ContentLoadOptions();
        var context = new LoadContext(options);
        var problems = new List<ContentProblem>();

        var formatFiles = ListFiles(contentRoot, "formats", problems);
        var formatResults = LoadAll(formatFiles, path => LoadFormat(path, context));
        var formats = Collect(formatResults, problems, options.LastGood is { } last ? last.FindFormat : null, out var brokenFormats);

        context.SetFormats(formats);
        context.BrokenFormatIds = brokenFormats;

        var municipalityFiles = ListFiles(contentRoot, "municipalities", problems);
        var municipalityResults = LoadAll(municipalityFiles, path => LoadMunicipality(path, context));
        var municipalities = Collect(municipalityResults, problems, LastGoodMunicipality(options, context), out _);

        var sorted = problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column).ToArray();
        return new ContentSnapshot(formats, municipalities, sorted) { FileCount = formatFiles.Length + municipalityFiles.Length };
    }

    internal static FileResult<Format> LoadFormat(string path, LoadContext context)
    {
        var problems = new ProblemList(path);
        var root = ContentFile.Read(path, ContentSchemas.Format, context, problems);
        if (root is not null)
        {
            FormatRules.Check(root, problems);
        }

        return new FileResult<Format>(path, problems.HasErrors || root is null ? null : FormatMapper.Map(root), problems.Items);
    }

    internal static FileResult<Municipality> LoadMunicipality(string path, LoadContext context)
    {
        var problems = new ProblemList(path);
        var root = ContentFile.Read(path, ContentSchemas.Municipality, context, problems);
        if (root is not null)
        {
            MunicipalityRules.Check(root, context, problems);
        }

        return new FileResult<Municipality>(path, problems.HasErrors || root is null ? null : MunicipalityMapper.Map(root), problems.Items);
    }

    /// <summary>A kept municipality is only usable while its format still is.</summary>
    private static Func<string, Municipality?>? LastGoodMunicipality(ContentLoadOptions options, LoadContext context) =>
        options.LastGood is { } lastGood
            ? id => lastGood.FindMunicipality(id) is { } m && context.Formats.ContainsKey(m.FormatId) ? m : null
            : null;

    internal static string[] ListFiles(string contentRoot, string folder, List<ContentProblem> problems)
    {
        var directory = Path.Combine(contentRoot, folder);
        if (!Directory.Exists(directory))
        {
            problems.Add(new ContentProblem(directory, 1, 1, ProblemSeverity.Error, $"De map '{folder}' ontbreekt in {contentRoot}."));
            return [];
        }

        var files = Directory.GetFiles(directory, "*.yaml");
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    /// <summary>Files are independent, so they are read in parallel; results keep file order.</summary>
    private static FileResult<T>[] LoadAll<T>(string[] files, Func<string, FileResult<T>> load)
        where T : class
    {
        var results = new FileResult<T>[files.Length];
        Parallel.For(0, files.Length, i => results[i] = load(files[i]));
        return results;
    }

    private static List<T> Collect<T>(
        FileResult<T>[] results, List<ContentProblem> problems, Func<string, T?>? lastGood, out HashSet<string> broken)
        where T : class
    {
        var usable = new List<T>(results.Length);
        broken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            problems.AddRange(result.Problems);
            if (result.Value is { } value)
            {
                usable.Add(value);
                continue;
            }

            var fileId = Path.GetFileNameWithoutExtension(result.Path);
            if (lastGood?.Invoke(fileId) is { } kept)
            {
                usable.Add(kept);
                problems.Add(new ContentProblem(result.Path, 1, 1, ProblemSeverity.Warning, KeptLastGood));
            }
            else
            {
                broken.Add(fileId);
            }
        }

        return usable;
    }

    /// <summary>The message for a broken file whose previous good version stays in use.</summary>
    internal const string KeptLastGood = "Dit bestand heeft fouten. De vorige goede versie blijft in gebruik tot de fouten zijn opgelost.";

    internal sealed record FileResult<T>(string Path, T? Value, IReadOnlyList<ContentProblem> Problems)
        where T : class;
}
