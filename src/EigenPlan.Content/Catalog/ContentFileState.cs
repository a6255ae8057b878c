using EigenPlan.Content.Translations;
using EigenPlan.Core.Content;
using EigenPlan.Core.Languages;

namespace EigenPlan.Content;

/// <summary>Size and last write time of a file: when either differs, the file is read again.</summary>
internal readonly record struct FileStamp(long Length, DateTime LastWriteUtc)
{
    public static FileStamp Of(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc) : default;
    }
}

/// <summary>
/// One municipality file as the catalog knows it: the version in use (possibly the last good one while the file has
/// errors) and the problems of the latest read.
/// </summary>
internal sealed record MunicipalityFileState(string Path, string Id, FileStamp Stamp, Municipality? InUse, IReadOnlyList<ContentProblem> Problems);

/// <summary>The formats of one load, with their problems and the stamps of their files.</summary>
internal sealed record FormatSet(
    IReadOnlyList<Format> Formats,
    IReadOnlySet<string> BrokenIds,
    IReadOnlyList<ContentProblem> Problems,
    IReadOnlyDictionary<string, FileStamp> Stamps);

/// <summary>The uitlegboekje files of one load (optional folder), with their problems and the stamps of their files.</summary>
internal sealed record ExplanationSet(
    IReadOnlyList<FormatExplanation> Explanations,
    IReadOnlyList<ContentProblem> Problems,
    IReadOnlyDictionary<string, FileStamp> Stamps)
{
    public static ExplanationSet Empty { get; } = new([], [], new Dictionary<string, FileStamp>());

    /// <summary>The texts in use per translation file (possibly the last good ones), by path.</summary>
    public IReadOnlyDictionary<string, ExplanationWords> Words { get; init; } = new Dictionary<string, ExplanationWords>();

    /// <summary>The translated uitlegboekjes, built once per load (one per format and language at most).</summary>
    public IReadOnlyList<FormatExplanation> Translations { get; init; } = [];

    public FormatExplanation? Find(string formatId) => Explanations.FirstOrDefault(e => e.FormatId == formatId);

    /// <summary>The uitlegboekje in <paramref name="language"/>; the Dutch one when that language has no usable translation.</summary>
    public FormatExplanation? Find(string formatId, PlanLanguage language) =>
        language.IsDutch ? Find(formatId) : Translations.FirstOrDefault(e => e.FormatId == formatId && e.Language == language) ?? Find(formatId);
}

/// <summary>
/// The translation files of one load: the words in use per file (possibly the last good ones), the translated formats
/// built from them once (the cache per format and language), their problems and the stamps of their files.
/// </summary>
internal sealed record TranslationSet(
    IReadOnlyDictionary<string, FormatWords> Words,
    IReadOnlyList<Format> Formats,
    IReadOnlyList<ContentProblem> Problems,
    IReadOnlyDictionary<string, FileStamp> Stamps)
{
    public static TranslationSet Empty { get; } = new(new Dictionary<string, FormatWords>(), [], [], new Dictionary<string, FileStamp>());

    /// <summary>The translated format, or null when that language has no usable translation.</summary>
    public Format? Find(string formatId, PlanLanguage language)
    {
        foreach (var format in Formats)
        {
            if (format.Id == formatId && format.Language == language)
            {
                return format;
            }
        }

        return null;
    }
}
