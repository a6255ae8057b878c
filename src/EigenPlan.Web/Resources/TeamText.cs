namespace EigenPlan.Web.Resources;

/// <summary>
/// The shared plan's people: inviting, the household, the log ("Wie heeft mijn plan bekeken"), what an invited person
/// sees around the plan, and unsubscribing from its e-mails (TeamText.resx = Dutch, the source; .en, .tr, .pl, .ar).
/// </summary>
public sealed class TeamText;
