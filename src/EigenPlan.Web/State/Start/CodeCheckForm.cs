namespace EigenPlan.Web.State.Start;

/// <summary>A form that asks the personal code again before something that cannot be undone (a new code, deleting the plan).</summary>
public sealed class CodeCheckForm
{
    public string? Code { get; set; }
}
