using System.Globalization;
using EigenPlan.Core.Plans;
using EigenPlan.Web.State;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace EigenPlan.Web.Components.Shared;

/// <summary>
/// One question with its answer box. The label is exactly the format's question label, so people, screen readers
/// and tests all find the box by it. <c>maxlength</c> stops a huge paste in the browser; the server checks again.
/// </summary>
/// <remarks>
/// The text in the browser is the truth while someone types. Blazor's <c>@bind</c> would render the server's value back
/// into the box, and on a slow line that value is older than the keystrokes already on their way, so typed characters
/// vanished and typing went on in the damaged text (issue 12). So the box renders only the text the browser itself last
/// reported (<see cref="Shown"/>; Blazor then never has anything to write), and a text the server changed (a merge with
/// another device, text put back from the tab) goes in through the tab (<c>eigenPlanPending.apply</c>), on top of
/// whatever was typed meanwhile; <see cref="PlanState.TextForBox"/> says when that is needed.
/// </remarks>
public partial class AnswerField
{
    private ElementReference _box;
    private string? _shown;
    private string? _lastValue;
    private bool _applying;

    [Inject] private PlanState Plan { get; set; } = default!;

    [Inject] private IJSRuntime JS { get; set; } = default!;

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>Element id of the textarea; must be unique on the page.</summary>
    [Parameter, EditorRequired] public required string Id { get; set; }

    /// <summary>The visible label, e.g. "Wat heb ik nog nodig?".</summary>
    [Parameter, EditorRequired] public required string Label { get; set; }

    /// <summary>A short, friendly hint under the label.</summary>
    [Parameter] public string? Hint { get; set; }

    /// <summary>The plan's text: the box starts with it (after that the browser's own text is the truth).</summary>
    [Parameter] public string Value { get; set; } = "";

    /// <summary>Raised on every keystroke with the new text.</summary>
    [Parameter] public EventCallback<string> ValueChanged { get; set; }

    /// <summary>A message from the server, e.g. when the text was refused.</summary>
    [Parameter] public string? Error { get; set; }

    [Parameter] public int Rows { get; set; } = 4;

    /// <summary>
    /// <c>PLAN:FIELD</c> (see <see cref="PlanState.PendingKey"/>): the tab keeps what is typed here until the server
    /// says it is stored, and puts it back after a crash or a lost connection. Null for fields that are not kept.
    /// </summary>
    [Parameter] public string? PendingKey { get; set; }

    [Parameter] public string? Class { get; set; }

    /// <summary>Shows a "Lees voor" button that reads the label and the hint aloud.</summary>
    [Parameter] public bool ReadAloud { get; set; }

    private string ReadAloudTargets => string.IsNullOrWhiteSpace(Hint) ? $"{Id}-label" : $"{Id}-label {Id}-hint";

    private static int MaxLength => PlanLimits.MaxTextLength;

    private static int WarnLength => PlanLimits.WarnTextLength;

    private string? DescribedBy
    {
        get
        {
            var ids = new List<string>();
            if (!string.IsNullOrWhiteSpace(Hint)) { ids.Add($"{Id}-hint"); }
            if (Shown.Length >= WarnLength) { ids.Add($"{Id}-count"); }
            if (!string.IsNullOrEmpty(Error)) { ids.Add($"{Id}-error"); }
            return ids.Count == 0 ? null : string.Join(' ', ids);
        }
    }

    /// <summary>The text the box shows, as the browser last reported it (or as it was first rendered).</summary>
    private string Shown => _shown ?? Value;

    protected override void OnParametersSet()
    {
        if (_shown is null)
        {
            _shown = Value;
            if (PendingKey is not null)
            {
                Plan.BoxShows(PendingKey, Value);
            }
        }
        else if (PendingKey is null && Value != _lastValue)
        {
            // A box that is not part of the plan's texts has no server changes to merge: the caller's new text shows.
            _shown = Value;
        }
        _lastValue = Value;
    }

    /// <summary>
    /// A keystroke. Through <c>@bind:get</c>/<c>@bind:set</c>, so Blazor first records the browser's text as what the
    /// box shows, and rendering <see cref="Shown"/> (that same text) never writes into the box.
    /// </summary>
    private Task TypedAsync(string text)
    {
        _shown = text;
        return ValueChanged.InvokeAsync(text);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_applying || PendingKey is null || !RendererInfo.IsInteractive)
        {
            return;
        }
        _applying = true;
        try
        {
            // The tab puts the server's text in on top of what was typed meanwhile and reports the result as a keystroke
            // (before this call returns), so the server knows what the box shows. A second round only when the two
            // did not come out the same.
            for (var round = 0; round < 3 && Plan.TextForBox(PendingKey) is { } change; round++)
            {
                await JS.InvokeVoidAsync("eigenPlanPending.apply", _box, change.From, change.To, PlanMerge.Marker);
            }
        }
        catch (Exception ex) when (ex is JSDisconnectedException or JSException or OperationCanceledException)
        {
            // The line is gone or the tab's script is not there: the box keeps what it shows and the plan keeps both
            // texts (PlanState.Typing); the next render tries again.
        }
        finally
        {
            _applying = false;
        }
    }
}
