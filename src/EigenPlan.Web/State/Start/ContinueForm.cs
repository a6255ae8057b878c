namespace EigenPlan.Web.State.Start;

/// <summary>The continue form (<c>/verder</c>): the personal code as typed (dashes, spaces and lower case allowed).</summary>
public sealed class ContinueForm
{
    public string? Code { get; set; }

    /// <summary>"Dit is een gedeelde computer": a session-only sign-in, and the device ends after 12 hours.</summary>
    public bool SharedComputer { get; set; }
}
