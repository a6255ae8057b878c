using EigenPlan.Core.Plans;
using EigenPlan.Web.State.Pending;

namespace EigenPlan.Web.State;

/// <summary>
/// The tab's buffer of typed-but-unconfirmed text (<c>wwwroot/js/pending-text.js</c>): after every durable save the
/// server tells the tab which texts are stored, and a new circuit takes back what the tab still holds.
/// </summary>
public sealed partial class PlanState
{
    /// <summary>Said once when text from the tab's buffer was put back.</summary>
    public const string RestoredText = "We hebben tekst teruggezet die nog niet was opgeslagen.";

    private readonly List<SavedText> _confirmations = [];

    /// <summary>Set when a new circuit put back text the tab had kept; shown until <see cref="DismissRestoreNotice"/>.</summary>
    public string? RestoreNotice { get; private set; }

    /// <summary>How a field of the open plan is named in the page for the tab's buffer: <c>PLAN:FIELD</c>.</summary>
    public string PendingKey(PlanField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return $"{PlanId}:{field.Key}";
    }

    public void DismissRestoreNotice()
    {
        RestoreNotice = null;
        _changed.Notify();
    }

    /// <summary>The texts stored since the last call (field key and hash), for the tab to drop from its buffer.</summary>
    public IReadOnlyList<SavedText> TakeConfirmations()
    {
        lock (_confirmations)
        {
            var taken = _confirmations.ToList();
            _confirmations.Clear();
            return taken;
        }
    }

    /// <summary>
    /// Puts back what the tab typed that the server may not have stored (a crash, a deploy, a dropped connection), through
    /// the normal edit path, so it is saved like any typing. Per field: text the plan already has is only confirmed; when
    /// the stored text is one the tab itself had on the way (its hash is in the entry's trail), the tab's text replaces
    /// it; otherwise something else changed it meanwhile (another device), and the same merge as for two devices keeps
    /// both texts and says so — never a silent overwrite. Returns the keys the tab can drop at once.
    /// </summary>
    public IReadOnlyList<string> RestorePending(IReadOnlyList<PendingText> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var open = Require();
        var settled = new List<string>();
        var restored = 0;
        foreach (var entry in entries.Take(MaxPendingEntries))
        {
            // Entries come from the page: anything that is not a field of this plan is only dropped.
            if (entry?.Key is not { } key)
            {
                continue;
            }
            if (PlanField.Parse(key) is not { } field || entry.Text is null)
            {
                settled.Add(key);
                continue;
            }
            var mine = PlanText.Clean(entry.Text);
            string current;
            lock (_gate)
            {
                current = field.Read(open.Content);
            }
            if (mine == current)
            {
                settled.Add(key);
                continue;
            }
            var text = entry.Trail?.Contains(TextHash.Of(current)) == true ? mine : MergeWithCurrent(open, field, current, mine);
            var result = Edit(editor => field.Write(editor, text));
            if (result.Succeeded)
            {
                restored++;
            }
            else if (result.Error != PlanEditError.TextTooLong)
            {
                // Not a field of this plan's format (any more): it can never be put back. Too long, it stays in the
                // tab: dropping it would lose words.
                settled.Add(key);
            }
        }
        if (restored > 0)
        {
            RestoreNotice = RestoredText;
            LogRestored(logger, open.PlanId, restored);
            _changed.Notify();
        }
        return settled;
    }

    /// <summary>
    /// A text the tab kept and a text someone else stored since, with no common ancestor known: <see cref="PlanMerge"/>
    /// with an empty base keeps both (theirs, the marker, mine), or the only one with words in it.
    /// </summary>
    private string MergeWithCurrent(OpenPlan open, PlanField field, string current, string mine)
    {
        PlanContent Empty() => new() { MunicipalityId = open.Content.MunicipalityId, FormatId = open.Content.FormatId };
        var (@base, ours, theirs) = (Empty(), Empty(), Empty());
        field.Put(ours, mine);
        field.Put(theirs, current);
        var merge = PlanMerge.ThreeWay(@base, ours, theirs);
        if (merge.KeptBothTexts)
        {
            MergeNotice = BothKeptNotice;
            LogMergedBothTexts(logger, open.PlanId);
        }
        return field.Read(merge.Merged);
    }

    /// <summary>Every text field a save changed, with the hash of the text as this tab had typed it.</summary>
    private void QueueConfirmations(PlanContent before, PlanContent typed)
    {
        var fields = PlanField.TextsOf(typed).Concat(PlanField.TextsOf(before)).Select(f => f.Field).DistinctBy(f => f.Key);
        var changed = fields
            .Select(field => (field, text: field.Read(typed)))
            .Where(f => f.text != f.field.Read(before))
            .Select(f => new SavedText(f.field.Key, TextHash.Of(f.text)))
            .ToList();
        if (changed.Count == 0)
        {
            return;
        }
        lock (_confirmations)
        {
            _confirmations.AddRange(changed);
            // A tab that never takes them (no script) must not make this grow without end.
            if (_confirmations.Count > MaxPendingEntries)
            {
                _confirmations.RemoveRange(0, _confirmations.Count - MaxPendingEntries);
            }
        }
    }

    /// <summary>More fields than any plan has; a page cannot make the server do more than this.</summary>
    private const int MaxPendingEntries = 1_000;

    [LoggerMessage(Level = LogLevel.Information, Message = "Plan {PlanId}: {Count} unconfirmed text(s) from the tab put back")]
    private static partial void LogRestored(ILogger logger, string planId, int count);
}

/// <summary>A text stored for a field, by the field's key and the text's <see cref="TextHash"/>.</summary>
public sealed record SavedText(string Key, long Hash);

/// <summary>
/// What the tab still held for a field: its latest <see cref="Text"/>, and the hashes of the texts it had on the way
/// there since the last text the server confirmed (<see cref="Trail"/>, oldest first, starting with that text).
/// </summary>
public sealed record PendingText(string Key, string Text, IReadOnlyList<long> Trail);
