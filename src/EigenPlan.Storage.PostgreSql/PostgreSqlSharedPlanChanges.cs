using EigenPlan.Core.Security;
using EigenPlan.Core.SharedPlans;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace EigenPlan.Storage.PostgreSql;

/// <summary>
/// <see cref="ISharedPlanChanges"/> across instances through PostgreSQL <c>LISTEN/NOTIFY</c>: a publish is a
/// <c>pg_notify</c> on one channel with the plan id as payload; every instance holds one dedicated listening connection
/// and relays each notification to its own subscribers (also the publishing instance's, so all are called the same way).
/// When the listening connection drops (server restart, network), it reconnects with a growing pause, and then calls
/// every subscriber once: what changed meanwhile was not heard, so everyone reloads.
/// </summary>
public sealed partial class PostgreSqlSharedPlanChanges : ISharedPlanChanges, IAsyncDisposable
{
    /// <summary>The notification channel (one for all plans; the payload is the 6-character plan id).</summary>
    public const string Channel = "eigenplan_shared_plan";
    private static readonly TimeSpan Ping = TimeSpan.FromSeconds(30);
    private readonly PostgreSqlDatabase _database;
    private readonly ILogger _logger;
    private readonly TimeSpan _firstRetry;
    private readonly InMemorySharedPlanChanges _local = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private TaskCompletionSource _listening = NewSignal();
    private Task? _loop;
    private int _disposed;

    /// <param name="database">The database to listen on; disposed by its owner, not here.</param>
    /// <param name="logger">Connection trouble only (ids, never payloads of other kinds).</param>
    /// <param name="firstRetry">The pause before the first reconnect (doubling up to 30 s); 1 s when null.</param>
    public PostgreSqlSharedPlanChanges(PostgreSqlDatabase database, ILogger<PostgreSqlSharedPlanChanges>? logger = null, TimeSpan? firstRetry = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _logger = logger ?? NullLogger<PostgreSqlSharedPlanChanges>.Instance;
        _firstRetry = firstRetry ?? TimeSpan.FromSeconds(1);
    }

    /// <summary>Starts listening (once) and completes when the listening connection is up.</summary>
    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        Task listening;
        lock (_gate)
        {
            _loop ??= Task.Run(ListenAsync, CancellationToken.None);
            listening = _listening.Task;
        }
        return listening.WaitAsync(cancellationToken);
    }

    /// <summary>Completes when the listening connection is up (again), e.g. after a drop.</summary>
    public Task WhenListeningAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return _listening.Task.WaitAsync(cancellationToken);
        }
    }

    public IDisposable Subscribe(PlanId planId, Action listener)
    {
        var subscription = _local.Subscribe(planId, listener);
        _ = StartAsync();
        return subscription;
    }

    public Task PublishAsync(PlanId planId, CancellationToken cancellationToken = default) =>
        _database.ReadAsync("tell other instances about a change", planId,
            c => c.ExecuteAsync("SELECT pg_notify($1, $2)", [Channel, planId.Value], cancellationToken), cancellationToken);

    /// <summary>Stops listening. Safe to call more than once.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        await _stop.CancelAsync();
        if (_loop is { } loop)
        {
            await loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        _stop.Dispose();
    }

    private async Task ListenAsync()
    {
        var retry = _firstRetry;
        var wasConnected = false;
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await using var connection = await _database.DataSource.OpenConnectionAsync(_stop.Token);
                connection.Notification += Relay;
                await connection.ExecuteAsync($"LISTEN {Channel}", _stop.Token);
                retry = _firstRetry;
                if (wasConnected)
                {
                    LogReconnected(_logger);
                    // Whatever was published while the connection was down was not heard: everyone reloads once.
                    _local.NotifyAllPlans();
                }
                wasConnected = true;
                Signal();
                while (true)
                {
                    // A quiet connection is pinged now and then, so a dead one is noticed and replaced.
                    if (!await connection.WaitAsync(Ping, _stop.Token))
                    {
                        await connection.ExecuteAsync("SELECT 1", _stop.Token);
                    }
                }
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                // The database was closed (the app is stopping).
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or System.IO.IOException or InvalidOperationException)
            {
                Unsignal();
                LogConnectionLost(_logger, retry.TotalSeconds, ex.GetType().Name);
                try
                {
                    await Task.Delay(retry, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                retry = TimeSpan.FromTicks(Math.Min(retry.Ticks * 2, TimeSpan.FromSeconds(30).Ticks));
            }
        }
    }

    private void Relay(object sender, NpgsqlNotificationEventArgs e)
    {
        if (e.Channel != Channel || !PlanId.TryParse(e.Payload, out var id))
        {
            return;
        }
        try
        {
            _local.PublishAsync(id);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A listener's failure must not take the listening connection down with it.
            LogListenerFailed(_logger, id.Value, ex.GetType().Name);
        }
    }

    private void Signal()
    {
        lock (_gate)
        {
            _listening.TrySetResult();
        }
    }

    private void Unsignal()
    {
        lock (_gate)
        {
            if (_listening.Task.IsCompleted)
            {
                _listening = NewSignal();
            }
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shared-plan change notifications: the listening connection was lost ({Kind}); trying again in {Seconds} s")]
    private static partial void LogConnectionLost(ILogger logger, double seconds, string kind);

    [LoggerMessage(Level = LogLevel.Information, Message = "Shared-plan change notifications: listening again; every open shared plan reloads once")]
    private static partial void LogReconnected(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "A listener of shared plan {PlanId} failed ({Kind})")]
    private static partial void LogListenerFailed(ILogger logger, string planId, string kind);
}
