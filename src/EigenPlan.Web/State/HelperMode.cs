using Microsoft.JSInterop;

namespace EigenPlan.Web.State;

/// <summary>
/// "Ik help iemand" mode for a client supporter: shows conversation prompts on topic pages. Kept per browser
/// (localStorage), not in the plan, so the resident's own view never changes.
/// </summary>
public sealed class HelperMode(IJSRuntime js, ILogger<HelperMode> logger)
{
    private readonly ChangeNotifier _changed = new(logger);
    private bool _loaded;

    public bool IsOn { get; private set; }

    public IDisposable Subscribe(Func<Task> listener) => _changed.Subscribe(listener);

    /// <summary>Reads the browser's setting; call after the first interactive render.</summary>
    public async Task LoadAsync()
    {
        if (_loaded)
        {
            return;
        }
        _loaded = true;
        try
        {
            var on = await js.InvokeAsync<bool>("eigenPlan.getHelperMode");
            if (on != IsOn)
            {
                IsOn = on;
                await _changed.NotifyAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The circuit went away; nothing to show.
        }
    }

    public async Task SetAsync(bool on)
    {
        IsOn = on;
        _loaded = true;
        await _changed.NotifyAsync();
        try
        {
            await js.InvokeVoidAsync("eigenPlan.setHelperMode", on);
        }
        catch (JSDisconnectedException)
        {
            // Not persisted; the switch still works for this page.
        }
    }
}
