using EigenPlan.Core.Plans;
using EigenPlan.Web.State.Pending;

namespace EigenPlan.Web.State;

/// <summary>
/// Typing in a box while the server changes the same text (a merge with another device's save, text put back from the
/// tab's buffer). Every keystroke sends the box's whole text, built on what the box showed — which may not have what
/// the server added meanwhile: keystrokes are still on their way when the merge lands. So this circuit remembers per box
/// the text the box shows as far as it knows (<see cref="_boxes"/>). A keystroke's text simply becomes the plan's text
/// while the plan still has what the box showed; otherwise the keystroke's edit and the server's change are put
/// together (<see cref="TextRebase"/>), and the box is asked to show the result (<see cref="TextForBox"/>) on top of
/// whatever was typed since. A server text never replaces typed words, and typed words never wipe a merge.
/// </summary>
public sealed partial class PlanState
{
    /// <summary>Field key → the (cleaned) text its box shows as far as this circuit knows.</summary>
    private readonly Dictionary<string, string> _boxes = [];

    /// <summary>The box with this <see cref="PendingKey"/> was rendered (or acknowledged) with <paramref name="text"/>.</summary>
    public void BoxShows(string pendingKey, string text)
    {
        if (FieldKeyOf(pendingKey) is not { } key)
        {
            return;
        }
        lock (_gate)
        {
            _boxes[key] = PlanText.Clean(text);
        }
    }

    /// <summary>
    /// The server's text for a box that does not show it yet (<c>From</c>: what the box shows as far as the server knows;
    /// <c>To</c>: the plan's text now), or null when the box is up to date.
    /// </summary>
    public (string From, string To)? TextForBox(string pendingKey)
    {
        if (_open is not { } open || FieldKeyOf(pendingKey) is not { } key || PlanField.Parse(key) is not { } field)
        {
            return null;
        }
        lock (_gate)
        {
            if (!_boxes.TryGetValue(key, out var shown))
            {
                return null;
            }
            var current = field.Read(open.Content);
            return current == shown ? null : (shown, current);
        }
    }

    /// <summary>A keystroke in a box: its whole text, built on what the box showed.</summary>
    private void SetText(PlanField field, string text, string fieldId)
    {
        var open = Require();
        var typed = PlanText.Clean(text);
        lock (_gate)
        {
            if (NextText(open, field, typed).Text == field.Read(open.Content))
            {
                // Nothing new for the plan (the box caught up with the server's text): only what the box shows changed.
                _boxes[field.Key] = typed;
                _errors.Remove(fieldId);
                return;
            }
        }
        var keptBoth = false;
        var result = Edit(editor =>
        {
            var next = NextText(open, field, typed);
            keptBoth = next.KeptBoth;
            return field.Write(editor, next.Text);
        }, fieldId);
        if (result.Succeeded)
        {
            lock (_gate)
            {
                _boxes[field.Key] = typed;
            }
            if (keptBoth)
            {
                // The keystrokes and the server changed the same words: both texts are kept, the documented way.
                MergeNotice = BothKeptNotice;
                LogMergedBothTexts(logger, open.PlanId);
            }
        }
    }

    /// <summary>The plan's next text for a keystroke's text (call under <see cref="_gate"/>).</summary>
    private (string Text, bool KeptBoth) NextText(OpenPlan open, PlanField field, string typed)
    {
        var current = field.Read(open.Content);
        var shown = _boxes.GetValueOrDefault(field.Key, current);
        if (typed == current || shown == current)
        {
            return (typed, false);
        }
        return TextRebase.Apply(shown, typed, current) is { } both
            ? (both, false)
            : ($"{current.TrimEnd()}\n\n{PlanMerge.Marker}\n\n{typed.TrimStart()}", true);
    }

    private string? FieldKeyOf(string pendingKey)
    {
        var prefix = PlanId + ":";
        return pendingKey.StartsWith(prefix, StringComparison.Ordinal) && PlanId.Length > 0 ? pendingKey[prefix.Length..] : null;
    }
}
