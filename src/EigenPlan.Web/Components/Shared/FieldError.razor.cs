using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace EigenPlan.Web.Components.Shared;

/// <summary>The first validation message of one field of the surrounding <see cref="EditForm"/>.</summary>
public sealed partial class FieldError
{
    private EditContext? subscribed;
    private string? message;

    [CascadingParameter] private EditContext EditContext { get; set; } = default!;

    /// <summary>The model's property name.</summary>
    [Parameter, EditorRequired] public required string Field { get; set; }

    /// <summary>The id of the message element, for the input's <c>aria-describedby</c>.</summary>
    [Parameter, EditorRequired] public required string Id { get; set; }

    protected override void OnParametersSet()
    {
        if (!ReferenceEquals(subscribed, EditContext))
        {
            Unsubscribe();
            EditContext.OnValidationStateChanged += OnValidationStateChanged;
            subscribed = EditContext;
        }
        message = Current();
    }

    // Like Blazor's ValidationMessage: the form's context is a fixed cascade, so a new message arrives by event.
    private void OnValidationStateChanged(object? sender, ValidationStateChangedEventArgs e)
    {
        message = Current();
        StateHasChanged();
    }

    private string? Current() => EditContext.GetValidationMessages(EditContext.Field(Field)).FirstOrDefault();

    private void Unsubscribe()
    {
        if (subscribed is not null)
        {
            subscribed.OnValidationStateChanged -= OnValidationStateChanged;
        }
    }

    public void Dispose() => Unsubscribe();
}
