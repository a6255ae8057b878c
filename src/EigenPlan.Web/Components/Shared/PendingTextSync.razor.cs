using System.Security.Cryptography;
using EigenPlan.Web.State;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace EigenPlan.Web.Components.Shared;

/// <summary>
/// Connects the open plan with the tab's buffer of typed-but-unconfirmed text (<c>wwwroot/js/pending-text.js</c>):
/// when the circuit runs, hands the buffer its key and puts back what the tab still holds
/// (<see cref="PlanState.RestorePending"/>); after every durable save, tells the tab which texts are stored
/// (<see cref="PlanState.TakeConfirmations"/>) so it drops them. Rendered by <see cref="PlanFrame"/> once the plan is open.
/// </summary>
public sealed partial class PendingTextSync : IDisposable
{
    /// <summary>A confirmation waits no longer than this for the tab; it is sent again with the next one.</summary>
    private static readonly TimeSpan ConfirmTimeout = TimeSpan.FromSeconds(10);

    private readonly List<SavedText> _unsent = [];
    private IDisposable? _subscription;
    private IDisposable? _reconnection;
    private bool _sending;
    private int _generation;
    private bool _disposed;

    [Inject] private PlanState Plan { get; set; } = default!;

    [Inject] private PlanSessionOpener Opener { get; set; } = default!;

    [Inject] private IJSRuntime JS { get; set; } = default!;

    [Inject] private CircuitConnection Connection { get; set; } = default!;

    [Inject] private ILogger<PendingTextSync> Logger { get; set; } = default!;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender || !RendererInfo.IsInteractive || Plan.OpenState != PlanOpenState.Open)
        {
            return;
        }
        var planId = Plan.PlanId;
        if (await Opener.PendingTextKeyAsync(planId) is not { } key)
        {
            return;
        }
        try
        {
            var kept = await JS.InvokeAsync<PendingText[]>("eigenPlanPending.attach", planId, Convert.ToBase64String(key));
            if (_disposed)
            {
                return;
            }
            var settled = Plan.RestorePending(kept ?? []);
            if (settled.Count > 0)
            {
                await JS.InvokeVoidAsync("eigenPlanPending.settle", planId, settled);
            }
            _subscription = Plan.Subscribe(() => InvokeAsync(() => SendConfirmationsAsync()));
            _reconnection = Connection.OnUp(() => InvokeAsync(() => SendConfirmationsAsync(reconnected: true)));
            await SendConfirmationsAsync();
        }
        catch (JSDisconnectedException)
        {
            // The tab went away meanwhile; its buffer stays for the next circuit.
        }
        catch (JSException ex)
        {
            // E.g. no WebCrypto (a page on plain http from another host): the buffer cannot work, saving still does.
            LogBufferUnavailable(Logger, ex.GetType().Name);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    /// <summary>
    /// Sends what was stored since the last call. Runs on the circuit's dispatcher, but a new change can arrive while a
    /// send waits for the tab: it is added, and the send that runs takes it along. A send that fails because the line
    /// dropped is kept and goes again when the connection is back (<see cref="CircuitConnection"/>). After a reconnect a
    /// new send starts at once instead of waiting behind one still waiting for the tab: a call sent just before the line
    /// dropped is never answered and would hold every later confirmation back until <see cref="ConfirmTimeout"/> — that
    /// was the ~9 s between "connection back" and "saved" measured by the disconnect benchmark.
    /// </summary>
    private async Task SendConfirmationsAsync(bool reconnected = false)
    {
        _unsent.AddRange(Plan.TakeConfirmations());
        if (_disposed || (_sending && !reconnected))
        {
            return;
        }
        // A newer send makes an older one stop after its call returns or times out; an item stays in _unsent until a
        // call that carried it succeeded, so nothing is dropped, and the tab takes a confirmation twice without harm.
        var generation = ++_generation;
        _sending = true;
        try
        {
            while (_unsent.Count > 0 && !_disposed && generation == _generation)
            {
                var sending = _unsent.ToList();
                try
                {
                    await JS.InvokeVoidAsync("eigenPlanPending.confirm", ConfirmTimeout, Plan.PlanId, sending);
                    foreach (var sent in sending)
                    {
                        _unsent.Remove(sent);
                    }
                }
                catch (Exception ex) when (ex is JSDisconnectedException or TaskCanceledException or OperationCanceledException or InvalidOperationException)
                {
                    // The connection is gone for now (an invocation during the outage can also be refused outright);
                    // the reconnect starts a new send.
                    return;
                }
            }
        }
        finally
        {
            if (generation == _generation)
            {
                _sending = false;
            }
        }
    }

    public void Dispose()
    {
        _disposed = true;
        _subscription?.Dispose();
        _reconnection?.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The tab's buffer of unconfirmed text is not available ({Error})")]
    private static partial void LogBufferUnavailable(ILogger logger, string error);
}
