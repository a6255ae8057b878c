using EigenPlan.Core.Plans;
using EigenPlan.Web.State.Pending;

namespace EigenPlan.Web.State;

/// <summary>The background save: after a pause in typing, at least every <see cref="PlanSaveOptions.MaxWait"/>, merged on a conflict.</summary>
public sealed partial class PlanState
{
    private long _pendingSinceMs;

    /// <summary>Saves now if anything is waiting; used before a download.</summary>
    public async Task FlushAsync()
    {
        if (SaveStatus is SaveStatus.Pending or SaveStatus.Failed)
        {
            await SaveNowAsync();
        }
    }

    /// <summary>
    /// Saves after <see cref="PlanSaveOptions.Delay"/> without a new change — but a change never waits longer than
    /// <see cref="PlanSaveOptions.MaxWait"/>, so someone who types on without a pause is still saved every few seconds.
    /// </summary>
    private void ScheduleSave()
    {
        if (_open is { AccessEnded: true })
        {
            // The store refused this device for good: say so, and keep the text on the page (and in the tab's buffer).
            SaveStatus = SaveStatus.NotSaved;
            return;
        }
        lock (_saveChain)
        {
            var now = Environment.TickCount64;
            if (SaveStatus != SaveStatus.Pending)
            {
                _pendingSinceMs = now;
            }
            SaveStatus = SaveStatus.Pending;
            var left = _timing.MaxWait - TimeSpan.FromMilliseconds(now - _pendingSinceMs);
            var due = left < _timing.Delay ? (left < TimeSpan.Zero ? TimeSpan.Zero : left) : _timing.Delay;
            _saveTimer ??= new Timer(_ => SaveInBackground(), null, Timeout.Infinite, Timeout.Infinite);
            _saveTimer.Change(due, Timeout.InfiniteTimeSpan);
        }
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
            // Not retried by itself (the next change tries again): the page says plainly that this was not saved.
            SaveStatus = SaveStatus.NotSaved;
            LogSaveCrashed(logger, PlanId, ex);
            _changed.Notify();
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
                _saveTimer?.Change(_timing.RetryDelay, Timeout.InfiniteTimeSpan);
            }
        }
        catch (PlanAccessEndedException)
        {
            // Deleted meanwhile (another tab, or "Verwijder mijn plan"), or this device was closed: nothing to save to.
            // The page keeps showing what was typed and asks to copy it; nothing is silently dropped.
            LogPlanGone(logger, open.PlanId);
            open.AccessEnded = true;
            SaveStatus = SaveStatus.NotSaved;
        }
        finally
        {
            _saving.Release();
        }
        // Not awaited: a listener that waits (a page whose connection is gone, a JS call timing out) must never hold
        // up the next save. The notifier observes and logs every listener's failure itself.
        _changed.Notify();
    }

    /// <summary>
    /// Saves a copy of the content as the next version. When another device saved first: merges its version with this
    /// one (both against the version this circuit started from), puts the merge under what was typed meanwhile, and
    /// saves again — until the store takes it. Then queues which texts of this tab are now stored.
    /// </summary>
    private async Task SaveMergingAsync(OpenPlan open)
    {
        var before = open.Base;
        PlanContent? typed = null;
        for (var attempt = 0; ; attempt++)
        {
            PlanContent snapshot;
            lock (_gate)
            {
                // A copy, so the circuit can keep editing while the copy is encrypted and written.
                snapshot = Copy(open.Content);
            }
            // What this tab had typed when the save began: once any attempt is stored, those words are in the plan.
            typed ??= snapshot;
            var result = await opener.SaveAsync(open.Session, snapshot, open.Version);
            if (result is SaveResult.Saved saved)
            {
                open.Base = snapshot;
                open.Version = saved.Version;
                QueueConfirmations(before, typed);
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
                open.Content = TypedOnTop(snapshot, open.Content, merge.Merged);
            }
            open.Base = conflict.Current;
            open.Version = conflict.Version;
            if (merge.KeptBothTexts)
            {
                MergeNotice = BothKeptNotice;
                LogMergedBothTexts(logger, open.PlanId);
            }
        }
    }

    /// <summary>
    /// The merge with what was typed since the snapshot on top. A text typed on during the save and also changed by the
    /// merge (another device's text put in front of it) gets the typing rebased onto the merged text, so the words
    /// typed before the save are not kept twice; only when that is impossible does the three-way merge keep both.
    /// </summary>
    private static PlanContent TypedOnTop(PlanContent snapshot, PlanContent live, PlanContent merged)
    {
        var next = PlanMerge.ThreeWay(snapshot, live, merged).Merged;
        var fields = PlanField.TextsOf(live).Concat(PlanField.TextsOf(merged)).Select(f => f.Field).DistinctBy(f => f.Key);
        foreach (var field in fields)
        {
            var (before, typed, theirs) = (field.Read(snapshot), field.Read(live), field.Read(merged));
            if (typed != before && theirs != before && TextRebase.Apply(before, typed, theirs) is { } both)
            {
                field.Put(next, both);
            }
        }
        return next;
    }

    /// <summary>Said when a save met another device's change to the same text and both texts were kept.</summary>
    public const string BothKeptNotice = "Je typte tegelijk op een ander apparaat (of in een ander venster) in hetzelfde antwoord. "
        + "We hebben allebei de teksten bewaard, onder elkaar. Haal weg wat je niet wilt houden.";

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

    [LoggerMessage(Level = LogLevel.Information, Message = "Plan {PlanId} no longer opens on this device; its open page stops saving")]
    private static partial void LogPlanGone(ILogger logger, string planId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Plan {PlanId}: another device saved the same answer meanwhile; both texts kept")]
    private static partial void LogMergedBothTexts(ILogger logger, string planId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Saving plan {PlanId} failed unexpectedly")]
    private static partial void LogSaveCrashed(ILogger logger, string planId, Exception exception);
}
