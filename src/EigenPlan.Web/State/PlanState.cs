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
public sealed partial class PlanState(
    PlanSessionOpener opener,
    IContentCatalog catalog,
    ILogger<PlanState> logger) : IAsyncDisposable, IDisposable
{
    private static readonly TimeSpan SaveDelay = TimeSpan.FromMilliseconds(600);
    private readonly ChangeNotifier _changed = new();
    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _errors = [];
    private readonly SemaphoreSlim _saving = new(1, 1);
    private Timer? _saveTimer;
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

    public IDisposable Subscribe(Action listener) => _changed.Subscribe(listener);

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
        _changed.Notify();
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
        _changed.Notify();
        return result;
    }

    /// <summary>Saves now if anything is waiting; used before a download and when the circuit ends.</summary>
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
        _saveTimer ??= new Timer(_ => _ = SaveNowAsync(), null, Timeout.Infinite, Timeout.Infinite);
        _saveTimer.Change(SaveDelay, Timeout.InfiniteTimeSpan);
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
            var result = await opener.SaveAsync(open.Session, snapshot, open.Version);
            if (result is SaveResult.Conflict conflict)
            {
                // Interim (until the merge lands here): save over the newer version, as before contract v2.
                result = await opener.SaveAsync(open.Session, snapshot, conflict.Version);
            }
            if (result is SaveResult.Saved saved)
            {
                open.Version = saved.Version;
            }
            if (SaveStatus == SaveStatus.Saving)
            {
                SaveStatus = SaveStatus.Saved;
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or StoreUnavailableException)
        {
            SaveStatus = SaveStatus.Failed;
            LogSaveFailed(logger, open.PlanId, ex.GetType().Name);
            _saveTimer?.Change(TimeSpan.FromSeconds(3), Timeout.InfiniteTimeSpan);
        }
        finally
        {
            _saving.Release();
        }
        _changed.Notify();
    }

    /// <summary>Deletes the plan for good; nothing is saved after this.</summary>
    public async Task DeleteAsync()
    {
        var open = Require();
        _saveTimer?.Change(Timeout.Infinite, Timeout.Infinite);
        SaveStatus = SaveStatus.Idle;
        await opener.DeleteAsync(open.Session);
        _open = null;
        OpenState = PlanOpenState.NotOnThisDevice;
    }

    private OpenPlan Require() => _open ?? throw new InvalidOperationException("The plan is not open.");

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_saveTimer is not null)
        {
            await _saveTimer.DisposeAsync();
        }
        // The circuit ended (tab closed, connection gone for good): never lose the last keystrokes.
        await FlushAsync();
        _saving.Dispose();
    }

    /// <summary>For containers disposed synchronously; the circuit's scope uses <see cref="DisposeAsync"/>.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    // Only the plan id and the kind of error: never plan content.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Saving plan {PlanId} failed ({Error}); retrying")]
    private static partial void LogSaveFailed(ILogger logger, string planId, string error);

    private sealed record OpenPlan(string PlanId, OpenedPlan Session, PlanContent Content, Format Format, Municipality Municipality, WizardRoute Route)
    {
        /// <summary>The stored version the next save expects.</summary>
        public long Version { get; set; } = Session.Version;
    }
}
