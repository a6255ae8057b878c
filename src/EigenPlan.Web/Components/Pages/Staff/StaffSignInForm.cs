namespace EigenPlan.Web.Components.Pages.Staff;

/// <summary>The staff sign-in form (<c>/beheer/toegang</c>): the access key as typed.</summary>
public sealed class StaffSignInForm
{
    public string? Key { get; set; }
}
