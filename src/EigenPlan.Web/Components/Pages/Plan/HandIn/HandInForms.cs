namespace EigenPlan.Web.Components.Pages.Plan.HandIn;

/// <summary>"Ik heb mijn plan ingeleverd": the date and to whom, bound from the form; the Core rule decides.</summary>
public sealed class HandedInForm
{
    public DateOnly? Date { get; set; }

    public string? To { get; set; }
}

/// <summary>The conversation for the calendar reminder: the date, optionally the time and the place.</summary>
public sealed class ReminderForm
{
    public DateOnly? Date { get; set; }

    public TimeOnly? Time { get; set; }

    public string? Place { get; set; }
}
