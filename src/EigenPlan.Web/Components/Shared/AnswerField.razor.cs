using System.Globalization;
using EigenPlan.Core.Plans;
using EigenPlan.Web.State;
using Microsoft.AspNetCore.Components;

namespace EigenPlan.Web.Components.Shared;

/// <summary>
/// One question with its answer box. The label is exactly the format's question label, so people, screen readers
/// and tests all find the box by it. <c>maxlength</c> stops a huge paste in the browser; the server checks again.
/// </summary>
public partial class AnswerField
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>Element id of the textarea; must be unique on the page.</summary>
    [Parameter, EditorRequired] public required string Id { get; set; }

    /// <summary>The visible label, e.g. "Wat heb ik nog nodig?".</summary>
    [Parameter, EditorRequired] public required string Label { get; set; }

    /// <summary>A short, friendly hint under the label.</summary>
    [Parameter] public string? Hint { get; set; }

    /// <summary>The current text.</summary>
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
            if (Value.Length >= WarnLength) { ids.Add($"{Id}-count"); }
            if (!string.IsNullOrEmpty(Error)) { ids.Add($"{Id}-error"); }
            return ids.Count == 0 ? null : string.Join(' ', ids);
        }
    }

    private Task Changed() => ValueChanged.InvokeAsync(Value);
}
