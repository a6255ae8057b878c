using System.Collections.Immutable;
using EigenPlan.Core.Content;

namespace EigenPlan.Content;

/// <summary>
/// An immutable picture of the catalog: the formats with their uitlegboekjes, every municipality file read so far, and the files still waiting
/// for the background load. Readers take the current instance without locking; writers build a new one.
/// </summary>
internal sealed class CatalogState
{
    private ContentSnapshot? _snapshot;
    private IReadOnlyList<Municipality>? _sorted;

    public CatalogState(
        FormatSet formats,
        ExplanationSet explanations,
        TranslationSet translations,
        ImmutableDictionary<string, MunicipalityFileState> files,
        ImmutableHashSet<string> pending,
        IReadOnlyList<ContentProblem> folderProblems,
        LoadContext context)
    {
        Context = context;
        Formats = formats;
        Explanations = explanations;
        Translations = translations;
        Files = files;
        Pending = pending;
        FolderProblems = folderProblems;
    }

    public FormatSet Formats { get; }

    /// <summary>The uitlegboekje files, read with the formats.</summary>
    public ExplanationSet Explanations { get; }

    /// <summary>The translation files, read with the formats, and the translated formats built from them.</summary>
    public TranslationSet Translations { get; }

    /// <summary>What checking a municipality file against these formats needs.</summary>
    public LoadContext Context { get; }

    /// <summary>Municipality files read so far, by id (the file name).</summary>
    public ImmutableDictionary<string, MunicipalityFileState> Files { get; }

    /// <summary>Paths of municipality files not read yet (only during the first background load).</summary>
    public ImmutableHashSet<string> Pending { get; }

    /// <summary>Problems with the folder itself, such as a missing <c>municipalities</c> folder.</summary>
    public IReadOnlyList<ContentProblem> FolderProblems { get; }

    public bool IsComplete => Pending.IsEmpty;

    public CatalogState With(MunicipalityFileState file) =>
        new(Formats, Explanations, Translations, Files.SetItem(file.Id, file), Pending.Remove(file.Path), FolderProblems, Context);

    public Municipality? FindMunicipality(string id) => Files.TryGetValue(id, out var file) ? file.InUse : null;

    public Format? FindFormat(string id)
    {
        foreach (var format in Formats.Formats)
        {
            if (format.Id == id)
            {
                return format;
            }
        }

        return null;
    }

    /// <summary>Usable municipalities sorted by name; built once per state.</summary>
    public IReadOnlyList<Municipality> Sorted => _sorted ??= Files.Values
        .Select(f => f.InUse).OfType<Municipality>()
        .OrderBy(m => m.Name, StringComparer.InvariantCultureIgnoreCase).ThenBy(m => m.Id, StringComparer.Ordinal)
        .ToArray();

    /// <summary>The classic snapshot view, built once per state.</summary>
    public ContentSnapshot Snapshot => _snapshot ??= BuildSnapshot();

    private ContentSnapshot BuildSnapshot()
    {
        var problems = FolderProblems.Concat(Formats.Problems).Concat(Translations.Problems).Concat(Explanations.Problems).Concat(Files.Values.SelectMany(f => f.Problems))
            .OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column)
            .ToArray();
        var municipalities = Files.Values.OrderBy(f => f.Path, StringComparer.Ordinal).Select(f => f.InUse).OfType<Municipality>().ToArray();
        return new ContentSnapshot(Formats.Formats, municipalities, problems)
        {
            Explanations = Explanations.Explanations,
            ExplanationTranslations = Explanations.Translations,
            Translations = Translations.Formats,
            FileCount = Formats.Stamps.Count + Translations.Stamps.Count + Explanations.Stamps.Count + Files.Count,
        };
    }
}
