using System.Collections.Immutable;
using EigenPlan.Core.Content;
using EigenPlan.Core.Languages;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;

namespace EigenPlan.Content;

/// <summary>
/// The content in use, and the one way content is read (the web app, the command line and the tests all come here).
/// Formats load on first use (a few small files). Municipalities load in the background after
/// <see cref="StartLoading"/>, while a request for one municipality reads just that file; nothing ever waits for the
/// background load while holding a thread. <see cref="Reload"/> reads only the files that changed, and keeps the last
/// good version of a file that now has errors, so a typo in a live edit never takes a municipality off line.
/// </summary>
public sealed partial class ContentCatalog : IContentCatalog
{
    private readonly string _contentRoot;
    private readonly ContentLoadOptions _options;
    private readonly ILogger _logger;
    private readonly Lock _writeLock = new();
    private volatile CatalogState? _state;
    private Task _loading = Task.CompletedTask;
    private bool _backgroundStarted;

    public ContentCatalog(string contentRoot, ContentLoadOptions? options = null, ILogger<ContentCatalog>? logger = null)
    {
        _contentRoot = contentRoot;
        _options = options ?? new ContentLoadOptions();
        _logger = logger ?? NullLogger<ContentCatalog>.Instance;
    }

    /// <summary>Raised after a reload that changed something (on the thread that reloaded).</summary>
    public event Action? Changed;

    /// <summary>The folder this catalog reads.</summary>
    public string ContentRoot => _contentRoot;

    /// <summary>When the content was last read or checked for changes.</summary>
    public DateTimeOffset LastChecked { get; private set; }

    /// <inheritdoc />
    public bool IsLoaded => _state is { IsComplete: true };

    /// <inheritdoc />
    public ContentSnapshot Current => Started().Snapshot;

    /// <inheritdoc />
    public IReadOnlyList<ContentProblem> Problems => Current.Problems;

    /// <inheritdoc />
    public async Task<IReadOnlyList<Municipality>> MunicipalitiesAsync(CancellationToken cancellationToken = default)
    {
        await StartLoading().WaitAsync(cancellationToken).ConfigureAwait(false);
        return Started().Sorted;
    }

    /// <summary>The municipality in use. While the background load runs, reads just this file if it was not read yet.</summary>
    public Municipality? FindMunicipality(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var state = Started();
        if (state.Files.TryGetValue(id, out var file))
        {
            return file.InUse;
        }

        var path = MunicipalityPath(id);
        return state.Pending.Contains(path) ? LoadOne(path)?.InUse : null;
    }

    public Format? FindFormat(string id) => Started().FindFormat(id);

    public Format? FormatOf(Municipality m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return FindFormat(m.FormatId);
    }

    /// <inheritdoc />
    public Format? FormatOf(Municipality m, PlanLanguage language)
    {
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(language);
        var state = Started();
        // A language without a usable translation (none, or only one with errors) gets the Dutch format itself.
        return language.IsDutch ? state.FindFormat(m.FormatId) : state.Translations.Find(m.FormatId, language) ?? state.FindFormat(m.FormatId);
    }

    /// <inheritdoc />
    public FormatExplanation? ExplanationOf(Format format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return Started().Explanations.Find(format.Id);
    }

