namespace EigenPlan.Web.Resources;

/// <summary>
/// The shared plan (samenplan): its overview, making it, goals, actions, messages, samen terugkijken, the page for the
/// conversation, and Core's refusals in the resident's language (<see cref="State.Together.RefusalText"/>).
/// </summary>
public sealed class GoalsText;
