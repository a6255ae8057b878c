namespace EigenPlan.Web.Components.Pages.Staff;

/// <summary>Configuration section <c>Staff</c>: access to the preview pages for municipality staff.</summary>
public sealed class StaffOptions
{
    public const string SectionName = "Staff";

    /// <summary>
    /// <c>Staff:AccessKey</c>: the key staff type to open <c>/beheer/…</c>. When empty, the preview is off.
    /// Keep it out of the repository (user secrets, an environment variable <c>Staff__AccessKey</c>).
    /// </summary>
    public string? AccessKey { get; set; }

    public bool IsEnabled => !string.IsNullOrEmpty(AccessKey);
}
