using EigenPlan.Core.Content;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EigenPlan.Content;

/// <summary>
/// Holds the current <see cref="ContentSnapshot"/>. Loads on first use; <see cref="Reload"/> swaps in a new snapshot
/// and keeps the last good version of any file that broke in the meantime.
/// </summary>
public sealed partial class ContentCatalog : IContentCatalog
{
    private readonly string _contentRoot;
    private readonly ContentLoadOptions _options;
    private readonly ILogger _logger;
    private readonly Lock _reloadLock = new();
    private volatile State? _state;

    public ContentCatalog(string contentRoot, ContentLoadOptions? options = null, ILogger<ContentCatalog>? logger = null)
    {
        _contentRoot = contentRoot;
        _options = options ?? new ContentLoadOptions();
        _logger = logger ?? NullLogger<ContentCatalog>.Instance;
    }

    /// <summary>The folder this catalog reads.</summary>
    public string ContentRoot => _contentRoot;

    public ContentSnapshot Current => GetState().Snapshot;

    public IReadOnlyList<Municipality> Municipalities => GetState().SortedMunicipalities;

    public IReadOnlyList<ContentProblem> Problems => Current.Problems;

    public Municipality? FindMunicipality(string id) => Current.FindMunicipality(id);

    public Format? FindFormat(string id) => Current.FindFormat(id);

    public Format? FormatOf(Municipality m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return Current.FindFormat(m.FormatId);
    }

    /// <summary>Reads the folder again. Files that now have errors keep their last good version.</summary>
    public ContentSnapshot Reload()
    {
        lock (_reloadLock)
        {
            return LoadLocked().Snapshot;
        }
    }

    private State LoadLocked()
    {
        var snapshot = ContentLoader.LoadDirectory(_contentRoot, _options with { LastGood = _state?.Snapshot ?? _options.LastGood });
        Log(snapshot);
        var state = new State(snapshot);
        _state = state;
        return state;
    }

    private State GetState()
    {
        if (_state is { } state)
        {
            return state;
        }

        lock (_reloadLock)
        {
            return _state ?? LoadLocked();
        }
    }

    // Content files hold no personal data, so their problems are safe to log.
    private void Log(ContentSnapshot snapshot)
    {
        foreach (var problem in snapshot.Problems)
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

        LogLoaded(snapshot.Formats.Count, snapshot.Municipalities.Count, snapshot.Problems.Count, _contentRoot);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Content: {Problem}")]
    private partial void LogError(string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content: {Problem}")]
    private partial void LogWarning(string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Content loaded: {Formats} formats, {Municipalities} municipalities, {Problems} problems from {Root}")]
    private partial void LogLoaded(int formats, int municipalities, int problems, string root);

    private sealed class State(ContentSnapshot snapshot)
    {
        public ContentSnapshot Snapshot { get; } = snapshot;

        public IReadOnlyList<Municipality> SortedMunicipalities { get; } =
            snapshot.Municipalities.OrderBy(m => m.Name, StringComparer.InvariantCultureIgnoreCase).ToArray();
    }
}
