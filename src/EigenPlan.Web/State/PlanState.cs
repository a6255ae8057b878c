using System.Text.Json;
using EigenPlan.Content;
using EigenPlan.Core.Content;
using EigenPlan.Core.Insights;
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
/// A save expects the version this circuit last loaded or saved; when another device saved first, the store refuses and
/// the Core merge (<see cref="PlanMerge"/>) combines both per answer — nothing either device typed is lost — and the
/// merged plan is saved. When both changed the same text, both texts are kept and <see cref="MergeNotice"/> says so.
/// </remarks>
public sealed partial class PlanState(
    PlanSessionOpener opener,
    IContentCatalog catalog,
    ILogger<PlanState> logger,
    IInsightCounter? insights = null) : IAsyncDisposable
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

    /// <summary>
    /// Set when a save met changes from another device and some text now holds both versions; the page shows it until
    /// <see cref="DismissMergeNotice"/>.
    /// </summary>
    public string? MergeNotice { get; private set; }

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
            _open = new OpenPlan(planId, opened, format, municipality, new WizardRoute(format));
            OpenState = PlanOpenState.Open;
            SaveStatus = SaveStatus.Idle;
        }
        await _changed.NotifyAsync();
    }

    /// <summary>Hides the notice about texts kept twice.</summary>
    public void DismissMergeNotice()
    {
        MergeNotice = null;
        _changed.Notify();
    }

    /// <summary>Applies one edit through the Core rules; a refusal is remembered for the field and nothing changes.</summary>
    public PlanEditResult Edit(Func<PlanEditor, PlanEditResult> edit, string? fieldId = null)
    {
        var open = Require();
        PlanEditResult result;
        lock (_gate)
        {
            // Progress facts (ids and states only) before and after: the difference is what the municipality may count.
            var before = insights is null ? null : PlanFacts.Of(open.Content, open.Format);
            result = edit(new PlanEditor(open.Content, open.Format, open.Municipality));
            if (result.Succeeded && before is not null)
            {
                insights!.CountChanges(open.Municipality.Id, before, PlanFacts.Of(open.Content, open.Format));
            }
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
            await SaveMergingAsync(open);
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
        catch (PlanAccessEndedException)
        {
            // Deleted meanwhile (another tab, or "Verwijder mijn plan"), or this device was closed: nothing to save to.
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

    /// <summary>
    /// Saves a copy of the content as the next version. When another device saved first: merges its version with this
    /// one (both against the version this circuit started from), puts the merge under what was typed meanwhile, and
    /// saves again — until the store takes it.
    /// </summary>
    private async Task SaveMergingAsync(OpenPlan open)
    {
        for (var attempt = 0; ; attempt++)
        {
            PlanContent snapshot;
            lock (_gate)
            {
                // A copy, so the circuit can keep editing while the copy is encrypted and written.
                snapshot = Copy(open.Content);
            }
            var result = await opener.SaveAsync(open.Session, snapshot, open.Version);
            if (result is SaveResult.Saved saved)
            {
                open.Base = snapshot;
                open.Version = saved.Version;
                return;
            }
            var conflict = (SaveResult.Conflict)result;
            if (attempt >= 10)
            {
                throw new InvalidOperationException($"Plan {open.PlanId} kept changing while saving.");
            }
            var merge = PlanMerge.ThreeWay(open.Base, snapshot, conflict.Current);
            lock (_gate)
            {
                // Whatever was typed since the snapshot goes on top of the merge (those fields only the live copy changed).
                open.Content = PlanMerge.ThreeWay(snapshot, open.Content, merge.Merged).Merged;
            }
            open.Base = conflict.Current;
            open.Version = conflict.Version;
            if (merge.KeptBothTexts)
            {
                MergeNotice = "Je typte tegelijk op een ander apparaat (of in een ander venster) in hetzelfde antwoord. "
                    + "We hebben allebei de teksten bewaard, onder elkaar. Haal weg wat je niet wilt houden.";
                LogMergedBothTexts(logger, open.PlanId);
            }
        }
    }

    private static PlanContent Copy(PlanContent content) =>
        JsonSerializer.Deserialize<PlanContent>(JsonSerializer.SerializeToUtf8Bytes(content))!;

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

    [LoggerMessage(Level = LogLevel.Information, Message = "Plan {PlanId}: another device saved the same answer meanwhile; both texts kept")]
    private static partial void LogMergedBothTexts(ILogger logger, string planId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Saving plan {PlanId} failed unexpectedly")]
    private static partial void LogSaveCrashed(ILogger logger, string planId, Exception exception);

    /// <summary>
    /// The open plan: <see cref="Content"/> is what the pages edit, <see cref="Base"/> the content as last stored (at
    /// <see cref="Version"/>), the common ancestor for a merge.
    /// </summary>
    private sealed class OpenPlan(string planId, OpenedPlan session, Format format, Municipality municipality, WizardRoute route)
    {
        public string PlanId { get; } = planId;

        public OpenedPlan Session { get; } = session;

        public PlanContent Content { get; set; } = session.Content;

        public PlanContent Base { get; set; } = Copy(session.Content);

        public long Version { get; set; } = session.Version;

        public Format Format { get; } = format;

        public Municipality Municipality { get; } = municipality;

        public WizardRoute Route { get; } = route;
    }
}
