using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.JSInterop;

namespace EigenPlan.Web.Components.Shared;

/// <summary>The error summary above a form: every validation message, each linking to its field.</summary>
public sealed partial class ErrorSummary
{
    private List<(string InputId, string Message)> shown = [];
    private EditContext? subscribed;
    private int focusedCount;

    /// <summary>The form's context; messages come from its <see cref="ValidationMessageStore"/>s.</summary>
    [Parameter, EditorRequired] public required EditContext EditContext { get; set; }

    /// <summary>The model's property names with the id of the input for each, in page order.</summary>
    [Parameter, EditorRequired] public required IReadOnlyList<(string Field, string InputId)> Fields { get; set; }

    /// <summary>The summary's element id; give each form on a page its own.</summary>
    [Parameter] public string Id { get; set; } = "foutmeldingen";

    protected override void OnParametersSet()
    {
        if (!ReferenceEquals(subscribed, EditContext))
        {
            if (subscribed is not null)
            {
                subscribed.OnValidationStateChanged -= OnValidationStateChanged;
            }
            EditContext.OnValidationStateChanged += OnValidationStateChanged;
            subscribed = EditContext;
        }
        shown = Collect();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (shown.Count > 0 && shown.Count != focusedCount)
        {
            await JS.InvokeVoidAsync("eigenPlan.focus", Id);
        }
        focusedCount = shown.Count;
    }

    private List<(string, string)> Collect() =>
        [.. Fields.SelectMany(f => EditContext.GetValidationMessages(EditContext.Field(f.Field)).Select(m => (f.InputId, m)))];

    private void OnValidationStateChanged(object? sender, ValidationStateChangedEventArgs e)
    {
        shown = Collect();
        StateHasChanged();
    }

    public void Dispose()
    {
        if (subscribed is not null)
        {
            subscribed.OnValidationStateChanged -= OnValidationStateChanged;
        }
    }
}
