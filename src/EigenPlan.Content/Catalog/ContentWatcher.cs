using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EigenPlan.Content;

/// <summary>
/// Keeps the catalog in step with the content folder: a file system watcher signals changes (gathered for a short
/// quiet period, because editors write a file in several steps), and a periodic check catches what the watcher misses.
/// A reload only reads the files that changed.
/// </summary>
internal sealed partial class ContentWatcher(ContentCatalog catalog, ContentOptions options, ILogger<ContentWatcher> logger) : BackgroundService
{
    /// <summary>How long the folder must be quiet after an event before reloading.</summary>
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(300);

    private readonly SemaphoreSlim _signal = new(0);
    private FileSystemWatcher? _watcher;

    /// <summary>
    /// Watches from the moment the host has started. Since .NET 10 all of <see cref="ExecuteAsync"/> runs later on the
    /// thread pool, so a watcher made there could miss an edit made right after the start until the periodic check.
    /// </summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _watcher = CreateWatcher();
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var watcher = _watcher;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await _signal.WaitAsync(options.ReloadInterval, stoppingToken))
                {
                    // Gather a burst of events (save = truncate + write + rename) into one reload.
                    while (await _signal.WaitAsync(QuietPeriod, stoppingToken))
                    {
                    }
                }

                // During the first background load the files are being read anyway; changes made meanwhile are
                // caught by the first check after it, because every file's stamp is taken before it is read.
                if (catalog.IsLoaded)
                {
                    catalog.Reload();
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A folder that is briefly unreadable (being copied, a network hiccup): the next round tries again.
                LogReloadFailed(ex.Message);
            }
        }
    }

    private FileSystemWatcher? CreateWatcher()
    {
        try
        {
            var watcher = new FileSystemWatcher(catalog.ContentRoot)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.DirectoryName,
            };
            watcher.Changed += (_, _) => Signal();
            watcher.Created += (_, _) => Signal();
            watcher.Deleted += (_, _) => Signal();
            watcher.Renamed += (_, _) => Signal();
            watcher.Error += (_, e) => LogWatcherError(e.GetException().Message);
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or PlatformNotSupportedException)
        {
            LogWatcherError(ex.Message);
            return null; // the periodic check still works
        }
    }

    private void Signal()
    {
        if (_signal.CurrentCount < 2)
        {
            _signal.Release();
        }
    }

    public override void Dispose()
    {
        _watcher?.Dispose();
        _signal.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content watcher: {Message}; falling back to periodic checks")]
    private partial void LogWatcherError(string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content reload failed: {Message}; trying again later")]
    private partial void LogReloadFailed(string message);
}
