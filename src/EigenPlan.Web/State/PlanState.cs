using System.Text.Json;
using EigenPlan.Content;
using EigenPlan.Core.Content;
using EigenPlan.Core.Plans;
using EigenPlan.Core.Wizard;

namespace EigenPlan.Web.State;

/// <summary>Whether the plan in the URL is open in this browser.</summary>
public enum PlanOpenState
{
    Loading,
    Open,
    /// <summary>No (valid) device key for this plan in this browser, or an unknown or forged plan id.</summary>
    NotOnThisDevice,
    /// <summary>The plan's municipality or format is not in the loaded content.</summary>
    MunicipalityGone,
}

/// <summary>Where the autosave is.</summary>
public enum SaveStatus
{
    Idle,
    Pending,
    Saving,
    Saved,
    Failed,
}

/// <summary>
/// The open plan of one circuit (scoped). Pages call its edit methods; the <see cref="PlanEditor"/> in Core decides,
/// and every accepted change is saved, encrypted, within a second of the last keystroke. The format and municipality
/// are captured when the plan opens, so a content reload never disturbs a resident mid-journey.
/// </summary>
/// <remarks>
/// Saving runs in the background after a pause in typing. Each background save is chained after the previous one and
/// kept, so <see cref="DisposeAsync"/> waits for it; a store that is unavailable is retried, anything else is logged.
/// </remarks>
public sealed partial class PlanState(
    PlanSessionOpener opener,
    IContentCatalog catalog,
    ILogger<PlanState> logger) : IAsyncDisposable
{
    private static readonly TimeSpan SaveDelay = TimeSpan.FromMilliseconds(600);
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(3);
    private readonly ChangeNotifier _changed = new(logger);
    private readonly Lock _gate = new();
    private readonly Lock _saveChain = new();
    private readonly Dictionary<string, string> _errors = [];
    private readonly SemaphoreSlim _saving = new(1, 1);
    private Timer? _saveTimer;
    private Task _backgroundSave = Task.CompletedTask;
    private volatile bool _disposing;
    private OpenPlan? _open;
    private string? _requestedId;

    public PlanOpenState OpenState { get; private set; } = PlanOpenState.Loading;

    public SaveStatus SaveStatus { get; private set; }

    public string PlanId => _open?.PlanId ?? "";

    public PlanContent Content => Require().Content;

    public Format Format => Require().Format;

    public Municipality Municipality => Require().Municipality;

    public WizardRoute Route => Require().Route;

    /// <summary>The store's session of the open plan: proves ownership to the shared plan (State/Together).</summary>
    public PlanSession Session => Require().Session.Session;

    public IDisposable Subscribe(Func<Task> listener) => _changed.Subscribe(listener);

    /// <summary>A link inside the open plan, e.g. <c>Link("overzicht")</c>.</summary>
    public string Link(string relativePath) => $"/plan/{Uri.EscapeDataString(PlanId)}/{relativePath}";

    /// <summary>The last refusal message for a field, shown under it.</summary>
    public string? ErrorFor(string fieldId) => _errors.GetValueOrDefault(fieldId);

    /// <summary>Opens the plan for this browser once; idempotent, because prerendering initialises pages twice.</summary>
    public async Task EnsureOpenAsync(string planId)
    {
        if (_requestedId == planId && OpenState != PlanOpenState.Loading)
        {
            return;
        }
        _requestedId = planId;
        var opened = await opener.OpenAsync(planId);
        if (opened is null)
        {
            _open = null;
            OpenState = PlanOpenState.NotOnThisDevice;
        }
        else if (catalog.FindMunicipality(opened.Content.MunicipalityId) is not { } municipality
                 || catalog.FormatOf(municipality) is not { } format)
        {
            _open = null;
            OpenState = PlanOpenState.MunicipalityGone;
        }
        else
        {
            _open = new OpenPlan(planId, opened, opened.Content, format, municipality, new WizardRoute(format));
            OpenState = PlanOpenState.Open;
            SaveStatus = SaveStatus.Idle;
        }
        await _changed.NotifyAsync();
    }

    /// <summary>Applies one edit through the Core rules; a refusal is remembered for the field and nothing changes.</summary>
    public PlanEditResult Edit(Func<PlanEditor, PlanEditResult> edit, string? fieldId = null)
    {
        var open = Require();
        PlanEditResult result;
        lock (_gate)
        {
            result = edit(new PlanEditor(open.Content, open.Format, open.Municipality));
        }
        if (fieldId is not null)
        {
            if (result.Succeeded) { _errors.Remove(fieldId); } else { _errors[fieldId] = result.Message ?? "Dit lukte niet."; }
        }
        if (result.Succeeded)
        {
            ScheduleSave();
        }
        // Edits come from event handlers, which are synchronous here; the listeners' failures are logged by the notifier.
        _changed.Notify();
        return result;
    }

    /// <summary>Saves now if anything is waiting; used before a download.</summary>
    public async Task FlushAsync()
    {
        if (SaveStatus is SaveStatus.Pending or SaveStatus.Failed)
        {
            await SaveNowAsync();
        }
    }

    private void ScheduleSave()
    {
        SaveStatus = SaveStatus.Pending;
        _saveTimer ??= new Timer(_ => SaveInBackground(), null, Timeout.Infinite, Timeout.Infinite);
        _saveTimer.Change(SaveDelay, Timeout.InfiniteTimeSpan);
    }

    /// <summary>The timer's save, chained after the previous background save and kept for <see cref="DisposeAsync"/>.</summary>
    private void SaveInBackground()
    {
        lock (_saveChain)
        {
            _backgroundSave = SaveAfterAsync(_backgroundSave);
        }
    }

    /// <summary>Waits for <paramref name="previous"/>, then saves. Never throws: an unexpected failure is logged.</summary>
    private async Task SaveAfterAsync(Task previous)
    {
        await previous;
        try
        {
            await SaveNowAsync();
        }
        catch (Exception ex)
        {
            SaveStatus = SaveStatus.Failed;
            LogSaveCrashed(logger, PlanId, ex);
            await _changed.NotifyAsync();
        }
    }

    private async Task SaveNowAsync()
    {
        var open = _open;
        if (open is null)
        {
            return;
        }
        await _saving.WaitAsync();
        try
        {
            if (SaveStatus is not (SaveStatus.Pending or SaveStatus.Failed))
            {
                return;
            }
            SaveStatus = SaveStatus.Saving;
            PlanContent snapshot;
            lock (_gate)
            {
                // A copy, so the circuit can keep editing while the copy is encrypted and written.
                snapshot = JsonSerializer.Deserialize<PlanContent>(JsonSerializer.SerializeToUtf8Bytes(open.Content))!;
            }
            await opener.SaveAsync(open.Session, snapshot);
            if (SaveStatus == SaveStatus.Saving)
            {
                SaveStatus = SaveStatus.Saved;
            }
        }
        catch (StoreUnavailableException ex)
        {
            SaveStatus = SaveStatus.Failed;
            LogSaveFailed(logger, open.PlanId, ex.GetType().Name);
            if (!_disposing)
            {
                _saveTimer?.Change(RetryDelay, Timeout.InfiniteTimeSpan);
            }
        }
        catch (PlanNotFoundException)
        {
            // Deleted meanwhile (another tab, or "Verwijder mijn plan"): there is nothing left to save to.
            LogPlanGone(logger, open.PlanId);
            _open = null;
            OpenState = PlanOpenState.NotOnThisDevice;
            SaveStatus = SaveStatus.Idle;
        }
        finally
        {
            _saving.Release();
        }
        await _changed.NotifyAsync();
    }

    private OpenPlan Require() => _open ?? throw new InvalidOperationException("The plan is not open.");

    /// <summary>The circuit ended (tab closed, connection gone for good): waits for saves and never loses the last keystrokes.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposing)
        {
            return;
        }
        _disposing = true;
        if (_saveTimer is not null)
        {
            await _saveTimer.DisposeAsync();
        }
        Task pending;
        lock (_saveChain)
        {
            pending = _backgroundSave;
        }
        await SaveAfterAsync(pending);
        _saving.Dispose();
    }

    // Only the plan id and the kind of error: never plan content.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Saving plan {PlanId} failed ({Error}); retrying")]
    private static partial void LogSaveFailed(ILogger logger, string planId, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Plan {PlanId} no longer exists; its open page stops saving")]
    private static partial void LogPlanGone(ILogger logger, string planId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Saving plan {PlanId} failed unexpectedly")]
    private static partial void LogSaveCrashed(ILogger logger, string planId, Exception exception);

    private sealed record OpenPlan(string PlanId, OpenedPlan Session, PlanContent Content, Format Format, Municipality Municipality, WizardRoute Route);
}
