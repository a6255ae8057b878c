using EigenPlan.Content.Mapping;
using EigenPlan.Content.Problems;
using EigenPlan.Content.Schema;
using EigenPlan.Content.Translations;
using EigenPlan.Content.Validation;
using EigenPlan.Core.Content;

namespace EigenPlan.Content;

/// <summary>
/// Reads content files: one format or municipality file at a time for <see cref="ContentCatalog"/>, or a whole folder
/// at once through it. Never throws for bad content: every problem is reported, and only files without errors are used.
/// </summary>
public static class ContentLoader
{
    /// <summary>The folder of uitlegboekje files; optional, unlike <c>formats</c> and <c>municipalities</c>.</summary>
    internal const string ExplanationFolder = "uitleg";

    /// <summary>The folder of format files and their translations.</summary>
    internal const string FormatFolder = "formats";

    /// <summary>
    /// Reads <c>formats/*.yaml</c> (with their translations <c>formats/*.&lt;taal&gt;.yaml</c>), <c>municipalities/*.yaml</c> and <c>uitleg/*.yaml</c> now, on this thread, the same way the app's catalog
    /// does: for the command line and tests, which want everything at once.
    /// </summary>
    public static ContentSnapshot LoadDirectory(string contentRoot, ContentLoadOptions? options = null) =>
        new ContentCatalog(contentRoot, options).LoadAll();

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

    /// <summary>Reads one uitlegboekje file, checked against the usable formats in <paramref name="context"/>.</summary>
    internal static FileResult<FormatExplanation> LoadExplanation(string path, LoadContext context)
    {
        var problems = new ProblemList(path);
        var root = ContentFile.Read(path, ExplanationSchema.Root, context, problems);
        if (root is not null)
        {
            ExplanationRules.Check(root, Path.GetFileNameWithoutExtension(path), context, problems);
        }

        return new FileResult<FormatExplanation>(path, problems.HasErrors || root is null ? null : ExplanationMapper.Map(root), problems.Items);
    }

    /// <summary>
    /// Reads one translation file (<c>formats/&lt;id&gt;.&lt;taal&gt;.yaml</c>), checked against the Dutch formats in
    /// <paramref name="context"/>; the value is the words only, applied to the Dutch format by the catalog.
    /// </summary>
    internal static FileResult<FormatWords> LoadTranslation(string path, LoadContext context)
    {
        var problems = new ProblemList(path);
        var root = ContentFile.Read(path, TranslationSchema.Root, context, problems, checkFileId: false);
        var dutch = root is null ? null : TranslationRules.Check(root, path, context, problems);
        return new FileResult<FormatWords>(path, problems.HasErrors || root is null || dutch is null ? null : TranslationMapper.Map(root), problems.Items);
    }

    /// <summary>
    /// Reads one uitlegboekje translation (<c>uitleg/&lt;format&gt;.&lt;taal&gt;.yaml</c>), checked against the Dutch
    /// uitlegboekjes read before it; the value is the texts only, applied to the Dutch uitlegboekje by the catalog.
    /// </summary>
    internal static FileResult<ExplanationWords> LoadExplanationTranslation(string path, IReadOnlyList<FormatExplanation> dutch, LoadContext context)
    {
        var problems = new ProblemList(path);
        var root = ContentFile.Read(path, ExplanationTranslationSchema.Root, context, problems, checkFileId: false);
        var source = root is null ? null : ExplanationTranslationRules.Check(root, path, dutch, context, problems);
        return new FileResult<ExplanationWords>(path, problems.HasErrors || root is null || source is null ? null : ExplanationTranslationMapper.Map(root), problems.Items);
    }

    /// <summary>The format files of <c>formats/</c> (<c>basis.yaml</c>), without the translations next to them.</summary>
    internal static string[] ListFormatFiles(string contentRoot, List<ContentProblem> problems) =>
        [.. ListFiles(contentRoot, FormatFolder, problems).Where(p => !TranslationFileName.IsTranslation(p))];

    /// <summary>The translation files of <c>formats/</c> (<c>basis.en.yaml</c>); none when the folder is missing.</summary>
    internal static string[] ListTranslationFiles(string contentRoot) =>
        Directory.Exists(Path.Combine(contentRoot, FormatFolder))
            ? [.. ListFiles(contentRoot, FormatFolder, []).Where(TranslationFileName.IsTranslation)]
            : [];

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

    /// <summary>One file read: the value when it has no errors, and all its problems.</summary>
    internal sealed record FileResult<T>(string Path, T? Value, IReadOnlyList<ContentProblem> Problems)
        where T : class;
}
