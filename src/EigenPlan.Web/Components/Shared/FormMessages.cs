using EigenPlan.Web.State;
using Microsoft.AspNetCore.Components.Forms;

namespace EigenPlan.Web.Components.Shared;

/// <summary>
/// The <see cref="EditContext"/> of a form whose messages come from the Core rules on submit (not from attributes):
/// one <see cref="ValidationMessageStore"/>, filled with <see cref="FieldProblem"/>s. <see cref="ErrorSummary"/> and
/// <see cref="FieldError"/> show what it holds; inputs get <c>aria-invalid</c> from Blazor's input components.
/// </summary>
public sealed class FormMessages
{
    private readonly ValidationMessageStore _store;

    public FormMessages(object model)
    {
        Context = new EditContext(model);
        _store = new ValidationMessageStore(Context);
    }

    public EditContext Context { get; }

    public bool Has(string field) => Context.GetValidationMessages(Context.Field(field)).Any();

    /// <summary>Replaces the messages with these problems and lets the summary and the fields show them.</summary>
    public void Show(IEnumerable<FieldProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        _store.Clear();
        foreach (var problem in problems)
        {
            _store.Add(Context.Field(problem.Field), problem.Message);
        }
        Context.NotifyValidationStateChanged();
    }

    public void Show(string field, string message) => Show([new FieldProblem(field, message)]);

    /// <summary>The <c>aria-describedby</c> of a field's input: its hint, and its message element while it has one.</summary>
    public string? DescribedBy(string field, string errorId, string? hintId = null) =>
        Has(field) ? hintId is null ? errorId : $"{hintId} {errorId}" : hintId;
}
