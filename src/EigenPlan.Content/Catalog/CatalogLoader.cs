using System.Collections.Immutable;
using EigenPlan.Content.Translations;
using EigenPlan.Core.Content;

namespace EigenPlan.Content;

/// <summary>
/// The catalog's file work: reading the formats, one municipality file, and refreshing only what changed; a file with
/// errors keeps its last good version (<see cref="KeepLastGood"/>).
/// </summary>
internal static class CatalogLoader
{
    public static FormatSet LoadFormats(string root, ContentLoadOptions options, FormatSet? previous)
    {
        var problems = new List<ContentProblem>();
        var paths = ContentLoader.ListFormatFiles(root, problems);
        var stamps = paths.ToDictionary(p => p, FileStamp.Of, StringComparer.Ordinal);
        var context = new LoadContext(options);
        var formats = new List<Format>();
        var broken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var id = Path.GetFileNameWithoutExtension(path);
            var result = KeepLastGood(ContentLoader.LoadFormat(path, context), previous?.Formats.FirstOrDefault(f => f.Id == id));
            problems.AddRange(result.Problems);
            if (result.Value is { } format)
            {
                formats.Add(format);
            }
            else
            {
                broken.Add(id);
            }
        }

        return new FormatSet(formats, broken, problems, stamps);
    }

    /// <summary>
    /// Reads <c>uitleg/*.yaml</c> against <paramref name="formats"/>. The folder is optional. A file with errors keeps its
    /// last good version while its format is still usable, as municipality files do.
    /// </summary>
    public static ExplanationSet LoadExplanations(string root, ContentLoadOptions options, FormatSet formats, ExplanationSet? previous)
    {
        var paths = ExplanationPaths(root);
        if (paths.Length == 0)
        {
            return ExplanationSet.Empty;
        }

        var context = ContextFor(formats, options);
        var problems = new List<ContentProblem>();
        var explanations = new List<FormatExplanation>();
        foreach (var path in paths.Where(p => !TranslationFileName.IsTranslation(p)))
        {
            var id = Path.GetFileNameWithoutExtension(path);
            var lastGood = previous?.Find(id) is { } kept && context.Formats.ContainsKey(kept.FormatId) ? kept : null;
            var result = KeepLastGood(ContentLoader.LoadExplanation(path, context), lastGood);
            problems.AddRange(result.Problems);
            if (result.Value is { } explanation)
            {
                explanations.Add(explanation);
            }
        }

        // Translations after the Dutch files: they are checked against (and applied to) the Dutch uitlegboekjes in use.
        var (words, translated) = LoadExplanationTranslations(paths.Where(TranslationFileName.IsTranslation), explanations, context, previous, problems);
        return new ExplanationSet(explanations, problems, paths.ToDictionary(p => p, FileStamp.Of, StringComparer.Ordinal))
        {
            Words = words,
            Translations = translated,
        };
    }

    /// <summary>
    /// Reads the uitlegboekje translations as <see cref="LoadTranslations"/> reads a format's: a file with errors keeps
    /// its last good texts; without them the language gets the Dutch uitlegboekje, with the problems saying why.
    /// </summary>
    private static (Dictionary<string, ExplanationWords> Words, List<FormatExplanation> Translated) LoadExplanationTranslations(
        IEnumerable<string> paths, List<FormatExplanation> dutch, LoadContext context, ExplanationSet? previous, List<ContentProblem> problems)
    {
        var words = new Dictionary<string, ExplanationWords>(StringComparer.Ordinal);
        var translated = new List<FormatExplanation>();
        foreach (var path in paths)
        {
            ContentLoader.FileResult<ExplanationWords> result;
            try
            {
                result = ContentLoader.LoadExplanationTranslation(path, dutch, context);
            }
            catch (Exception ex) when (IsProgramFault(ex))
            {
                // A bug in reading one translation must never take the uitleg down: that language gets the Dutch one.
                result = new(path, null, [ProgramFault(path, ex)]);
            }

            var lastGood = previous?.Words.GetValueOrDefault(path) is { } kept && dutch.Any(e => e.FormatId == kept.FormatId) ? kept : null;
            result = KeepLastGood(result, lastGood);
            problems.AddRange(result.Problems);
            if (result.Value is { } found && dutch.FirstOrDefault(e => e.FormatId == found.FormatId) is { } source
                && !translated.Any(e => e.FormatId == found.FormatId && e.Language == found.Language))
            {
                words[path] = found;
                translated.Add(ExplanationTranslationApplier.Apply(source, found));
            }
        }

        return (words, translated);
    }

    /// <summary>
    /// Reads the translation files next to the formats and applies each to its Dutch format, once per load. A file with
    /// errors keeps its last good words (applied to the current Dutch format); without them the language gets the
    /// Dutch words. Either way the problems say why.
    /// </summary>
    public static TranslationSet LoadTranslations(string root, ContentLoadOptions options, FormatSet formats, TranslationSet? previous)
    {
        var paths = ContentLoader.ListTranslationFiles(root);
        if (paths.Length == 0)
        {
            return TranslationSet.Empty;
        }

        var context = ContextFor(formats, options);
        var problems = new List<ContentProblem>();
        var words = new Dictionary<string, FormatWords>(StringComparer.Ordinal);
        var translated = new List<Format>();
        var stamps = new Dictionary<string, FileStamp>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            stamps[path] = FileStamp.Of(path); // before reading, as for municipality files
            ContentLoader.FileResult<FormatWords> result;
            try
            {
                result = ContentLoader.LoadTranslation(path, context);
            }
            catch (Exception ex) when (IsProgramFault(ex))
            {
                // A bug in reading one translation must never take the formats down: that language gets Dutch words.
                result = new(path, null, [ProgramFault(path, ex)]);
            }

            var lastGood = previous?.Words.GetValueOrDefault(path) is { } kept && context.Formats.ContainsKey(kept.FormatId) ? kept : null;
            result = KeepLastGood(result, lastGood);
            problems.AddRange(result.Problems);
            if (result.Value is { } found && context.Formats.TryGetValue(found.FormatId, out var dutch)
                && !translated.Any(f => f.Id == found.FormatId && f.Language == found.Language))
            {
                words[path] = found;
                translated.Add(TranslationApplier.Apply(dutch, found));
            }
        }

        return new TranslationSet(words, translated, problems, stamps);
    }

    private static string[] ExplanationPaths(string root)
    {
        var directory = Path.Combine(root, ContentLoader.ExplanationFolder);
        return Directory.Exists(directory) ? ContentLoader.ListFiles(root, ContentLoader.ExplanationFolder, []) : [];
    }

    /// <summary>The shared context for checking municipality files against a set of formats, as of today.</summary>
    public static LoadContext ContextFor(FormatSet formats, ContentLoadOptions options)
    {
        var context = new LoadContext(options);
        context.SetFormats(formats.Formats);
        context.BrokenFormatIds = formats.BrokenIds;
        return context;
    }

    /// <summary>Reads one municipality file; when it has errors, <paramref name="lastGood"/> stays in use (if its format still is).</summary>
    public static MunicipalityFileState LoadMunicipality(string path, LoadContext context, Municipality? lastGood)
    {
        var stamp = FileStamp.Of(path); // before reading: a write during the read is picked up by the next reload
        ContentLoader.FileResult<Municipality> result;
        try
        {
            result = ContentLoader.LoadMunicipality(path, context);
        }
        catch (Exception ex) when (IsProgramFault(ex))
        {
            // A bug in reading must cost one file, never the background load of all the others.
            result = new(path, null, [ProgramFault(path, ex)]);
        }

        // A kept municipality is only usable while its format still is.
        result = KeepLastGood(result, lastGood is not null && context.Formats.ContainsKey(lastGood.FormatId) ? lastGood : null);
        return new MunicipalityFileState(path, Path.GetFileNameWithoutExtension(path), stamp, result.Value, result.Problems);
    }

    /// <summary>
    /// The one "keep the last good version" rule: a file that now has errors keeps <paramref name="lastGood"/> in
    /// use (when there is one), with a warning next to its errors, so a typo in a live edit takes nothing off line.
    /// </summary>
    private static ContentLoader.FileResult<T> KeepLastGood<T>(ContentLoader.FileResult<T> result, T? lastGood)
        where T : class =>
        result.Value is null && lastGood is not null
            ? result with { Value = lastGood, Problems = [.. result.Problems, new ContentProblem(result.Path, 1, 1, ProblemSeverity.Warning, KeptLastGood)] }
            : result;

    /// <summary>Exceptions that mean a bug in reading one file (not a content mistake, which is reported as a problem).</summary>
    private static bool IsProgramFault(Exception ex) =>
        ex is InvalidOperationException or ArgumentException or FormatException or IndexOutOfRangeException or NullReferenceException;

    private static ContentProblem ProgramFault(string path, Exception ex) =>
        new(path, 1, 1, ProblemSeverity.Error, $"Het bestand kan niet worden gelezen door een fout in het programma ({ex.GetType().Name}). Meld dit aan de beheerder.");

    /// <summary>The message for a broken file whose previous good version stays in use.</summary>
    private const string KeptLastGood = "Dit bestand heeft fouten. De vorige goede versie blijft in gebruik tot de fouten zijn opgelost.";

    /// <summary>
    /// Compares the folder with <paramref name="current"/> and reads what changed: all files when a format changed
    /// (the municipality and uitlegboekje checks depend on it), otherwise only new and changed files.
    /// </summary>
    public static (CatalogState State, bool Changed) Refresh(string root, CatalogState current, ContentLoadOptions options)
    {
        var formatPaths = ContentLoader.ListFormatFiles(root, []);
        var formatsChanged = formatPaths.Length != current.Formats.Stamps.Count
            || formatPaths.Any(p => !current.Formats.Stamps.TryGetValue(p, out var stamp) || stamp != FileStamp.Of(p));
        var formats = formatsChanged ? LoadFormats(root, options, current.Formats) : current.Formats;
        var context = ContextFor(formats, options);
        var explanationPaths = ExplanationPaths(root);
        var explanationsChanged = formatsChanged || explanationPaths.Length != current.Explanations.Stamps.Count
            || explanationPaths.Any(p => !current.Explanations.Stamps.TryGetValue(p, out var stamp) || stamp != FileStamp.Of(p));
        var explanations = explanationsChanged ? LoadExplanations(root, options, formats, current.Explanations) : current.Explanations;
        var translationPaths = ContentLoader.ListTranslationFiles(root);
        var translationsChanged = formatsChanged || translationPaths.Length != current.Translations.Stamps.Count
            || translationPaths.Any(p => !current.Translations.Stamps.TryGetValue(p, out var stamp) || stamp != FileStamp.Of(p));
        var translations = translationsChanged ? LoadTranslations(root, options, formats, current.Translations) : current.Translations;

        var folderProblems = new List<ContentProblem>();
        var paths = ContentLoader.ListFiles(root, "municipalities", folderProblems);
        var toRead = paths.Where(p => formatsChanged
            || !current.Files.TryGetValue(Path.GetFileNameWithoutExtension(p), out var file)
            || file.Stamp != FileStamp.Of(p)).ToArray();
        var read = new MunicipalityFileState[toRead.Length];
        Parallel.For(0, toRead.Length, i =>
            read[i] = LoadMunicipality(toRead[i], context, current.FindMunicipality(Path.GetFileNameWithoutExtension(toRead[i]))));

        var ids = paths.Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.Ordinal);
        var files = current.Files.RemoveRange(current.Files.Keys.Where(id => !ids.Contains(id)).ToArray()).SetItems(read.Select(f => KeyValuePair.Create(f.Id, f)));
        var changed = formatsChanged || explanationsChanged || translationsChanged || read.Length > 0 || files.Count != current.Files.Count || folderProblems.Count != current.FolderProblems.Count;
        return changed ? (new CatalogState(formats, explanations, translations, files, ImmutableHashSet<string>.Empty, folderProblems, context), true) : (current, false);
    }
}