    /// <inheritdoc />
    public FormatExplanation? ExplanationOf(Format format, PlanLanguage language)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(language);
        return Started().Explanations.Find(format.Id, language);
    }

    /// <summary>The problems of one municipality's file from its latest read, and of the format it uses.</summary>
    public IReadOnlyList<ContentProblem> ProblemsOf(string municipalityId)
    {
        var state = Started();
        if (!state.Files.TryGetValue(municipalityId, out var file))
        {
            FindMunicipality(municipalityId);
            state = Started();
            if (!state.Files.TryGetValue(municipalityId, out file))
            {
                return [];
            }
        }

        var formatId = file.InUse?.FormatId;
        var formatProblems = state.Formats.Problems.Where(p => formatId is not null && Path.GetFileNameWithoutExtension(p.File) == formatId);
        return [.. formatProblems.Concat(file.Problems)];
    }

    /// <summary>The path of a municipality's file (whether or not it exists).</summary>
    public string MunicipalityPath(string id) => Path.Combine(_contentRoot, "municipalities", id + ".yaml");

    /// <summary>
    /// Reads the formats now and every municipality file in the background. Idempotent: every call gives the same
    /// task, which completes when the first load has read every municipality file.
    /// </summary>
    public Task StartLoading()
    {
        lock (_writeLock)
        {
            if (_backgroundStarted)
            {
                return _loading;
            }

            _backgroundStarted = true;
            var state = StartedLocked();
            if (!state.IsComplete)
            {
                _loading = Task.Run(() => LoadPending(state.Pending));
            }

            return _loading;
        }
    }

    private CatalogState Started()
    {
        if (_state is { } state)
        {
            return state;
        }

        lock (_writeLock)
        {
            return StartedLocked();
        }
    }

    private CatalogState StartedLocked()
    {
        if (_state is { } state)
        {
            return state;
        }

        var problems = new List<ContentProblem>();
        var formats = CatalogLoader.LoadFormats(_contentRoot, _options, null);
        var explanations = CatalogLoader.LoadExplanations(_contentRoot, _options, formats, null);
        var translations = CatalogLoader.LoadTranslations(_contentRoot, _options, formats, null);
        var paths = ContentLoader.ListFiles(_contentRoot, "municipalities", problems);
        state = new CatalogState(formats, explanations, translations, ImmutableDictionary<string, MunicipalityFileState>.Empty.WithComparers(StringComparer.Ordinal),
            [.. paths], problems, CatalogLoader.ContextFor(formats, _options));
        _state = state;
        LastChecked = _options.Clock.GetUtcNow();
        return state;
    }

    /// <summary>
    /// Reads every file not read yet on the calling thread and gives the snapshot: for one-off loads (the command
    /// line, tests) through <see cref="ContentLoader.LoadDirectory"/>. A host uses <see cref="StartLoading"/> instead.
    /// </summary>
    internal ContentSnapshot LoadAll()
    {
        if (Started() is { IsComplete: false } state)
        {
            LoadPending(state.Pending);
        }

        return Started().Snapshot;
    }

    private void LoadPending(IEnumerable<string> paths)
    {
        var todo = paths.Order(StringComparer.Ordinal).ToArray();
        Parallel.ForEach(todo, path => LoadOne(path));
        var state = Started();
        LogLoaded(state.Formats.Formats.Count, state.Sorted.Count, state.Snapshot.Problems.Count, _contentRoot);
        foreach (var problem in state.Snapshot.Problems)
        {
            LogProblem(problem);
        }
    }

    /// <summary>Reads one pending file and adds it, unless another thread was first.</summary>
    private MunicipalityFileState? LoadOne(string path)
    {
        var before = Started();
        var id = Path.GetFileNameWithoutExtension(path);
        if (before.Files.TryGetValue(id, out var existing))
        {
            return existing;
        }

        var file = CatalogLoader.LoadMunicipality(path, before.Context, lastGood: null);
        lock (_writeLock)
        {
            var state = _state!;
            if (state.Files.TryGetValue(id, out existing))
            {
                return existing;
            }

            if (!state.Pending.Contains(path))
            {
                return null; // removed by a reload in the meantime
            }

            _state = state.With(file);
            return file;
        }
    }

    /// <summary>Reads the files that changed since the last read. Files that now have errors keep their last good version.</summary>
    public ContentSnapshot Reload()
    {
        // Finish the first load before comparing (a background load in progress sees these files as already read).
        if (Started() is { IsComplete: false } first)
        {
            LoadPending(first.Pending);
        }

        CatalogState next;
        bool changed;
        lock (_writeLock)
        {
            var current = StartedLocked();
            (next, changed) = CatalogLoader.Refresh(_contentRoot, current, _options);
            _state = next;
            LastChecked = _options.Clock.GetUtcNow();
        }

        if (changed)
        {
            LogReloaded(next.Sorted.Count, next.Snapshot.Problems.Count);
            foreach (var problem in next.Snapshot.Problems.Where(p => p.Severity == ProblemSeverity.Error))
            {
                LogProblem(problem);
            }

            Changed?.Invoke();
        }

        return next.Snapshot;
    }

    // Content files hold no personal data, so their problems are safe to log.
    private void LogProblem(ContentProblem problem)
    {
        if (problem.Severity == ProblemSeverity.Error)
        {
            LogError(problem.ToString());
        }
        else
        {
            LogWarning(problem.ToString());
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Content: {Problem}")]
    private partial void LogError(string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content: {Problem}")]
    private partial void LogWarning(string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Content loaded: {Formats} formats, {Municipalities} municipalities, {Problems} problems from {Root}")]
    private partial void LogLoaded(int formats, int municipalities, int problems, string root);

    [LoggerMessage(Level = LogLevel.Information, Message = "Content reloaded: {Municipalities} municipalities in use, {Problems} problems")]
    private partial void LogReloaded(int municipalities, int problems);
}
