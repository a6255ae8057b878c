namespace EigenPlan.Web.State.Start;

/// <summary>The continue form (<c>/verder</c>): the personal code as typed (dashes, spaces and lower case allowed).</summary>
public sealed class ContinueForm
{
    public string? Code { get; set; }
}
