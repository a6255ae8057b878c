using EigenPlan.Core.Insights;
using EigenPlan.Core.Plans;
using Microsoft.Extensions.Options;

namespace EigenPlan.Web.Insights;

/// <summary><c>Insights:FlushInterval</c>: how often the counted sums go to the database (default one minute).</summary>
public sealed class InsightSettings
{
    public const string SectionName = "Insights";

    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Writes the <see cref="InsightCounter"/>'s sums to the store every <see cref="InsightSettings.FlushInterval"/> and once
/// more when the app stops. When the store is unavailable the sums stay in memory for the next round.
/// </summary>
public sealed partial class InsightFlusher(InsightCounter counter, IInsightStore store, IOptions<InsightSettings> options, ILogger<InsightFlusher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.FlushInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(CancellationToken.None);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping: the last flush runs in StopAsync.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
    }

    /// <summary>Stores what was counted so far.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var counts = counter.Take();
        if (counts.Count == 0)
        {
            return;
        }
        try
        {
            await store.AddAsync(counts, cancellationToken);
        }
        catch (Exception ex) when (ex is StoreUnavailableException or OperationCanceledException)
        {
            counter.PutBack(counts);
            LogNotStored(logger, counts.Count, ex.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} insight counters could not be stored ({Failure}); tried again later")]
    private static partial void LogNotStored(ILogger logger, int count, string failure);
}
